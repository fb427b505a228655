/**
 * A throw-away copy of the project in a temporary folder, to build with bad
 * content without touching content/. node_modules is linked, not copied.
 */
import { rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { copyProject, PROJECT_ROOT } from './project-copy.ts';

export { PROJECT_ROOT };

export interface FixtureProject {
  dir: string;
  write(relativePath: string, text: string): void;
  remove(relativePath: string): void;
  /** Runs `astro build` and returns its exit status and all it printed. */
  build(env?: Record<string, string>): { status: number | null; output: string };
  /** Runs the build script's second step on dist/ (src/cli/finish-build.ts: Pagefind, lone-code pages, lookup files). */
  finishBuild(): { status: number | null; output: string };
  dispose(): void;
}

export function fixtureProject(): FixtureProject {
  const dir = copyProject('push-codes-fixture-');
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
    finishBuild() {
      const result = spawnSync(process.execPath, ['src/cli/finish-build.ts', 'dist'], { cwd: dir, encoding: 'utf8' });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
