/**
 * A throw-away copy of the project in a temporary folder (content/ is never
 * written). The build-failure tests and the benchmarks both build copies.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT_ROOT = new URL('../../', import.meta.url).pathname;
const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tailwind.config.ts', 'tsconfig.json', 'package.json'];

/** Copies the project to a temporary folder; node_modules's packages are linked, not copied. */
export function copyProject(prefix = 'push-codes-copy-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of COPIED) cpSync(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
  // node_modules is a folder of links, not one link: Astro keeps its content cache in
  // node_modules/.astro, and copies built side by side (tests, benchmarks) must not share it.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
    if (name !== '.astro') symlinkSync(join(PROJECT_ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
