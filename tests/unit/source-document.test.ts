import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSourceDocument } from '../../src/utils/source-document.ts';

const SEED = new URL('../fixtures/source-document.txt', import.meta.url);

describe('parseSourceDocument', () => {
  it('reads sections, notes and rows', () => {
    const doc = parseSourceDocument(
      ['Error Codes', 'Server Error Code', 'Note:', 'HTTP is 200.', 'Error Code | Description |', '90001 | JSON failed. |', '91000 | Retry. |'].join('\n'),
    );
    expect(doc.title).toBe('Error Codes');
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]).toMatchObject({ section: 'Server Error Code', notes: ['HTTP is 200.'], headerLine: 5 });
    expect(doc.tables[0]!.rows).toEqual([
      { line: 6, code: '90001', description: 'JSON failed.', continuation: false },
      { line: 7, code: '91000', description: 'Retry.', continuation: false },
    ]);
    expect(doc.anomalies).toEqual([]);
  });

  it('carries the code down into a row whose code cell is empty', () => {
    const doc = parseSourceDocument(['T', 'Error Code | Description |', '403 | BadCertificate: bad. |', '| BadCertificateEnvironment: env. |'].join('\n'));
    expect(doc.tables[0]!.rows[1]).toEqual({ line: 4, code: '403', description: 'BadCertificateEnvironment: env.', continuation: true });
    expect(doc.anomalies).toEqual([expect.objectContaining({ kind: 'continuation', line: 4 })]);
  });

  it('keeps a row with no description and reports it', () => {
    const doc = parseSourceDocument(['T', 'Error Code | Description |', '907135701 |'].join('\n'));
    expect(doc.tables[0]!.rows).toEqual([{ line: 3, code: '907135701', description: '', continuation: false }]);
    expect(doc.anomalies).toEqual([expect.objectContaining({ kind: 'empty-description', line: 3 })]);
  });

  it('keeps both rows of a code listed twice and reports the duplicate', () => {
    const doc = parseSourceDocument(['T', 'Error Code | Description |', '110010 | Too fast. |', '110003 | Bad id. |', '110010 | Switch off. |'].join('\n'));
    expect(doc.tables[0]!.rows.map((r) => r.description)).toEqual(['Too fast.', 'Bad id.', 'Switch off.']);
    expect(doc.anomalies).toEqual([expect.objectContaining({ kind: 'duplicate-code', line: 5, message: '110010 already listed on line 3' })]);
  });

  it('reads a row without its closing pipe, and negative codes', () => {
    const doc = parseSourceDocument(['T', 'Error Code | Description |', '31 | data not exist', '-1 | Unknown error. |'].join('\n'));
    expect(doc.tables[0]!.rows.map((r) => [r.code, r.description])).toEqual([
      ['31', 'data not exist'],
      ['-1', 'Unknown error.'],
    ]);
  });

  it('starts a new table at each header, even without prose between', () => {
    const doc = parseSourceDocument(['T', 'Error Code | Description |', '1 | a |', 'Error Code | Description |', '1 | b |'].join('\n'));
    expect(doc.tables.map((t) => t.rows.length)).toEqual([1, 1]);
  });

  it('reports a continuation row with nothing above it instead of inventing a code', () => {
    const doc = parseSourceDocument(['T', 'Error Code | Description |', '| orphan |'].join('\n'));
    expect(doc.tables[0]!.rows).toEqual([]);
    expect(doc.anomalies).toEqual([expect.objectContaining({ kind: 'stray-line', line: 3 })]);
  });

  it('finds the ten tables of the real source document with their row counts', () => {
    const doc = parseSourceDocument(readFileSync(SEED, 'utf8'));
    expect(doc.tables.map((t) => [t.headerLine + 1, t.rows.length])).toEqual([
      [8, 21], [32, 19], [55, 82], [138, 18], [157, 33], [191, 91], [283, 21], [305, 18], [324, 6], [331, 6],
    ]);
    expect(doc.anomalies.map((a) => `${a.kind}@${a.line}`)).toEqual([
      'empty-description@155', 'duplicate-code@303', 'continuation@333', 'continuation@334', 'continuation@335',
    ]);
  });
});
