/**
 * The benchmark builds with the environment package.json's build script gives
 * `astro build` (tests/bench/synthetic.ts): a value it misread would be a
 * benchmark of another build, so it must read quoted values and refuse what it
 * cannot read.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildScriptEnv, indexScriptCommand, PROJECT_ROOT } from '../bench/synthetic.ts';

const dir = mkdtempSync(join(tmpdir(), 'build-script-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function packageWithBuild(build: string): string {
  const file = join(dir, `package-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ scripts: { build } }));
  return file;
}

describe('buildScriptEnv', () => {
  it("reads the project's own build script, quoted options and all", () => {
    const env = buildScriptEnv(join(PROJECT_ROOT, 'package.json'));
    expect(env.NODE_OPTIONS).toMatch(/^--max-old-space-size=\d+ --max-semi-space-size=\d+$/);
    expect(env.MIMALLOC_PURGE_DELAY).toBe('0');
    // Rolldown's threads capped, so the benchmark builds as npm run build does (astro.config.mjs says why).
    expect(env).toMatchObject({ ROLLDOWN_WORKER_THREADS: '1', ROLLDOWN_MAX_BLOCKING_THREADS: '2', RAYON_NUM_THREADS: '1' });
  });

  it('reads single-quoted, double-quoted and bare values', () => {
    const file = packageWithBuild(`A='x y' B="z  w" C=3 astro build && node src/cli/finish-build.ts dist`);
    expect(buildScriptEnv(file)).toEqual({ A: 'x y', B: 'z  w', C: '3' });
  });

  it('gives no variables to a script that starts with astro build', () => {
    expect(buildScriptEnv(packageWithBuild('astro build && node x.ts dist'))).toEqual({});
  });

  it('refuses, naming the file, a script it cannot read up to astro build', () => {
    const file = packageWithBuild(`A='unclosed astro build && node x.ts dist`);
    expect(() => buildScriptEnv(file)).toThrow(file);
    expect(() => buildScriptEnv(packageWithBuild('npx astro build'))).toThrow(/should be "\[KEY=value \.\.\.\] astro build/);
  });
});

describe('indexScriptCommand', () => {
  it('runs the second step with the Node that runs the benchmark', () => {
    const file = packageWithBuild(`A='x y' astro build && node src/cli/finish-build.ts dist`);
    expect(indexScriptCommand(file)).toEqual({ command: process.execPath, args: ['src/cli/finish-build.ts', 'dist'] });
  });
});
