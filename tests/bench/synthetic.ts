/**
 * Benchmark helpers: synthetic entries to grow a copy of the project
 * (tests/helpers/project-copy.ts), a timed build, sizes on disk.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DOCUMENT_TABLES } from '../../src/schema.ts';
export { copyProject, removeProject, PROJECT_ROOT } from '../helpers/project-copy.ts';

export function countEntries(dir: string): number {
  const root = join(dir, 'content/codes');
  return readdirSync(root).reduce((n, vendor) => n + readdirSync(join(root, vendor)).length, 0);
}

const WORDS = (
  'token device message quota push channel request server client certificate signature timestamp payload ' +
  'invalid expired missing limit exceeded unauthorized forbidden unavailable timeout network package title ' +
  'content length format parameter template region application account permission sensitive frequency'
).split(' ');

/**
 * Adds synthetic entries until the project holds `total` codes, spread over
 * the ten vendors like real ones (numeric codes, one or two meanings, some
 * with a name and an HTTP status), so vendor tables grow as they would.
 */
export function addSyntheticEntries(dir: string, total: number): number {
  const existing = countEntries(dir);
  let added = 0;
  for (let i = 0; existing + added < total; i++, added++) {
    const vendor = DOCUMENT_TABLES[i % DOCUMENT_TABLES.length]!;
    const code = String(7_000_000 + i);
    const words = (n: number) => Array.from({ length: n }, (_, k) => WORDS[(i * 7 + k * 13) % WORDS.length]).join(' ');
    const text = `${words(1).replace(/^./, (c) => c.toUpperCase())} ${words(6 + (i % 9))} (synthetic ${i}).`;
    const lines = [
      '---',
      `code: "${code}"`,
      `vendor: ${vendor}`,
      ...(i % 4 === 0 ? [`name: SYNTHETIC_${WORDS[i % WORDS.length]!.toUpperCase()}_${i}`, 'httpStatus: 400'] : []),
      'descriptions:',
      `  - text: "${text}"`,
      '    from: document',
      `    line: ${i + 1}`,
      ...(i % 10 === 0 ? [`  - text: "Also: ${words(5)}."`, '    from: document', `    line: ${i + 2}`] : []),
      `sourceLines: [${i + 1}]`,
      'category: invalid-request',
      'action: fix-request',
      'retryable: false',
      'guidance:',
      '  from: site',
      '---',
      '',
    ];
    mkdirSync(join(dir, 'content/codes', vendor), { recursive: true });
    writeFileSync(join(dir, 'content/codes', vendor, `${code}.md`), lines.join('\n'));
  }
  return existing + added;
}

export interface TimedRun {
  seconds: number;
  /** Peak resident memory of the process tree's largest process, in MB (from /usr/bin/time -v). */
  peakMB: number;
  output: string;
}

/** Runs a command under /usr/bin/time -v and returns wall time and peak memory. */
export function timed(command: string, args: string[], cwd: string, env: Record<string, string> = {}): TimedRun {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-v', command, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${output.slice(-4000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  return { seconds, peakMB: rss ? Number(rss[1]) / 1024 : NaN, output };
}

/** Total size of a folder's files, in bytes. */
export function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) total += stat.size;
  }
  return total;
}

export function fileCount(dir: string, suffix: string): number {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((n) => n.endsWith(suffix)).length;
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}


/**
 * A copy of a built site with a `.gz` beside every text file, for
 * static-server's `precompressed` mode: pages travel gzipped, as from a CDN.
 */
export function precompressedCopy(dist: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'push-codes-gz-'));
  cpSync(dist, dir, { recursive: true });
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    if (/\.(html|css|js|json|xml|svg|txt)$/.test(name)) writeFileSync(join(dir, `${name}.gz`), gzipSync(readFileSync(join(dir, name))));
  }
  return dir;
}
