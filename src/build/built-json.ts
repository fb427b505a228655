/** Reading a JSON file of a built site, for the build's second step (src/cli/finish-build.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `site`'s file at `path`, parsed, and its full path; `what` names the writer in errors, which name the file. */
export function readBuiltJson(site: string, path: string, what: string): { file: string; value: unknown } {
  const file = join(site, path);
  if (!existsSync(file)) throw new Error(`${what}: ${file} was not built, so the ${what} cannot be written`);
  try {
    return { file, value: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (error) {
    throw new Error(`${what}: ${file} is not JSON (${(error as Error).message})`);
  }
}
