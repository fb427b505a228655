/**
 * A throw-away copy of the project in a temporary folder, to build with bad
 * content without touching content/. node_modules is linked, not copied.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const PROJECT_ROOT = new URL('../../', import.meta.url).pathname;
const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tailwind.config.ts', 'tsconfig.json', 'package.json'];

export interface FixtureProject {
  dir: string;
  write(relativePath: string, text: string): void;
  remove(relativePath: string): void;
  /** Runs `astro build` and returns its exit status and all it printed. */
  build(env?: Record<string, string>): { status: number | null; output: string };
  dispose(): void;
}

export function fixtureProject(): FixtureProject {
  const dir = mkdtempSync(join(tmpdir(), 'push-codes-fixture-'));
  for (const entry of COPIED) cpSync(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    write(relativePath, text) {
      mkdirSync(dirname(join(dir, relativePath)), { recursive: true });
      writeFileSync(join(dir, relativePath), text);
    },
    remove(relativePath) {
      rmSync(join(dir, relativePath));
    },
    build(env = {}) {
      const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' } });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
