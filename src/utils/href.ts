/** Links inside pages: every internal href goes through here so a BASE_PATH build stays whole. */
import { withBase } from './urls.ts';

export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
