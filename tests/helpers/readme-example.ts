/**
 * The example entry of the README ("Adding or editing a code"), as a file's
 * text: the tests that promise the importer keeps what people write use the
 * very entry the README shows them.
 */
import { readFileSync } from 'node:fs';

export function readmeExampleEntry(): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Adding or editing a code'));
  const block = /```md\n([\s\S]*?)\n\s*```/.exec(section);
  if (!block) throw new Error('README.md: no ```md example under "Adding or editing a code"');
  return `${block[1]!.replace(/^ {3}/gm, '')}\n`;
}
