/**
 * Benchmark helpers: a timed build and sizes on disk. The synthetic entries
 * that grow a copy of the project live in tests/helpers/synthetic-entries.ts
 * (the build tests use them too).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
export { copyProject, removeProject, PROJECT_ROOT } from '../helpers/project-copy.ts';
export { addSyntheticEntries, countEntries } from '../helpers/synthetic-entries.ts';

export interface TimedRun {
  seconds: number;
  /** Peak resident memory of the process tree's largest process, in MB (from /usr/bin/time -v). */
  peakMB: number;
  /** User plus system CPU time of the process tree, in seconds: less dependent on the machine's load than wall time. */
  cpuSeconds: number;
  /**
   * Of cpuSeconds, the system (kernel) time: mostly creating files here. It doubles right after
   * many files were deleted (tests/bench/README.md, "Scale, twelfth pass"), so it tells a slow
   * file system apart from a slow processor.
   */
  systemSeconds: number;
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
  const cpu = (label: string) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(result.stderr)?.[1] ?? NaN);
  return { seconds, peakMB: rss ? Number(rss[1]) / 1024 : NaN, cpuSeconds: cpu('User') + cpu('System'), systemSeconds: cpu('System'), output };
}

/**
 * The environment `npm run build` gives `astro build` (the `KEY=value` words
 * before it in package.json's build script, such as its heap limit; a value may
 * be quoted, `NODE_OPTIONS='--a --b'`), so the benchmark measures the build
 * people run. Throws, naming the file, on a script it cannot read that way,
 * rather than measuring a build without them.
 */
export function buildScriptEnv(packageJson: string): Record<string, string> {
  const script: string = JSON.parse(readFileSync(packageJson, 'utf8')).scripts.build;
  const assignment = /(\w+)=('[^']*'|"[^"]*"|[^\s'"]+)\s+/y;
  const env: Record<string, string> = {};
  let at = 0;
  for (let m = assignment.exec(script); m; m = assignment.exec(script)) {
    env[m[1]!] = m[2]!.replace(/^(['"])(.*)\1$/s, '$2');
    at = assignment.lastIndex;
  }
  if (!script.startsWith('astro build', at)) {
    throw new Error(`${packageJson}: scripts.build should be "[KEY=value ...] astro build ...", found "${script}"`);
  }
  return env;
}

/**
 * The build script's step after `astro build` (the search index), as a command and
 * its arguments, so the benchmark indexes the way `npm run build` does.
 */
export function indexScriptCommand(packageJson: string): { command: string; args: string[] } {
  const script: string = JSON.parse(readFileSync(packageJson, 'utf8')).scripts.build;
  const words = script.split('&&')[1]?.trim().split(/\s+/) ?? [];
  if (words[0] !== 'node') throw new Error(`${packageJson}: scripts.build should end "&& node <script> dist", found "${script}"`);
  return { command: process.execPath, args: words.slice(1) };
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
