import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSourceDocument } from '../../src/utils/source-document.ts';
import { entriesFromDocument, entriesFromTable, mergeEntryFile, splitFrontmatter } from '../../src/utils/import-entries.ts';
import { codeSchema, DOCUMENT_TABLES } from '../../src/schema.ts';
import { readmeExampleEntry } from '../helpers/readme-example.ts';

const SEED = new URL('../fixtures/source-document.txt', import.meta.url);
const table = (rows: string[]) => parseSourceDocument(['T', 'Error Code | Description |', ...rows].join('\n')).tables[0]!;

describe('entriesFromTable', () => {
  it('merges a code listed twice into one entry with both meanings', () => {
    const [entry] = entriesFromTable(table(['110010 | Too fast. |', '110010 | Switch off. |']), 'meizu');
    expect(entry!.descriptions.map((d) => d.text)).toEqual(['Too fast.', 'Switch off.']);
    expect(entry!.sourceLines).toEqual([3, 4]);
  });

  it('makes the error name the code for APNs and FCM, with the HTTP status beside it', () => {
    const entries = entriesFromTable(table(['200 | Success. |', '403 | BadCertificate: bad. |', '| ExpiredProviderToken: old. |']), 'apns');
    expect(entries.map((e) => [e.code, e.name, e.httpStatus])).toEqual([
      ['200', undefined, 200],
      ['BadCertificate', 'BadCertificate', 403],
      ['ExpiredProviderToken', 'ExpiredProviderToken', 403],
    ]);
    const [fcm] = entriesFromTable(table(['400 | INVALID_ARGUMENT, possible reasons. |']), 'fcm');
    expect(fcm).toMatchObject({ code: 'INVALID_ARGUMENT', httpStatus: 400 });
    expect(fcm!.descriptions[0]!.text).toBe('INVALID_ARGUMENT, possible reasons.');
  });

  it('keeps numbers as codes for other vendors', () => {
    const [e] = entriesFromTable(table(['403 | Authentication failed. |']), 'honor');
    expect(e).toMatchObject({ code: '403' });
    expect(e!.httpStatus).toBeUndefined();
  });

  it('turns every row of the source into an entry that passes the schema', () => {
    const doc = parseSourceDocument(readFileSync(SEED, 'utf8'));
    const entries = entriesFromDocument(doc, DOCUMENT_TABLES);
    const rows = doc.tables.flatMap((t) => t.rows);
    expect(entries.flatMap((e) => e.sourceLines).sort()).toEqual(rows.map((r) => r.line).sort());
    for (const e of entries) {
      const { data } = splitFrontmatter(mergeEntryFile(undefined, e));
      // The importer writes everything but the classification, which a person adds.
      const issues = codeSchema.safeParse(data).error?.issues.map((i) => i.path.join('.')).sort();
      expect(issues, `${e.vendor}/${e.code}`).toEqual(['action', 'category', 'guidance', 'retryable']);
    }
    expect(entries).toHaveLength(314);
  });

  it('refuses a document whose table count does not match the vendors', () => {
    expect(() => entriesFromDocument(parseSourceDocument('T\nError Code | Description |\n1 | a |'), DOCUMENT_TABLES)).toThrow(/expected 10 tables.*found 1/);
  });
});

describe('mergeEntryFile', () => {
  const imported = { vendor: 'xiaomi', code: '-1', descriptions: [{ text: 'Unknown error.', from: 'document' as const, line: 55 }], sourceLines: [55] };

  it('writes codes as strings so "-1" and "0" survive YAML', () => {
    const text = mergeEntryFile(undefined, imported);
    expect(text).toContain('code: "-1"');
    expect(splitFrontmatter(text).data.code).toBe('-1');
    expect(splitFrontmatter(mergeEntryFile(undefined, { ...imported, code: '0' })).data.code).toBe('0');
  });

  it('keeps aliases and messages right under the name, where people write them', () => {
    const existing = ['---', 'code: "-1"', 'vendor: xiaomi', 'aliases:', '  - text: ERR_X', '    kind: sdk-constant', '    source: SDK', '    url: https://example.com/a', 'messages:', '  - text: 未知错误', '    lang: zh', '    url: https://example.com/m', 'descriptions: []', 'sourceLines: []', 'category: server-fault', '---', 'Body.', ''].join('\n');
    const text = mergeEntryFile(existing, imported);
    const keys = Object.keys(splitFrontmatter(text).data);
    expect(keys.slice(0, 4)).toEqual(['code', 'vendor', 'aliases', 'messages']);
    expect(keys.indexOf('messages')).toBeLessThan(keys.indexOf('descriptions'));
    expect(mergeEntryFile(text, imported)).toBe(text);
  });

  it('is idempotent', () => {
    const once = mergeEntryFile(undefined, imported);
    expect(mergeEntryFile(once, imported)).toBe(once);
  });

  it('keeps the body, hand-written fields and vendor descriptions', () => {
    const handWritten = `---
code: "-1"
vendor: xiaomi
name: UNKNOWN
descriptions:
  - text: Old text.
    from: document
    line: 50
  - text: From the vendor.
    from: vendor
    url: https://example.com/docs
sourceLines: [50]
incomplete: false
category: server-fault
related: [oppo/-1]
---
## What to do

Retry later.
`;
    const merged = mergeEntryFile(handWritten, imported);
    const { data, body } = splitFrontmatter(merged);
    expect(body).toBe('## What to do\n\nRetry later.\n');
    expect(data).toMatchObject({ name: 'UNKNOWN', category: 'server-fault', related: ['oppo/-1'], sourceLines: [55] });
    expect(data.descriptions).toEqual([
      { text: 'Unknown error.', from: 'document', line: 55 },
      { text: 'From the vendor.', from: 'vendor', url: 'https://example.com/docs' },
    ]);
    expect(mergeEntryFile(merged, imported)).toBe(merged);
  });

  it('keeps aliases and messages right after the code fields, where people put them', () => {
    const withNames = `---
code: "-1"
vendor: xiaomi
aliases:
  - text: UNKNOWN_ERROR
    kind: sdk-constant
    source: An SDK
    url: https://example.com/sdk
messages:
  - text: 未知错误
    lang: zh
    url: https://example.com/docs
descriptions:
  - text: Old text.
    from: document
    line: 50
sourceLines: [50]
incomplete: false
category: server-fault
---
`;
    const merged = mergeEntryFile(withNames, imported);
    expect(Object.keys(splitFrontmatter(merged).data)).toEqual(['code', 'vendor', 'aliases', 'messages', 'descriptions', 'sourceLines', 'incomplete', 'category']);
    expect(splitFrontmatter(merged).data.messages).toEqual([{ text: '未知错误', lang: 'zh', url: 'https://example.com/docs' }]);
    expect(mergeEntryFile(merged, imported)).toBe(merged);
  });

  it('marks an entry with no text at all incomplete, and clears it once a vendor text fills it', () => {
    const empty = { vendor: 'huawei', code: '907135701', descriptions: [], sourceLines: [155] };
    expect(splitFrontmatter(mergeEntryFile(undefined, empty)).data.incomplete).toBe(true);
    const filled = `---\ncode: "907135701"\nvendor: huawei\ndescriptions:\n  - text: No scope.\n    from: vendor\n    url: https://example.com\n---\n`;
    expect(splitFrontmatter(mergeEntryFile(filled, empty)).data.incomplete).toBe(false);
  });
});

describe("mergeEntryFile(): the README's example entry keeps what its writer wrote", () => {
  const example = readmeExampleEntry();
  const comments = example.split('\n').filter((l) => l.includes('#')).map((l) => l.slice(l.indexOf('#')));
  const imported = { vendor: 'huawei', code: '80300007', descriptions: [{ text: 'Specified Token is invalid.', from: 'document' as const, line: 146 }], sourceLines: [146] };

  it('has comments to keep', () => expect(comments.length).toBeGreaterThanOrEqual(5));

  it('is left byte for byte when the document says the same', () => {
    expect(mergeEntryFile(example, imported)).toBe(example);
  });

  it('keeps every comment when the document moved the code to another line', () => {
    const moved = { ...imported, descriptions: [{ ...imported.descriptions[0]!, line: 150 }], sourceLines: [150] };
    const merged = mergeEntryFile(example, moved);
    for (const comment of comments) expect(merged).toContain(comment);
    expect(merged).toMatch(/\n {4}line: 150\n/);
    expect(merged).toMatch(/\nsourceLines: \[150\] +# empty for a code/);
    expect(splitFrontmatter(merged).body).toBe(splitFrontmatter(example).body);
    // Lines the import had no reason to touch are exactly as written.
    const untouched = (text: string) => text.split('\n').filter((l) => !/line: |sourceLines:|from: document/.test(l));
    expect(untouched(merged)).toEqual(untouched(example));
    expect(mergeEntryFile(merged, moved)).toBe(merged);
  });
});
