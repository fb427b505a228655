/** The 404 page's guess from the key shards of the path alone (utils/lookup-part.ts), against the whole index. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentIndex } from '../helpers/content-index.ts';
import { toCompact } from '../../src/utils/lookup-compact.ts';
import { partForPath } from '../../src/utils/lookup-part.ts';
import { shardAll } from '../../src/utils/lookup-words.ts';
import { guessPath } from '../../src/utils/resolve-path.ts';

describe('the 404 page at scale, from the shards its path names', () => {
  const whole = contentIndex();
  // A tiny budget, so the real catalogue is cut into many shards (a name's record is in a record shard).
  const { manifest, shards } = shardAll(whole.vendors, toCompact(whole).codes, 600, (json) => gzipSync(json).length);
  const paths = [
    '/',
    '/nothing-here/',
    '/-1',
    '/1/',
    '/XIAOMI',
    '/code/-1/',
    ...whole.codes.flatMap((c) => {
      const name = c.name ?? c.code;
      return [
        `/${c.vendor}/${c.code}`,
        `/${c.vendor.toUpperCase()}/${name.toLowerCase()}/`,
        `/${c.code}`,
        `/${encodeURIComponent(name.replace(/_/g, '-'))}/`,
        `/CODE/${c.code}`,
        `/docs/${c.code}/${name}`,
        `/${c.vendor}/${c.code}0/`,
      ];
    }),
  ];

  it('guesses every path as the whole index does, reading a few shards', async () => {
    expect(shards.length).toBeGreaterThan(10);
    for (const path of new Set(paths)) {
      const read = new Set<number>();
      const part = await partForPath(manifest, path, async (n) => (read.add(n), shards[n]!));
      expect(guessPath(part, path), path).toEqual(guessPath(whole, path));
      // A key shard for each segment (three at most are read), and no more record shards than the names found.
      const keyShards = [...read].filter((n) => n < manifest.worded.from);
      expect(keyShards.length, path).toBeLessThanOrEqual(3);
      expect(read.size - keyShards.length, path).toBeLessThanOrEqual(part.codes.length);
    }
  });
});
