/**
 * The codes collection's loader: Astro's `glob()` loader, except that a build
 * reads the entry files synchronously, one after another.
 *
 * Why: `glob()` reads each file with `fs.promises.readFile`, ten at a time, and
 * at 20,000 entries that reading (an open, a stat, reads and a close, each a
 * trip through libuv's thread pool) was most of the content sync. Cold
 * `astro sync`s of one 20,000-entry copy, alternated: 11.4–13.1 s with
 * `glob()`'s reads, 5.9–8.7 s with `readFileSync` (tests/bench/README.md,
 * "Scale, fourteenth pass").
 *
 * Everything else is `glob()`'s own doing, through the same hooks it uses: the
 * entry type of the file's extension parses the frontmatter (`getEntryInfo`)
 * and renders Markdown at sync time, `.mdx` entries render when a page does,
 * the collection's schema validates (`parseData`), unchanged files keep their
 * stored entry. Differences, on purpose: a file that cannot be read or
 * rendered, or two files with one id, fail the build naming the files (`glob()`
 * logs them and goes on). The dev server (which watches files) gets `glob()`
 * itself.
 */
import { globSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';

interface EntryFilesOptions {
  /** Glob of the entry files, relative to `base`, as `glob()` takes it. */
  pattern: string;
  /** Folder of the entry files, relative to the project's root. */
  base: string;
  /** The entry's id from its path relative to `base` (e.g. `xiaomi/-1.md` → `xiaomi/-1`). */
  generateId: (options: { entry: string }) => string;
}

type RenderedEntry = Parameters<LoaderContext['store']['set']>[0]['rendered'];

/**
 * What Astro gives every loader for each file extension (the context's
 * `entryTypes`, which `glob()` reads but Astro's `LoaderContext` type does not
 * list): the frontmatter parser and, for Markdown, the renderer.
 */
interface EntryType {
  getEntryInfo(options: { contents: string; fileUrl: URL }): Promise<{ body: string; data: Record<string, unknown> }>;
  getRenderFunction?(config: LoaderContext['config']): Promise<(entry: { id: string; data: Record<string, unknown>; body: string; filePath: string; digest: string }) => Promise<RenderedEntry>>;
  /** Present on types whose entries render as modules (MDX): rendered when a page asks, not at sync time. */
  contentModuleTypes?: unknown;
}

export function entryFiles(options: EntryFilesOptions): Loader {
  const astroGlob = glob(options);
  return {
    name: 'entry-files',
    load: async (context) => {
      if (context.watcher) return astroGlob.load(context);
      const { config, store, parseData, generateDigest } = context;
      const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
      if (!entryTypes) throw new Error('entry-files loader: this Astro gives loaders no entry types; use glob() from astro/loaders instead');
      const root = fileURLToPath(config.root);
      const baseDir = fileURLToPath(new URL(options.base.endsWith('/') ? options.base : `${options.base}/`, config.root));
      const renderers = new Map<EntryType, Awaited<ReturnType<NonNullable<EntryType['getRenderFunction']>>>>();
      const untouched = new Set(store.keys());
      const fileOfId = new Map<string, string>();

      for (const entry of globSync(options.pattern, { cwd: baseDir }).sort()) {
        const filePath = baseDir + entry;
        const relativePath = relative(root, filePath).split('\\').join('/');
        const entryType = entryTypes.get(entry.slice(entry.lastIndexOf('.')));
        if (!entryType) throw new Error(`${relativePath}: no content entry type handles this file's extension`);
        let contents: string;
        try {
          contents = readFileSync(filePath, 'utf8');
        } catch (error) {
          throw new Error(`${relativePath}: could not be read (${(error as Error).message})`);
        }
        const { body, data } = await entryType.getEntryInfo({ contents, fileUrl: pathToFileURL(filePath) });
        const id = options.generateId({ entry });
        const other = fileOfId.get(id);
        if (other) throw new Error(`${other} and ${relativePath} are both the entry "${id}" of the ${context.collection} collection: keep one`);
        fileOfId.set(id, relativePath);
        untouched.delete(id);

        const digest = generateDigest(contents);
        const stored = store.get(id);
        if (stored && stored.digest === digest && stored.filePath === relativePath) {
          // Unchanged since the last sync: keep the stored entry, as glob() does.
          if (stored.deferredRender) store.addModuleImport(relativePath);
          // Images a stored entry imports (none here yet), through the store method glob() calls, which DataStore's type does not list.
          if (stored.assetImports?.length) (store as typeof store & { addAssetImports(a: string[], f: string): void }).addAssetImports(stored.assetImports, relativePath);
          continue;
        }
        const parsed = await parseData({ id, data, filePath });
        // As glob() decides: render now where the type can, else (MDX) when a page does.
        if (!entryType.getRenderFunction) {
          store.set({ id, data: parsed, body, filePath: relativePath, digest, deferredRender: 'contentModuleTypes' in entryType });
          continue;
        }
        let render = renderers.get(entryType);
        if (!render) renderers.set(entryType, (render = await entryType.getRenderFunction(config)));
        let rendered: RenderedEntry;
        try {
          rendered = await render({ id, data, body, filePath, digest });
        } catch (error) {
          throw new Error(`${relativePath}: could not be rendered (${(error as Error).message})`);
        }
        store.set({ id, data: parsed, body, filePath: relativePath, digest, rendered, assetImports: rendered?.metadata?.imagePaths });
      }
      for (const id of untouched) store.delete(id);
    },
  };
}
