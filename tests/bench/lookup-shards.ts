/**
 * `node tests/bench/lookup-shards.ts [--scales real,3000,20000]`: what one
 * lookup fetches from the sharded lookup index (src/utils/lookup-shards.ts)
 * at each scale, without a build: the index is made from content/ files as
 * the build makes it (synthetic entries added in a temporary copy). Prints
 * the whole index, the manifest, the shards, and the bytes a code, a name,
 * a log line and a word query fetch (gzipped, as sent).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { contentIndex } from '../helpers/content-index.ts';
import { addSyntheticEntries, copyProject, removeProject } from './synthetic.ts';
import { toCompact } from '../../src/utils/lookup-compact.ts';
import { exactAnswers, fromCompactIndexForBench } from './lookup-shards-part.ts';
import { LOOKUP_BUDGET, SHARD_BUDGET, shardIndex, shardsForText } from '../../src/utils/lookup-shards.ts';

const { values } = parseArgs({ options: { scales: { type: 'string', default: 'real,3000,20000' } } });
const gz = (json: string) => gzipSync(json).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

for (const scale of values.scales.split(',')) {
  const dir = copyProject();
  try {
    if (scale !== 'real') addSyntheticEntries(dir, Number(scale));
    const whole = toCompact(contentIndex(join(dir, 'content')));
    const wholeGz = gz(JSON.stringify(whole));
    console.log(`\n[${scale}] ${whole.codes.length} codes: api/lookup.json ${kb(wholeGz)} gz`);
    if (wholeGz <= LOOKUP_BUDGET) {
      console.log(`  within ${kb(LOOKUP_BUDGET)}: served whole, every lookup fetches it (and a one-line manifest)`);
      continue;
    }
    const { manifest, shards } = shardIndex(whole.vendors, whole.codes, SHARD_BUDGET, gz);
    const sizes = shards.map((s) => gz(JSON.stringify(s)));
    const manifestGz = gz(JSON.stringify(manifest));
    console.log(`  manifest ${kb(manifestGz)} gz (${manifest.first.length} key shards, ${manifest.worded.first.length} wording shards); shards ${kb(Math.min(...sizes))} to ${kb(Math.max(...sizes))} gz`);
    const last = whole.codes.find((c) => c.c === '7012345') ?? whole.codes.at(-1)!;
    const named = whole.codes.find((c) => c.n && /[a-z]/i.test(c.n))!;
    const queries = [last.c, named.n!, `E/Push: send failed {"code": ${last.c}, "msg": "invalid token"}`, 'BadDeviceToken', 'token expired'];
    for (const q of queries) {
      const needed = shardsForText(manifest, q);
      const part = fromCompactIndexForBench(manifest, needed.map((n) => shards[n]!));
      const exact = exactAnswers(part, q).answers.length > 0;
      // No exact answer: suggestions read every code, so the loader fetches the whole index too.
      const bytes = manifestGz + needed.reduce((n, i) => n + sizes[i]!, 0) + (exact || q.trim().length > 200 ? 0 : wholeGz);
      console.log(`  ${JSON.stringify(q).slice(0, 60).padEnd(62)} ${String(needed.length).padStart(2)} shard(s)${exact ? '' : ' + whole index'}: ${kb(bytes)} gz (budget ${kb(LOOKUP_BUDGET)}: ${bytes <= LOOKUP_BUDGET ? 'ok' : 'MISSED'})`);
    }
  } finally {
    removeProject(dir);
  }
}
