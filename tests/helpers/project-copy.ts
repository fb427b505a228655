/**
 * A throw-away copy of the project in a temporary folder (content/ is never
 * written). The build-failure tests and the benchmarks both build copies.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT_ROOT = new URL('../../', import.meta.url).pathname;
const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tailwind.config.ts', 'tsconfig.json', 'package.json'];

/** Copies the project to a temporary folder; node_modules is linked, not copied. */
export function copyProject(prefix = 'push-codes-copy-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of COPIED) cpSync(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
