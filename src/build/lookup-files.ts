/**
 * Writes api/lookup/ (src/utils/lookup-files.ts says what is in it) into a
 * built site, from its api/lookup.json. Run by the build's second step
 * (src/cli/finish-build.ts) while Pagefind indexes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompactIndex } from '../utils/lookup-compact.ts';
import { lookupFiles } from '../utils/lookup-files.ts';
import { readBuiltJson } from './built-json.ts';

/** Writes the files into `site` and returns how many. Throws, naming the file, on a missing or unreadable api/lookup.json. */
export function writeLookupFiles(site: string): number {
  const { file, value } = readBuiltJson(site, 'api/lookup.json', 'lookup files');
  const index = value as CompactIndex;
  if (!Array.isArray(index?.vendors) || !Array.isArray(index?.codes)) throw new Error(`lookup files: ${file} should hold "vendors" and "codes" arrays`);
  const folder = join(site, 'api/lookup');
  mkdirSync(folder, { recursive: true });
  const files = lookupFiles(index);
  for (const [name, value] of files) writeFileSync(join(folder, `${name}.json`), JSON.stringify(value));
  return files.size;
}
