import { describe, expect, it } from 'vitest';
import { anomalyLine, entriesNoLongerListed, unlistedLine } from '../../src/utils/import-report.ts';
import { parseSourceDocument } from '../../src/utils/source-document.ts';

const entry = (code: string, sourceLines: string) => `---\ncode: "${code}"\nvendor: xiaomi\nsourceLines: ${sourceLines}\n---\nBody.\n`;
const imported = [{ vendor: 'xiaomi', code: '-1', descriptions: [], sourceLines: [55] }];

describe('entriesNoLongerListed()', () => {
  it('names an entry from the document whose code the document no longer lists', () => {
    const files = [
      { path: 'xiaomi/-1.md', text: entry('-1', '[55]') },
      { path: 'xiaomi/22.md', text: entry('22', '[60, 61]') },
    ];
    expect(entriesNoLongerListed(files, imported, ['xiaomi'])).toEqual([{ path: 'xiaomi/22.md', code: '22', sourceLines: [60, 61] }]);
  });

  it('leaves out entries written from vendor docs and vendors that are not document tables', () => {
    const files = [
      { path: 'xiaomi/23.md', text: entry('23', '[]') },
      { path: 'fcm-legacy/Unavailable.md', text: entry('Unavailable', '[3]') },
    ];
    expect(entriesNoLongerListed(files, imported, ['xiaomi'])).toEqual([]);
  });

  it('reports a vendor table that lost every row', () => {
    expect(entriesNoLongerListed([{ path: 'meizu/1.md', text: entry('1', '[290]') }], imported, ['xiaomi', 'meizu'])).toHaveLength(1);
  });
});

describe('report lines', () => {
  it('an unlisted entry names its file, code and old line, and says it was kept', () => {
    expect(unlistedLine({ path: 'xiaomi/22.md', code: '22', sourceLines: [60] })).toBe('  xiaomi/22.md: code 22 (was on line 60) is not in the document; left in place');
  });

  it.each([
    ['5 | |', 'line 4 (xiaomi): empty-description: 5 has no description'],
    ['5 | a |\n | b |', 'line 5 (xiaomi): continuation: empty code cell continues 5 from line 4'],
    ['5 | a |\n5 | b |', 'line 5 (xiaomi): duplicate-code: 5 already listed on line 4'],
    [' | a |', 'line 4 (xiaomi): stray-line: row with no code and nothing above it to continue: | a |'],
  ])('an anomaly names its line, vendor and kind: %j', (rows, line) => {
    const doc = parseSourceDocument(`Title\n\nError Code | Description |\n${rows}`);
    expect(doc.anomalies.map((a) => anomalyLine(a, ['xiaomi']).trim())).toContain(line);
  });
});
