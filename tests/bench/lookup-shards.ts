/**
 * `npx tsx tests/bench/lookup-shards.ts [--scales real,3000,20000] [--no-chinese]`: what one
 * lookup fetches from the sharded lookup index (src/utils/lookup-shards.ts,
 * src/utils/lookup-words.ts) at each scale, without a build: the index is made
 * from content/ files as the build makes it (synthetic entries added in a
 * temporary copy), and each text is assembled by the browser loader's own
 * logic (src/utils/lookup-part.ts). Prints the whole index, the manifests, the
 * shards, and the files and bytes each text fetches (gzipped, as sent); and, for
 * every list of texts, whether what the header box and the search page show from
 * those files is what they show from the whole index (--no-answers: not checked).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { contentIndex } from '../helpers/content-index.ts';
import { REAL_PASTES } from './real-pastes.ts';
import { addSyntheticEntries, copyProject, removeProject } from './synthetic.ts';
import { fromCompact, toCompact } from '../../src/utils/lookup-compact.ts';
import { didYouMean, lookup, phraseMatches, type LookupIndex } from '../../src/utils/lookup/index.ts';
import { partFor, partForPath } from '../../src/utils/lookup-part.ts';
import { LOOKUP_BUDGET, manifestFile, SHARD_BUDGET } from '../../src/utils/lookup-shards.ts';
import { cjkFile, wordsFile } from '../../src/utils/lookup-words-format.ts';
import { shardAll } from '../../src/utils/lookup-words.ts';
import { buildFacets } from '../../src/utils/browse-facets.ts';
import { browsePart } from '../../src/utils/browse-page.ts';
import type { Filters } from '../../src/utils/filters.ts';

// Synthetic entries with a Chinese meaning as often as real ones (tests/helpers/synthetic-entries.ts); --no-chinese: none.
const { values } = parseArgs({ options: { scales: { type: 'string', default: 'real,3000,20000' }, chinese: { type: 'boolean', default: true }, answers: { type: 'boolean', default: true } }, allowNegative: true });
const gz = (json: string) => gzipSync(json).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

for (const scale of values.scales.split(',')) {
  const dir = copyProject();
  try {
    if (scale !== 'real') addSyntheticEntries(dir, Number(scale), { chinese: values.chinese });
    const whole = toCompact(contentIndex(join(dir, 'content')));
    const wholeGz = gz(JSON.stringify(whole));
    console.log(`\n[${scale}] ${whole.codes.length} codes: api/lookup.json ${kb(wholeGz)} gz`);
    if (wholeGz <= LOOKUP_BUDGET) {
      console.log(`  within ${kb(LOOKUP_BUDGET)}: served whole, every lookup fetches it (and a one-line manifest)`);
      continue;
    }
    const started = performance.now();
    const cut = shardAll(whole.vendors, whole.codes, SHARD_BUDGET, gz);
    // As api/lookup/manifest.json holds it (src/utils/lookup-files.ts): with the whole index's weight.
    const { words, pairs, cjk, shards } = cut;
    const manifest = { ...cut.manifest, wholeBytes: wholeGz };
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const sizes = shards.map((s) => gz(JSON.stringify(s)));
    // As the files hold them (front-coded keys), which is what is sent.
    const manifestGz = gz(JSON.stringify(manifestFile(manifest)));
    const wordsGz = gz(JSON.stringify(wordsFile(words)));
    const cjkGz = cjk ? gz(JSON.stringify(cjkFile(cjk))) : 0;
    console.log(`  ${shards.length} shards of ${kb(Math.min(...sizes))} to ${kb(Math.max(...sizes))} gz, cut in ${seconds} s: ${manifest.first.length} key, ${manifest.worded.first.length} wording, ${cut.cjkWorded?.first.length ?? 0} CJK wording, ${words.lex.from - manifest.rec!.from - words.cjk.count} record, ${words.cjk.count} CJK, ${words.lex.first.length} word index, ${words.pairs ?? 0} CJK pair`);
    console.log(`  manifest ${kb(manifestGz)} gz; word index manifest (api/lookup/words.json, for a text with no exact answer) ${kb(wordsGz)} gz; CJK manifest (api/lookup/cjk.json: CJK wordings and pair index, for a text with CJK characters) ${kb(cjkGz)} gz`);
    const wholeIndex = fromCompact(whole);
    /** What the header box shows for a text (lookup()), and the search page besides: its phrase matches and "Did you mean". */
    const shown = (index: LookupIndex, q: string, phrases: boolean) =>
      JSON.stringify([
        lookup(index, q, { limit: 12 }).answers.map((a) => `${a.item.vendor}/${a.item.code} ${a.via} ${a.match} ${a.likely}`),
        ...(phrases ? [phraseMatches(index, q).map((i) => `${i.vendor}/${i.code}`), didYouMean(index, q).map((a) => `${a.item.vendor}/${a.item.code} ${a.match}`)] : []),
      ]);
    const last = whole.codes.find((c) => c.c === '7012345') ?? whole.codes.at(-1)!;
    const named = whole.codes.find((c) => c.n && /[a-z]/i.test(c.n))!;
    const chinese = whole.codes.map((c) => c.d.split(' / ').find((d) => /[\u4e00-\u9fff]{4}/.test(d))).find(Boolean)!;
    const run = /[\u4e00-\u9fff]+/.exec(chinese)![0];
    // Each kind of query the lookup box and the search page read, labelled in the output.
    const queries: [string, string][] = [
      ['a code', last.c],
      ['an error name', named.n!],
      ['a log line with a JSON body', `E/Push: send failed {"code": ${last.c}, "msg": "invalid token"}`],
      ['a name, CamelCase', 'BadDeviceToken'],
      ['words', 'token expired'],
      ['a vendor word and words', 'huawei token expired'],
      ['words', 'invalid token'],
      ['one word', 'token'],
      ['a prefix', 'tok'],
      ['three words', 'device token invalid'],
      ['a name misspelt', 'bad device tokn'],
      ['a Chinese description', chinese],
      ['part of a Chinese description', run.slice(0, 4)],
      ['a Chinese text reworded', `推送${chinese.slice(0, 4)}了`],
      ['a Chinese sentence', `${run.slice(0, 6)}了吗`],
      ['a sentence of six words or more', 'the push token that was sent has expired today'],
    ];
    const kinds = (n: number) => (n < manifest.worded.from ? 'key' : cut.cjkWorded && n >= cut.cjkWorded.from && n < manifest.rec!.from ? 'CJK wording' : n < manifest.rec!.from ? 'wording' : n < words.cjk.from ? 'record' : n < words.lex.from ? 'CJK' : pairs && n >= pairs.from ? 'CJK pairs' : 'word index');
    /** What the browser loader fetches for one text: files, bytes (gz), the shards, and whether it fell back to the whole index. */
    const fetchedFor = async (q: string, phrases = false) => {
      const fetched = new Set<number>();
      let wordIndex = false;
      let cjkRead = false;
      const part = await partFor(manifest, async () => ((wordIndex = true), words), q, async (n) => (fetched.add(n), shards[n]!), { phrases }, async () => ((cjkRead = true), cjk));
      const bytes = manifestGz + (wordIndex ? wordsGz : 0) + (cjkRead ? cjkGz : 0) + [...fetched].reduce((n, i) => n + sizes[i]!, 0) + (part === 'whole' ? wholeGz : 0);
      return { part, fetched, bytes, files: 1 + (wordIndex ? 1 : 0) + (cjkRead ? 1 : 0) + fetched.size + (part === 'whole' ? 1 : 0) };
    };
    /** Where the bytes went: shards by kind (files/KB), so a miss says what to cut. */
    const byKinds = (fetched: Set<number>) => {
      const byKind = new Map<string, [number, number]>();
      for (const n of fetched) {
        const [count, sum] = byKind.get(kinds(n)) ?? [0, 0];
        byKind.set(kinds(n), [count + 1, sum + sizes[n]!]);
      }
      return [...byKind].map(([k, [count, sum]]) => `${k} ${count}/${kb(sum)}`).join(', ');
    };
    for (const [label, q] of queries) {
      const { part, fetched, bytes, files } = await fetchedFor(q);
      const parts = byKinds(fetched);
      console.log(`  ${label.padEnd(32)} ${JSON.stringify(q).slice(0, 40).padEnd(42)} ${String(files).padStart(2)} files${part === 'whole' ? ' (whole index)' : ''}: ${kb(bytes)} gz (budget ${kb(LOOKUP_BUDGET)}: ${bytes <= LOOKUP_BUDGET ? 'ok' : 'MISSED'}) [${parts}]`);
    }
    // Not only the texts above: words people type, taken from every real English description (its first two and
    // three words, the middle three, and a vendor's name before two) and every real name a letter off, as many as
    // there are, each measured the same way.
    const realCodes = whole.codes.filter((c) => !/^7\d{6}$/.test(c.c));
    const typed = new Set<string>();
    realCodes.forEach((c, n) => {
      for (const d of c.d.split(' / ').filter((d) => !/[\u4e00-\u9fff]/.test(d))) {
        const w = d.toLowerCase().match(/[a-z0-9]+/g) ?? [];
        if (w.length < 2) continue;
        for (const t of [w.slice(0, 2), w.slice(0, 3), w.slice(1, 4), [whole.vendors[n % whole.vendors.length]!.slug, ...w.slice(0, 2)]]) if (t.length >= 2) typed.add(t.join(' '));
      }
      // A real name with its last letter but one left out, as the vendor writes it ("Did you mean").
      const name = c.n ?? (/[a-z]/i.test(c.c) ? c.c : undefined);
      if (name && name.length >= 9) typed.add(name.slice(0, -2) + name.slice(-1));
    });
    // Sentences: every real English description of six words or more, as written (the similar-sentence tier).
    const sentences = [...new Set(realCodes.flatMap((c) => c.d.split(' / ').filter((d) => !/[\u4e00-\u9fff]/.test(d) && (d.match(/[a-z0-9]+/gi) ?? []).length >= 6 && d.length <= 200)))];
    // As written (a phrase some text holds), and reworded (the third word changed: no text holds it, so the lookup
    // compares it with every text, wordSimilar).
    const reworded = sentences.map((d) => {
      const w = d.toLowerCase().match(/[a-z0-9]+/g)!;
      return [...w.slice(0, 2), 'foo', ...w.slice(3)].join(' ');
    });
    // Each list as the header box reads it (lookup()), then as the search page does (its phrase matches too, beside
    // exact answers). Real pastes: what people pasted, found in public threads (tests/bench/real-pastes.ts).
    const lists: [string, string[]][] = [
      ['words from real descriptions and names', [...typed]],
      ['sentences from real descriptions', sentences],
      ['the same, reworded', reworded],
      ['real pastes (tests/bench/real-pastes.ts)', [...new Set(REAL_PASTES.map((p) => p.q))]],
    ];
    for (const [label, list] of lists) {
      for (const phrases of [false, true]) {
        const measured = await Promise.all(list.map(async (q) => ({ q, ...(await fetchedFor(q, phrases)) })));
        const byBytes = measured.filter((m) => m.part !== 'whole').sort((a, b) => a.bytes - b.bytes);
        const at = (share: number) => (byBytes.length ? kb(byBytes[Math.min(byBytes.length - 1, Math.floor(share * byBytes.length))]!.bytes) : '-');
        const over = byBytes.filter((m) => m.bytes > LOOKUP_BUDGET);
        console.log(`  ${label}, ${phrases ? 'search page' : 'header box'}: ${measured.length} texts; ${byBytes.length - over.length} within ${kb(LOOKUP_BUDGET)}, ${over.length} over, ${measured.length - byBytes.length} read the whole index; median ${at(0.5)}, p95 ${at(0.95)}, max ${at(1)}`);
        for (const m of over.slice(-5).reverse()) console.log(`    over: ${JSON.stringify(m.q).slice(0, 90)} ${m.files} files, ${kb(m.bytes)} [${byKinds(m.fetched)}]`);
        if (!values.answers) continue;
        // The same answers as from the whole index, for every text read from shards (the rest read the whole index).
        const differ = byBytes.filter((m) => m.part !== 'whole' && shown(m.part.index, m.q, phrases) !== shown(wholeIndex, m.q, phrases));
        console.log(`    answers as from the whole index: ${byBytes.length - differ.length} of ${byBytes.length}`);
        for (const m of differ.slice(0, 5)) console.log(`    differs: ${JSON.stringify(m.q).slice(0, 90)}\n      shards ${m.part !== 'whole' && shown(m.part.index, m.q, phrases)}\n      whole  ${shown(wholeIndex, m.q, phrases)}`);
      }
    }
    // The 404 page guesses what a hand-typed address meant from the shards of its segments.
    const path = `/${last.v.toUpperCase()}/${last.c}`;
    const read = new Set<number>();
    await partForPath(manifest, path, async (n) => (read.add(n), shards[n]!));
    const pathBytes = manifestGz + [...read].reduce((n, i) => n + sizes[i]!, 0);
    console.log(`  ${'a mistyped address (404 page)'.padEnd(32)} ${JSON.stringify(path).padEnd(42)} ${String(1 + read.size).padStart(2)} files: ${kb(pathBytes)} gz (budget ${kb(LOOKUP_BUDGET)}: ${pathBytes <= LOOKUP_BUDGET ? 'ok' : 'MISSED'})`);
    // The search page with a category and no query: one page of it, by the browser's own reader (src/utils/browse-page.ts).
    // As the build writes it while the index is sharded (src/utils/lookup-files.ts): a page reads it and its records only.
    const facets = buildFacets(whole.codes, { vendors: whole.vendors, runs: words.runs, rec: manifest.rec! });
    const facetsGz = gz(JSON.stringify(facets));
    const counts = new Map<string, number>();
    for (const c of whole.codes) counts.set(c.k, (counts.get(c.k) ?? 0) + 1);
    const category = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const browse = async (filters: Filters, page: number) => {
      const read = new Set<number>();
      const source = { facets: async () => facets, whole: async () => whole, shard: async (n: number) => (read.add(n), shards[n]!) };
      const part = await browsePart(source, filters, page);
      return { part, files: 1 + read.size, bytes: facetsGz + [...read].reduce((n, i) => n + sizes[i]!, 0) };
    };
    for (const [label, filters] of [[`a category, no query (${category})`, { category }], ['a vendor and retry, no query', { vendor: last.v, retryable: false }]] as [string, Filters][]) {
      const first = await browse(filters, 1);
      let largest = first;
      let largestPage = 1;
      for (let page = 2; page <= first.part.page.pages; page++) {
        const next = await browse(filters, page);
        if (next.bytes > largest.bytes) [largest, largestPage] = [next, page];
      }
      const ok = (n: number) => `${kb(n)} gz (budget ${kb(LOOKUP_BUDGET)}: ${n <= LOOKUP_BUDGET ? 'ok' : 'MISSED'})`;
      console.log(`  ${label.padEnd(75)} ${String(first.files).padStart(2)} files: page 1 of ${first.part.page.pages} (${first.part.page.total} codes) ${ok(first.bytes)}; largest, page ${largestPage}: ${largest.files} files, ${ok(largest.bytes)} [facets.json ${kb(facetsGz)}]`);
    }
  } finally {
    removeProject(dir);
  }
}
