import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { contentIndex } from '../helpers/content-index.ts';
import { toCompact, type CompactIndex } from '../../src/utils/lookup-compact.ts';
import { LOOKUP_BUDGET, readManifest, SHARD_BUDGET, type ShardManifestFile } from '../../src/utils/lookup-shards.ts';
import { readCjk, readWords, type CjkFile, type WordManifest } from '../../src/utils/lookup-words-format.ts';
import { shardAll } from '../../src/utils/lookup-words.ts';
import { buildFacets } from '../../src/utils/browse-facets.ts';
import { lookupFiles } from '../../src/utils/lookup-files.ts';
import { writeLookupFiles } from '../../src/build/lookup-files.ts';

const gz = (value: unknown) => gzipSync(JSON.stringify(value)).length;
const real: CompactIndex = toCompact(contentIndex());
// The real catalogue three times over (each copy's codes made distinct): past the size served whole.
const large: CompactIndex = { vendors: real.vendors, codes: [0, 1, 2].flatMap((copy) => real.codes.map((item) => ({ ...item, c: `${item.c}${'9'.repeat(copy)}` }))) };

describe('lookupFiles', () => {
  it('while the index is small: a manifest that says "whole", no word index, no shard, and the facets', () => {
    expect(gz(real)).toBeLessThanOrEqual(LOOKUP_BUDGET);
    const files = lookupFiles(real);
    expect([...files.keys()]).toEqual(['manifest', 'words', 'cjk', 'facets']);
    expect((files.get('manifest') as { whole?: boolean }).whole).toBe(true);
    expect(files.get('words')).toBeNull();
    expect(files.get('cjk')).toBeNull();
    expect(files.get('facets')).toEqual(buildFacets(real.codes));
  });

  it('past the budget: the manifests and every shard as shardAll cuts them, named by number', () => {
    expect(gz(large)).toBeGreaterThan(LOOKUP_BUDGET);
    const files = lookupFiles(large);
    const cut = shardAll(large.vendors, large.codes, SHARD_BUDGET, (json) => gzipSync(json).length);
    // Written with front-coded keys (shorter), read back as cut.
    // …with the whole index's weight, so a text whose shards would weigh more reads the whole (lookup-part.ts).
    expect(readManifest(files.get('manifest') as ShardManifestFile)).toEqual({ ...cut.manifest, wholeBytes: gz(large) });
    expect(readWords(files.get('words') as WordManifest)).toEqual(cut.words);
    // The real catalogue has Chinese texts: their wordings' ranges and the CJK pair index are in cjk.json.
    expect(cut.manifest.cjk).toBe(true);
    expect(cut.cjk).toEqual({ worded: cut.cjkWorded, pairs: cut.pairs });
    expect(readCjk(files.get('cjk') as CjkFile)).toEqual(cut.cjk);
    // What a page of browsing reads besides the record shards (browse-page.ts), so it fetches no manifest.
    expect(files.get('facets')).toEqual(buildFacets(large.codes, { vendors: large.vendors, runs: cut.words.runs, rec: cut.manifest.rec! }));
    expect(cut.shards.length).toBeGreaterThan(10);
    cut.shards.forEach((records, n) => expect(files.get(String(n)), `shard ${n}`).toEqual(records));
    expect(files.size).toBe(4 + cut.shards.length);
  });
});

describe('writeLookupFiles', () => {
  let site = '';
  afterEach(() => rmSync(site, { recursive: true, force: true }));
  const builtSite = (index: unknown) => {
    site = mkdtempSync(join(tmpdir(), 'lookup-files-'));
    mkdirSync(join(site, 'api'));
    writeFileSync(join(site, 'api/lookup.json'), typeof index === 'string' ? index : JSON.stringify(index));
    return site;
  };

  it('writes every file into api/lookup/, as the dev server serves it', () => {
    const dir = builtSite(large);
    const files = lookupFiles(large);
    expect(writeLookupFiles(dir)).toBe(files.size);
    expect(readdirSync(join(dir, 'api/lookup')).length).toBe(files.size);
    for (const [name, value] of files) expect(JSON.parse(readFileSync(join(dir, `api/lookup/${name}.json`), 'utf8')), name).toEqual(value);
  });

  it('fails, naming the file, when api/lookup.json is missing, not JSON, or not an index', () => {
    const dir = builtSite('{"vendors": [');
    expect(() => writeLookupFiles(dir)).toThrow(`${join(dir, 'api/lookup.json')} is not JSON`);
    writeFileSync(join(dir, 'api/lookup.json'), '{"codes": []}');
    expect(() => writeLookupFiles(dir)).toThrow(`${join(dir, 'api/lookup.json')} should hold "vendors" and "codes" arrays`);
    rmSync(join(dir, 'api/lookup.json'));
    expect(() => writeLookupFiles(dir)).toThrow(`${join(dir, 'api/lookup.json')} was not built`);
    expect(existsSync(join(dir, 'api/lookup'))).toBe(false);
  });
});
