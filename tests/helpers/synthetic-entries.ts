/**
 * Synthetic code entries that grow a copy of the project (never content/):
 * the benchmarks (tests/bench/) and the build tests (tests/build/) use them to
 * see the site at thousands of entries.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENT_TABLES } from '../../src/schema.ts';

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
