import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentIndex } from '../helpers/content-index.ts';
import { fromCompact, toCompact } from '../../src/utils/lookup-compact.ts';
import { didYouMean, exactAnswers, foldWording, longestNonCjkRun, lookup, mayBeMeaning, phraseMatches, type LookupIndex } from '../../src/utils/lookup/index.ts';
import { nameWords } from '../../src/utils/name-words.ts';
import { partFor } from '../../src/utils/lookup-part.ts';
import { lexEntries, LONG_TEXT_WORDS, shardAll, WORD_KEY_SHARE } from '../../src/utils/lookup-words.ts';
import { cjkPairKey, decodeGroups, decodePlaces, encodeGroups, fewestWordsOf, namesByWordOf, PAIR_KEY_SHARE, pairFewestOf, pairLengthOf, pairPartsUpTo, pairRank, textLengthOf, wordRank, type LexEntry } from '../../src/utils/lookup-words-format.ts';
import { alikeComplete, byKeyOf, similarCandidates } from '../../src/utils/lookup-words-rank.ts';
import { CJK_CANDIDATES, planWords, SENTENCE_WORDS, vendorAt, type WordPlan } from '../../src/utils/lookup-words-read.ts';
import { isNameShard, shardOf } from '../../src/utils/lookup-shards.ts';
import { REAL_PASTES } from '../bench/real-pastes.ts';
import { syntheticCjkText } from '../helpers/synthetic-entries.ts';

const gz = (json: string) => gzipSync(json).length;

describe('the word index encoding', () => {
  it('keeps places and their ranking key', () => {
    const groups = encodeGroups(new Map([[12, [3, 7, 40]], [5, [1, 2]]]));
    expect(groups).toEqual([[5, '1,1'], [12, '3,4,33']]);
    expect([...decodeGroups(groups)]).toEqual([[1, 5], [2, 5], [3, 12], [7, 12], [40, 12]]);
    expect(decodePlaces('')).toEqual([]);
  });

  it("ranks a word's texts by length and keeps the fewest words of its English texts, capped", () => {
    expect([textLengthOf(wordRank(41, 7)), fewestWordsOf(wordRank(41, 7))]).toEqual([41, 7]);
    // Sixty-three words or more (or no English text): 63, still no more than the text has.
    expect([textLengthOf(wordRank(400, 90)), fewestWordsOf(wordRank(400, 90))]).toEqual([400, 63]);
    expect(fewestWordsOf(wordRank(12, Infinity))).toBe(63);
    // Shorter texts rank first whatever their words.
    expect(wordRank(11, 63)).toBeLessThan(wordRank(12, 1));
  });

  it('measures the longest run of folded text that is not CJK', () => {
    expect(longestNonCjkRun(foldWording('appKey 不合法'))).toBe(6);
    expect(longestNonCjkRun(foldWording('JSON 格式解析失败, see the JSON spec'))).toBe('see the json spec'.length);
    expect(longestNonCjkRun('推送失败')).toBe(0);
  });

  it('tells the vendor of a place from the runs', () => {
    const runs: [number, string][] = [[0, 'apns'], [4, 'fcm'], [9, 'huawei']];
    expect([0, 3, 4, 8, 9, 500].map((p) => vendorAt(runs, p))).toEqual(['apns', 'apns', 'fcm', 'fcm', 'huawei', 'huawei']);
  });
});

describe('the real catalogue cut into small shards, for texts with no exact answer', () => {
  const whole = contentIndex();
  const items = toCompact(whole).codes;
  // A tiny budget, so the catalogue is cut into many shards and every ranked list crosses them.
  const all = shardAll(whole.vendors, items, 600, gz);
  const shard = async (n: number) => all.shards[n]!;
  const key = (a: { item: { vendor: string; code: string } }) => `${a.item.vendor}/${a.item.code}`;
  /** What the header box, the search page's phrase tier and its "Did you mean" show for a text. */
  const shown = (index: LookupIndex, text: string) => ({
    box: lookup(index, text, { limit: 12 }).answers.map((a) => `${key(a)} ${a.via} ${a.match} ${a.likely}`),
    phrases: phraseMatches(index, text).map((item) => key({ item })),
    near: didYouMean(index, text).map((a) => `${key(a)} ${a.match}`),
  });
  const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  /** The word index's shards a plan reads and their entries, round after round, as partFor reads them. */
  const wordShardsRead = (plan: WordPlan) => {
    const read = [...plan.lex];
    const entries = plan.lex.flatMap((n) => all.shards[n] as LexEntry[]);
    for (let more = plan.later(entries); more.length; more = plan.later(entries)) {
      read.push(...more);
      entries.push(...more.flatMap((n) => all.shards[n] as LexEntry[]));
    }
    return { read, entries };
  };
  const english = whole.codes.flatMap((item) => item.meaning.split(' / ').filter((d) => !/[\u4e00-\u9fff]/.test(d)));
  const candidates = [
    'token expired',
    'huawei token expired',
    'fcm quota',
    'apns bad token',
    'server busy',
    ...english.flatMap((d) => {
      const w = words(d);
      return [w.slice(0, 2).join(' '), w.slice(1, 4).join(' '), w.length <= 5 ? d : '', w[0] ?? '', (w[1] ?? '').slice(0, 4), `${w[2] ?? ''} ${w[0] ?? ''}`];
    }),
    // Vendor words narrow the suggestions, or are part of the words when nothing of that vendor has them.
    ...english.map((d, i) => `${whole.vendors[i % whole.vendors.length]!.slug} ${words(d).slice(0, 2).join(' ')}`),
    // Chinese sentences: descriptions, parts of them, and one reworded around its words.
    ...whole.codes.flatMap((item) => item.meaning.split(' / ').filter((d) => /[\u4e00-\u9fff]/.test(d))).flatMap((d) => [d, d.slice(0, 2), d.slice(1, 5), `推送${d.slice(0, 4)}了`]),
    // A vendor word before Chinese: the CJK matches are narrowed to the named vendor (its top, not the whole list's).
    ...whole.codes.flatMap((item, i) => item.meaning.split(' / ').filter((d) => /[\u4e00-\u9fff]/.test(d)).map((d) => `${whole.vendors[i % whole.vendors.length]!.slug} ${/[\u4e00-\u9fff]+/.exec(d)![0].slice(0, 2)}`)),
    // Names a letter off ("Did you mean").
    ...whole.codes.filter((item) => (item.name ?? item.code).length >= 9 && /[a-z]/i.test(item.name ?? item.code)).map((item) => (item.name ?? item.code).slice(0, -2) + (item.name ?? item.code).slice(-1)),
    // …and off in the first letter, so the key shards of what was typed do not hold the name (the longest names too).
    ...whole.codes.filter((item) => (item.name ?? item.code).length >= 9 && /[a-z]/i.test(item.name ?? item.code)).map((item) => `Q${(item.name ?? item.code).slice(1)}`),
    // Names typed as words, a letter off ("Did you mean" for three typed words or more reads names under each word).
    ...whole.codes.map((item) => nameWords(item.name ?? item.code)).filter((w) => w.length >= 3).flatMap((w) => [w.join(' ').slice(0, -1), w.join(' ').slice(1), `${w[0]}x ${w.slice(1).join(' ')}`, `${w.slice(0, -1).join(' ')} ${w.at(-1)!.slice(0, -1)}`]),
  ].filter((t, i, a) => t.trim() && a.indexOf(t) === i);
  // Texts with no exact answer (the word index ranks what they show), and with one (tested on their own below).
  const texts = candidates.filter((t) => !exactAnswers(whole, t).answers.length);
  const answered = candidates.filter((t) => exactAnswers(whole, t).answers.length > 0);

  it('answers every word query, phrase, Chinese sentence and misspelt name as the whole index does, mostly without it', async () => {
    let wholeNeeded = 0;
    let checked = 0;
    for (const text of texts) {
      const part = await partFor(all.manifest, async () => all.words, text, shard, {}, async () => all.cjk);
      if (part === 'whole') {
        wholeNeeded++;
        continue;
      }
      checked++;
      expect(shown(part.index, text), text).toEqual(shown(whole, text));
    }
    expect(texts.length).toBeGreaterThan(1000);
    // Only short typed prefixes of many keys and long common phrases read everything.
    expect(wholeNeeded / texts.length).toBeLessThan(0.1);
    expect(checked).toBeGreaterThan(900);
  });

  it('shows, for a text with an exact answer, what the whole index shows: in the header box and on the search page', async () => {
    // Beside an exact answer the box also lists a code whose whole description was typed ("system busy": Meizu's
    // SYSTEM_BUSY by name, Xiaomi 10002 by its description), and the search page the phrase matches.
    expect(answered.length).toBeGreaterThan(200);
    for (const text of answered) {
      for (const phrases of [false, true]) {
        const part = await partFor(all.manifest, async () => all.words, text, shard, { phrases }, async () => all.cjk);
        if (part === 'whole') continue;
        // The header box shows lookup()'s answers; the search page its phrase matches and "Did you mean" too.
        const seen = (index: LookupIndex) => (phrases ? shown(index, text) : shown(index, text).box);
        expect(seen(part.index), `${text}${phrases ? ' (search page)' : ''}`).toEqual(seen(whole));
      }
    }
  });

  it('answers a sentence of six words or more as the whole index does, from the entries its words leave', async () => {
    // The real descriptions of six words or more, as written and reworded (a word changed, words added), and a
    // sentence that reads like none.
    const sentences = [
      'the push token that was sent has expired today',
      ...english.filter((d) => words(d).length >= 6).flatMap((d) => {
        const w = words(d);
        return [d, [...w.slice(0, 2), 'foo', ...w.slice(3)].join(' '), `the ${w.join(' ')} today`];
      }),
    ].filter((t, i, a) => a.indexOf(t) === i && t.length <= 200 && !exactAnswers(whole, t).answers.length);
    let read = 0;
    for (const text of sentences) {
      const part = await partFor(all.manifest, async () => all.words, text, shard, {}, async () => all.cjk);
      if (part === 'whole') continue;
      read++;
      expect(shown(part.index, text), text).toEqual(shown(whole, text));
      expect(part.index.codes.length, text).toBeLessThan(whole.codes.length / 2);
    }
    expect(sentences.length).toBeGreaterThan(100);
    expect(read / sentences.length).toBeGreaterThan(0.8);
  });

  it('reads neither pairs nor names under each word for a sentence whose words leave few entries', () => {
    // Its entries come from its words' postings (textsHolding); the names of about its length are fewer shards than
    // the names under each of its nine words.
    const plan = planWords('the push token that was sent has expired today', all.manifest.vendors, all.manifest, all.words);
    if (plan === 'whole') throw new Error('read whole');
    const { read } = wordShardsRead(plan);
    const firstKeys = read.map((n) => all.words.lex.first[n - all.words.lex.from]!);
    expect(firstKeys.filter((k) => k.startsWith('x:'))).toEqual([]);
    expect(firstKeys.some((k) => k.startsWith('w:'))).toBe(true);
  });

  it('lists the word index shards of one word over the words\' share, and a sentence reads their postings only when its other words leave too many entries', async () => {
    const lex = all.shards.slice(all.words.lex.from, all.words.lex.from + all.words.lex.first.length) as LexEntry[][];
    const heavy = new Set(decodePlaces(all.words.lex.heavy));
    lex.forEach((shard, n) => expect(heavy.has(n), shard[0]!.k).toBe(shard.every((e) => e.k === shard[0]!.k) && gz(JSON.stringify(shard)) > 600 * WORD_KEY_SHARE));
    expect(heavy.size).toBeGreaterThan(10);
    // …and of those, the words of long names.
    const named = new Set(decodePlaces(all.words.lex.named));
    expect(named.size).toBeGreaterThan(0);
    lex.forEach((shard, n) => expect(named.has(n), shard[0]!.k).toBe(heavy.has(n) && shard.some((e) => e.x === 1)));
    // The same plans with no shard listed as heavy read every word's postings in the first round.
    const unlisted = { ...all.words, lex: { ...all.words.lex, heavy: '' } };
    const bytesRead = (text: string, words: typeof all.words) => {
      const plan = planWords(text, all.manifest.vendors, all.manifest, words);
      if (plan === 'whole') throw new Error(`${text}: read whole`);
      return wordShardsRead(plan).read.reduce((sum, n) => sum + gz(JSON.stringify(all.shards[n])), 0);
    };
    const long = english.filter((d) => words(d).length >= 12 && d.length <= 200 && !exactAnswers(whole, d).answers.length);
    expect(long.length).toBeGreaterThan(20);
    const saved = long.filter((d) => bytesRead(d, all.words) < bytesRead(d, unlisted));
    expect(saved.length).toBeGreaterThan(long.length / 3);
    // Never more: what waits is read only when needed, and then in place of nothing else.
    for (const d of long) expect(bytesRead(d, all.words), d).toBeLessThanOrEqual(bytesRead(d, unlisted));
  });

  it('marks the words of long names, and reads no names under the words of a text that none has', () => {
    const entries = lexEntries(whole);
    const nameWordsIn = new Set([...entries.keys()].filter((k) => k.includes('\u0002')).map((k) => namesByWordOf(k)![0]));
    const marked = new Set([...entries].filter(([, [e]]) => e!.x).map(([k]) => k.slice(2)));
    expect(nameWordsIn.size).toBeGreaterThan(50);
    expect(marked).toEqual(nameWordsIn);
    // Words none of which is a word of a long name (nor common, so their postings are read first): the names under
    // them are not read, nor those of about its length.
    const text = 'window closed early';
    expect(text.split(' ').filter((w) => marked.has(w))).toEqual([]);
    const plan = planWords(text, all.manifest.vendors, all.manifest, all.words);
    if (plan === 'whole') throw new Error('read whole');
    const { entries: read } = wordShardsRead(plan);
    expect(read.filter((e) => e.m || e.n).map((e) => e.k)).toEqual([]);
    // A word of a long name typed with them (`token`): names are read (under it, or of about the text's length).
    const named = planWords('window token closed early', all.manifest.vendors, all.manifest, all.words);
    if (named === 'whole') throw new Error('read whole');
    expect(wordShardsRead(named).entries.some((e) => e.m || e.n)).toBe(true);
  });

  it('reads the entries that may read like a sentence only when no text holds its phrase', async () => {
    const written = english.find((d) => words(d).length >= 8 && d.length <= 120 && !/[{}"=:]/.test(d) && !exactAnswers(whole, d).answers.length)!;
    const reworded = [...words(written).slice(0, 2), 'foo', ...words(written).slice(3)].join(' ');
    const alike = async (text: string) => {
      const plan = planWords(text, all.manifest.vendors, all.manifest, all.words);
      if (plan === 'whole') throw new Error(`${text}: read whole`);
      const { entries } = wordShardsRead(plan);
      const part = await partFor(all.manifest, async () => all.words, text, shard, {}, async () => all.cjk);
      if (part === 'whole') throw new Error(`${text}: read whole`);
      return plan.similar(entries, () => part.index);
    };
    expect(await alike(written)).toEqual([]);
    expect((await alike(reworded)).length).toBeGreaterThan(0);
  });

  it('reads the whole index when the shards a text needs would weigh more', async () => {
    const text = 'token expired';
    expect(await partFor({ ...all.manifest, wholeBytes: 10 * 1024 * 1024 }, async () => all.words, text, shard, {}, async () => all.cjk)).not.toBe('whole');
    expect(await partFor({ ...all.manifest, wholeBytes: 1024 }, async () => all.words, text, shard, {}, async () => all.cjk)).toBe('whole');
  });

  it('gives the search page the phrase matches beside exact answers, and the header box the exact answers (and a description typed whole)', async () => {
    const answered = whole.codes
      .flatMap((item) => [...(item.messages ?? []), ...(item.name ? [`${item.name}: ${item.meaning.split(' / ')[0]}`] : []), `{"code": ${JSON.stringify(item.code)}, "message": ${JSON.stringify(item.meaning.split(' / ')[0])}}`])
      .filter((t, i, a) => a.indexOf(t) === i && exactAnswers(whole, t).answers.length);
    expect(answered.length).toBeGreaterThan(300);
    let listed = 0;
    for (const text of answered) {
      let wordsRead = false;
      const box = await partFor(all.manifest, async () => ((wordsRead = true), all.words), text, shard, {}, async () => all.cjk);
      if (box === 'whole') throw new Error(`${text}: read the whole index`);
      // The word index only for typed words that may be a code's whole description, which lookup() lists too.
      expect(wordsRead, text).toBe(mayBeMeaning(text));
      expect(shown(box.index, text).box, text).toEqual(shown(whole, text).box);
      const page = await partFor(all.manifest, async () => all.words, text, shard, { phrases: true }, async () => all.cjk);
      if (page === 'whole') continue;
      expect(shown(page.index, text), text).toEqual(shown(whole, text));
      if (shown(whole, text).phrases.length) listed++;
    }
    expect(listed).toBeGreaterThan(100);
  });

  it('answers real pastes of six words or more as the whole index does, numbers left unread or not', async () => {
    // Real pastes (tests/bench/real-pastes.ts, each with its source): log lines, SDK output.
    const pastes = REAL_PASTES.map((p) => p.q).filter((q) => new Set(words(q.slice(0, 300))).size >= 6 && new Set(words(q.slice(0, 300))).size <= SENTENCE_WORDS);
    expect(pastes.length).toBeGreaterThan(50);
    for (const text of pastes) {
      const page = await partFor(all.manifest, async () => all.words, text, shard, { phrases: true }, async () => all.cjk);
      if (page === 'whole') continue;
      expect(shown(page.index, text), text).toEqual(shown(whole, text));
    }
  });

  it('reads no postings for a sentence of more words than SENTENCE_WORDS, only the entries with texts as long', async () => {
    const most = (item: LookupIndex['codes'][number]) => Math.max(0, ...[...item.meaning.split(' / '), ...(item.messages ?? [])].filter((t) => !/[\u4e00-\u9fff]/.test(t)).map((t) => new Set(words(t)).size));
    const longest = whole.codes.filter((item) => most(item) >= LONG_TEXT_WORDS);
    expect(longest.length).toBeGreaterThan(3);
    expect(all.words.long.map(([place]) => place)).toEqual(longest.map((item) => whole.codes.indexOf(item)));
    // A log line around the longest description, past SENTENCE_WORDS words: it reads like that description.
    // Ids enough to pass SENTENCE_WORDS, few enough that the description's words are most of it.
    const text = (d: string) => `W/Push ${Array.from({ length: Math.max(2, SENTENCE_WORDS - new Set(words(d)).size), }, (_, k) => `id${k}`).join(' ')} reason ${d}`;
    let alike = 0;
    const described = longest.map((item) => [...item.meaning.split(' / '), ...(item.messages ?? [])].find((t) => new Set(words(t)).size === most(item))!);
    for (const d of described) {
      const pasted = text(d);
      // (wordSimilar reads 300 characters: a description longer than that is cut.)
      if (new Set(words(pasted.slice(0, 300))).size <= SENTENCE_WORDS) continue;
      // No word's postings (in lower case, without underscores, no name a letter off is looked for): too long for
      // suggestions and phrases.
      const plan = planWords(pasted.toLowerCase().replace(/_/g, ' '), all.manifest.vendors, all.manifest, all.words);
      if (plan === 'whole') throw new Error('read whole');
      expect(wordShardsRead(plan).read, pasted).toEqual([]);
      for (const asked of [pasted, pasted.toLowerCase()]) {
        const part = await partFor(all.manifest, async () => all.words, asked, shard, { phrases: true }, async () => all.cjk);
        if (part === 'whole') throw new Error('read the whole index');
        expect(shown(part.index, asked), asked).toEqual(shown(whole, asked));
        if (shown(whole, asked).phrases.length) alike++;
      }
    }
    expect(alike).toBeGreaterThan(2);
    // A paste of noise alone: nothing is read and nothing answered.
    const noise = Array.from({ length: SENTENCE_WORDS + 1 }, (_, k) => `w${k}`).join(' ');
    const part = await partFor(all.manifest, async () => all.words, noise, shard, {}, async () => all.cjk);
    if (part === 'whole') throw new Error('read the whole index');
    expect(shown(part.index, noise)).toEqual(shown(whole, noise));
  });
});

describe('names in key shards as places', () => {
  const whole = contentIndex();
  // A tiny budget, so names fall in many key shards and records in many record shards.
  const all = shardAll(whole.vendors, toCompact(whole).codes, 600, gz);
  const { rec } = all.manifest;
  const isRecordShard = (n: number) => n >= rec!.from && n < all.words.cjk.from;
  /** The shards partFor fetches for a text (the header box's), and what it answers. */
  const read = async (text: string) => {
    const fetched: number[] = [];
    const part = await partFor(all.manifest, async () => all.words, text, async (n) => (fetched.push(n), all.shards[n]!), {}, async () => all.cjk);
    if (part === 'whole') throw new Error(`${text}: read the whole index`);
    return { fetched, answers: exactAnswers(part.index, text).answers.map((a) => `${a.item.vendor}/${a.item.code}`) };
  };

  it('keeps names\' places, not their records, in their key shards; codes keep their records', () => {
    const keyShards = all.shards.slice(0, all.manifest.worded.from);
    expect(keyShards.filter(isNameShard).length).toBeGreaterThan(1);
    expect(keyShards.some((s) => !isNameShard(s))).toBe(true);
    for (const s of keyShards.filter(isNameShard)) for (const [key, ...places] of s.names) expect(places.length, key).toBeGreaterThan(0);
  });

  it('fetches a name\'s record from its record shard, and gives the answer the whole index gives', async () => {
    const { fetched, answers } = await read('BadDeviceToken');
    expect(answers).toEqual(exactAnswers(whole, 'BadDeviceToken').answers.map((a) => `${a.item.vendor}/${a.item.code}`));
    expect(answers).toContain('apns/BadDeviceToken');
    expect(fetched.filter(isRecordShard).length).toBeGreaterThan(0);
  });

  it('fetches no record shard for words whose name shards it reads but that name nothing', async () => {
    // A code, so the box answers from the key shards; words that may start a name (the manifest's nameStarts), so
    // their name shards are read, but name nothing.
    const code = whole.codes.find((item) => /^\d{5}$/.test(item.code))!.code;
    const prose = 'device bad, retry later';
    expect(exactAnswers(whole, prose).answers).toEqual([]);
    const { fetched, answers } = await read(`${prose}: ${code}`);
    expect(answers).toEqual(exactAnswers(whole, `${prose}: ${code}`).answers.map((a) => `${a.item.vendor}/${a.item.code}`));
    expect(answers.length).toBeGreaterThan(0);
    expect(fetched.some((n) => n < all.manifest.worded.from && isNameShard(all.shards[n]))).toBe(true);
    expect(fetched.filter(isRecordShard)).toEqual([]);
  });
});

describe('a paste with a Chinese sentence in it', () => {
  const whole = contentIndex();
  const all = shardAll(whole.vendors, toCompact(whole).codes, 600, gz);
  const shard = async (n: number) => all.shards[n]!;
  const shown = (index: LookupIndex, text: string) => [lookup(index, text, { limit: 12 }).answers.map((a) => `${a.item.vendor}/${a.item.code}`), phraseMatches(index, text).map((item) => `${item.vendor}/${item.code}`)];
  // A log line around each Chinese description of four CJK characters or more: lookup() and phraseMatches compare it
  // with the CJK texts only (cjkSimilar), never by its English words, so it reads none of their postings.
  const pastes = whole.codes.flatMap((item) =>
    item.meaning
      .split(' / ')
      .filter((d) => (d.match(/[\u4e00-\u9fff]/g) ?? []).length >= 4)
      .map((d) => `E/PushService: onFailure code=${item.code} vendor request failed, message: ${d}, please check the parameters`),
  );

  /** The plan for a text, after checking that the search page answers it as the whole index does. */
  const plannedAsWhole = async (text: string): Promise<WordPlan> => {
    const plan = planWords(text, all.manifest.vendors, all.manifest, all.words, { answered: exactAnswers(whole, text).answers.length > 0, pairIndex: all.pairs });
    if (plan === 'whole') throw new Error(`${text}: read whole`);
    const page = await partFor(all.manifest, async () => all.words, text, shard, { phrases: true }, async () => all.cjk);
    if (page === 'whole') throw new Error(`${text}: read the whole index`);
    expect(shown(page.index, text), text).toEqual(shown(whole, text));
    return plan;
  };

  it('reads the postings of its pairs when they weigh less than the CJK texts whole, though they are more files', async () => {
    // A real Chinese sentence (tests/bench/real-pastes.ts): its pairs fill more of the pair index's small shards than
    // there are CJK shards, but weigh less. Counted as files alike, it read every CJK shard.
    const text = '超过撤回有效期,撤回要求在24小时内,超过24小时的推送任务无法撤回。';
    const plan = await plannedAsWhole(text);
    const pairShards = plan.lex.filter((n) => n >= all.pairs!.from);
    expect(pairShards.length).toBeGreaterThan(all.words.cjk.count);
    expect(plan.cjk(plan.lex.flatMap((n) => all.shards[n] as LexEntry[]))).toEqual([]);
    const weight = (shards: number[]) => shards.reduce((sum, n) => sum + gz(JSON.stringify(all.shards[n])), 0);
    const cjkShards = Array.from({ length: all.words.cjk.count }, (_, k) => all.words.cjk.from + k);
    expect(weight(pairShards)).toBeLessThan(weight(cjkShards));
  });

  it('reads no postings of its English words for the phrase matches, and answers as the whole index', async () => {
    expect(pastes.length).toBeGreaterThan(20);
    // The word index's shards it reads hold postings of CJK pairs (`c:` keys), not of its English words.
    for (const text of pastes) for (const n of (await plannedAsWhole(text)).lex) expect((all.shards[n] as LexEntry[]).some((e) => e.k.startsWith('c:')), `${text}: shard ${n}`).toBe(true);
  });

  it('reads no CJK texts for a paste longer than every CJK text, with too few CJK characters to be compared with them', async () => {
    const longest = all.words.cjk.longest!;
    expect(longest).toBeGreaterThan(20);
    // A few CJK characters (an SDK's `appId不合法`) inside a log line: no CJK text holds the whole line folded.
    const lines = whole.codes.slice(0, 60).map((item) => `E/PushService: onFailure code=${item.code}, the request was rejected by the push channel: appId不合法 (see the vendor console)`);
    for (const text of lines) {
      expect(text.length).toBeGreaterThan(longest);
      expect((await plannedAsWhole(text)).cjk([]), text).toEqual([]);
    }
    // No longer than the longest CJK text, but with a longer run of Latin letters than any (a Java enum row, a real
    // paste: tests/bench/real-pastes.ts).
    const row = 'INVALID_APPLICATION_KEY = valueOf(Integer.valueOf(110001), "appKey不合法")';
    expect(foldWording(row).length).toBeLessThanOrEqual(longest);
    expect(REAL_PASTES.some((p) => p.q.startsWith(row))).toBe(true);
    expect((await plannedAsWhole(row)).cjk([])).toEqual([]);
    // As short as a CJK text, so it may be in one: the postings of its CJK pairs say which, not every CJK text.
    const plan = await plannedAsWhole('appId不合法');
    const entries = plan.lex.flatMap((n) => all.shards[n] as LexEntry[]);
    expect(entries.some((e) => e.k === 'c:不合')).toBe(true);
    expect(plan.cjk(entries)).toEqual([]);
    // A text of CJK characters none of them next to another: the pairs of a CJK character and a letter beside it
    // (cjkEdgePairs) say which CJK texts may hold it, not every CJK text.
    const apart = planWords('不a合b法', all.manifest.vendors, all.manifest, all.words, { pairIndex: all.pairs });
    if (apart === 'whole') throw new Error('read whole');
    expect(apart.lex.length).toBeGreaterThan(0);
    expect(apart.cjk(apart.lex.flatMap((n) => all.shards[n] as LexEntry[]))).toEqual([]);
  });
});

describe('CJK matches from the CJK texts alone', () => {
  // More CJK entries hold the words than are shown, most of another vendor: the named vendor's come after the top ten.
  const vendors = [{ slug: 'xiaomi', name: 'Xiaomi', aliases: [] }, { slug: 'huawei', name: 'Huawei', aliases: [] }];
  const items = Array.from({ length: 40 }, (_, i) => ({ v: i < 30 ? 'xiaomi' : 'huawei', c: String(1000 + i), d: `Push failed ${i} / 第${i}次推送失败${'，请重试'.repeat(i % 5)}`, k: 'internal', a: 'retry', r: 1 as const }));
  // Shards of a few records each, so the text's own shards do not hold them all.
  const all = shardAll(vendors, items, 150, gz);
  const index = fromCompact({ vendors, codes: items });

  it.each(['推送失败', 'huawei 推送失败', '第3次推送失败了吗请重试'])('ranks %s as the whole index does, from the top records only', async (text) => {
    const part = await partFor(all.manifest, async () => all.words, text, async (n) => all.shards[n]!, {}, async () => all.cjk);
    if (part === 'whole') throw new Error('read the whole index');
    const shown = (ix: LookupIndex) => [lookup(ix, text, { limit: 12 }).answers.map((a) => a.item.code), phraseMatches(ix, text).map((item) => item.code)];
    expect(shown(part.index)).toEqual(shown(index));
    expect(part.index.codes.length).toBeLessThan(items.length);
  });
});

describe('a common CJK pair left unread', () => {
  // Most entries' Chinese texts hold 推送 (its postings are heavy shards of the pair index); `rare` of them also hold
  // 证书过期. A text with both reads the pairs of 证书过期 first, and 推送 only when those leave too many entries.
  const vendors = [{ slug: 'xiaomi', name: 'Xiaomi', aliases: [] }];
  // A tail of other characters in every text, so reading the CJK texts whole costs more than a few pairs' postings.
  const tail = '设备标识符格式不正确请检查参数配置是否缺少权限签名认证失败';
  const catalogue = (rare: number, rareText = '推送证书过期', length = 600) =>
    Array.from({ length }, (_, i) => ({
      v: 'xiaomi',
      c: String(1000 + i),
      // Irregular places and lengths, so the postings of 推送 do not gzip to nothing.
      d: `Push failed ${i} / ${i < rare ? rareText : `${(i * 7919) % 10 < 7 ? '推送' : '发'}${'失败重试'.slice(0, (i * 7919) % 4)}${i % 3 ? '通道' : '消息'}。${[...tail].filter((_, k) => ((i + 1) * 31 * (k + 7)) % 5 < 2).join('')}`}`,
      k: 'internal',
      a: 'retry',
      r: 1 as const,
    }));
  /**
   * The search page's reading of `text` from the catalogue cut into shards: what it shows and what the whole index
   * shows (the lookup's answers, the phrase matches), the shards it fetched, and the pair index's heavy ones.
   */
  const searchPage = async (items: ReturnType<typeof catalogue>, text: string) => {
    const all = shardAll(vendors, items, 600, gz);
    const heavy = new Set(decodePlaces(all.cjk!.pairs.heavy).map((n) => all.cjk!.pairs.from + n));
    const fetched = new Set<number>();
    const part = await partFor(all.manifest, async () => all.words, text, async (n) => (fetched.add(n), all.shards[n]!), { phrases: true }, async () => all.cjk);
    if (part === 'whole') throw new Error(`${text}: read the whole index`);
    const shown = (ix: LookupIndex) => [lookup(ix, text, { limit: 12 }).answers.map((a) => a.item.code), phraseMatches(ix, text).map((item) => item.code)];
    return { fromShards: shown(part.index), fromWhole: shown(fromCompact({ vendors, codes: items })), fetched, heavy, pairsFrom: all.cjk!.pairs.from };
  };

  it.each([
    ['the other pairs leave few entries (推送 never read)', 3],
    ['they leave many (推送 read too)', 40],
  ])('answers as the whole index does when %s', async (_, rare) => {
    const items = catalogue(rare);
    for (const text of ['推送证书过期', '小米推送证书过期了吗']) {
      const { fromShards, fromWhole, fetched, heavy } = await searchPage(items, text);
      expect(heavy.size).toBeGreaterThan(0);
      expect(fromWhole[1]!.length, text).toBeGreaterThan(0);
      expect(fromShards, text).toEqual(fromWhole);
      const heavyRead = [...fetched].filter((n) => heavy.has(n));
      if (rare < CJK_CANDIDATES) expect(heavyRead, text).toEqual([]);
      // (The sentence of more pairs reads the CJK texts whole instead: its pairs' shards would cost more.)
      else if (text === '推送证书过期') expect(heavyRead.length, text).toBeGreaterThan(0);
    }
  });

  it('reads no common pair on the search page for a CJK text that a record read holds whole (its CJK matches are then the phrase matches)', async () => {
    // Three common pairs (通道, 推送, 消息): a text worded like it would have to share one of them, but the phrase
    // matches of a text some CJK text holds are those texts (phraseMatches), never the ones worded like it.
    const text = '通道推送证书过期消息';
    const { fromShards, fromWhole, fetched, heavy, pairsFrom } = await searchPage(catalogue(3, text, 1200), text);
    expect(fromWhole[1]).toEqual(['1000', '1001', '1002']);
    expect(fromShards).toEqual(fromWhole);
    // The pairs' postings, not every CJK text, and none of the common pairs'.
    expect([...fetched].some((n) => n >= pairsFrom)).toBe(true);
    expect([...fetched].filter((n) => heavy.has(n))).toEqual([]);
  });
});

describe('a common word left unread beside a vendor word', () => {
  // `common` is in every entry but a few (its postings are heavy shards), `alpha` in a few: typed `comm`, the plan
  // reads `alpha` first, and the words `comm` starts only if needed. Only FCM's texts say `huawei alpha`, so the
  // named vendor has no suggestion and lookup() asks without the vendor words.
  const vendors = [{ slug: 'huawei', name: 'Huawei', aliases: [] }, { slug: 'fcm', name: 'FCM', aliases: [] }];
  const catalogue = (alphas: number) =>
    Array.from({ length: 300 }, (_, i) => ({
      v: i < 150 ? 'huawei' : 'fcm',
      c: String(1000 + i),
      // Irregular gaps and lengths, so the postings of `common` do not gzip to nothing.
      d: i >= 150 && i < 150 + alphas ? 'Huawei alpha common relay' : i < 3 ? 'Alpha beta' : (i * 7919) % 10 < 7 ? `Common relay${' failure'.repeat(i % 4)}` : 'Relay',
      k: 'internal',
      a: 'retry',
      r: 1 as const,
    }));
  it.each([
    ['the entries its other words leave are few (all read)', 5],
    ['they are many (the words it starts are then read, and the vendor words)', 30],
  ])('answers as the whole index does when %s', async (_, alphas) => {
    const items = catalogue(alphas);
    const all = shardAll(vendors, items, 600, gz);
    const index = fromCompact({ vendors, codes: items });
    const text = 'huawei alpha comm';
    const plan = planWords(text, vendors, all.manifest, all.words);
    if (plan === 'whole') throw new Error('read whole');
    const heavy = new Set(decodePlaces(all.words.lex.heavy).map((n) => all.words.lex.from + n));
    // The first round reads no heavy shard: the postings of `common` wait.
    expect(heavy.size).toBeGreaterThan(0);
    expect(plan.lex.filter((n) => heavy.has(n))).toEqual([]);
    const part = await partFor(all.manifest, async () => all.words, text, async (n) => all.shards[n]!, {}, async () => all.cjk);
    if (part === 'whole') throw new Error('read the whole index');
    const shown = (ix: LookupIndex) => [lookup(ix, text, { limit: 12 }).answers.map((a) => `${a.item.vendor}/${a.item.code}`), phraseMatches(ix, text).map((item) => item.code)];
    expect(shown(index)[0]!.length).toBeGreaterThan(0);
    expect(shown(part.index)).toEqual(shown(index));
  });
});

describe("a log line's numbers left unread", () => {
  // Many texts with a number (as the generated catalogue has: `synthetic 12345`), so the words that start with a
  // digit fill many shards of the word index; a few texts a log line may quote or reword.
  const vendors = [{ slug: 'fcm', name: 'FCM', aliases: [] }];
  const quoted = ['The push token that was sent has expired and must be refreshed', 'The sender is not allowed to send messages to this device token', 'The message payload is larger than the size the service accepts'];
  const items = [
    ...quoted.map((d, i) => ({ v: 'fcm', c: `Q${i}`, d, k: 'internal', a: 'retry', r: 1 as const })),
    ...Array.from({ length: 400 }, (_, i) => ({ v: 'fcm', c: String(5000 + i), d: `Relay failure ${(i * 7919) % 100000} at stage ${i % 37}`, k: 'internal', a: 'retry', r: 1 as const })),
  ];
  const index = fromCompact({ vendors, codes: items });
  const all = shardAll(vendors, items, 600, gz);
  const heavy = new Set(decodePlaces(all.words.lex.heavy).map((n) => all.words.lex.from + n));
  const numberShards = (text: string) => new Set((text.toLowerCase().match(/[0-9][a-z0-9]*/g) ?? []).map((w) => all.words.lex.from + shardOf(all.words.lex, `w:${w}`)).filter((n) => !heavy.has(n)));
  const shown = (ix: LookupIndex, text: string) => [lookup(ix, text, { limit: 12 }).answers.map((a) => a.item.code), phraseMatches(ix, text).map((item) => item.code)];

  it.each([
    ['quoted', (d: string) => `2020-04-10 22:51:48,802 [13121] W/Push: ${d}`],
    ['reworded', (d: string) => `2020-04-10 22:51:48,802 [13121] W/Push: ${d.split(' ').slice(1).join(' ')}`],
  ])('reads fewer of their shards (none for the sentence, some for the phrase), %s, and answers as the whole index', async (_, line) => {
    for (const d of quoted) {
      const text = line(d);
      const plan = planWords(text, vendors, all.manifest, all.words);
      if (plan === 'whole') throw new Error(`${text}: read whole`);
      const own = numberShards(text);
      expect(own.size, text).toBeGreaterThan(4);
      expect(plan.lex.filter((n) => own.has(n)).length, text).toBeLessThan(own.size);
      const part = await partFor(all.manifest, async () => all.words, text, async (n) => all.shards[n]!, { phrases: true }, async () => all.cjk);
      if (part === 'whole') throw new Error(`${text}: read the whole index`);
      expect(shown(index, text)[1]!.length, text).toBeGreaterThan(0);
      expect(shown(part.index, text), text).toEqual(shown(index, text));
    }
  });
});

describe('which entries may read like a sentence, from the postings alone', () => {
  // Six words asked: a text must share three (similarNeed) and score 2s / (6 + t) ≥ 0.6 (wordSimilar), so a text that
  // shares three may have four distinct words at most.
  const vendors = [{ slug: 'fcm', name: 'FCM', aliases: [] }];
  const asked = 'alpha beta gamma delta epsilon zeta';
  const described: [string, string, string[]?][] = [
    ['1', 'Alpha beta gamma'], // 6 / 9: like it
    ['2', 'Alpha beta gamma eta'], // 6 / 10 = 0.6 exactly: like it
    ['3', 'Alpha beta gamma eta theta'], // 6 / 11: not, and every text that holds the words is as long
    ['4', 'Alpha beta gamma eta theta iota kappa', ['Beta gamma alpha']], // a message of three words: like it
    ['5', 'Alpha beta gamma eta theta', ['阿尔法 beta']], // a CJK text is no English text: as 3
    ['6', 'Alpha and more words than any sentence here has, beta gamma'], // shares three in a text of eleven words
  ];
  const items = described.map(([c, d, m]) => ({ v: 'fcm', c, d, k: 'internal', a: 'retry', r: 1 as const, ...(m ? { m } : {}) }));
  const index = fromCompact({ vendors, codes: items });
  const byKey = byKeyOf([...lexEntries(index).values()].flat());
  const words = asked.split(' ');

  it('keeps the entries a text of which may score the overlap (exactly it too), and no other', () => {
    const like = wordSimilarCodes(index, asked);
    expect(like).toEqual(['1', '4', '2']);
    const left = similarCandidates(byKey, words);
    if (left === 'whole') throw new Error('whole');
    expect(left.map((p) => index.codes[p]!.code).sort()).toEqual(['1', '2', '4']);
  });

  it('counts an unread word as shared by every entry, so it keeps a superset', () => {
    const left = similarCandidates(byKey, words, ['alpha']);
    if (left === 'whole') throw new Error('whole');
    // Without `alpha` read, each entry shares two read words; with `alpha` it may share three: the same bound.
    expect(left.map((p) => index.codes[p]!.code).sort()).toEqual(['1', '2', '4']);
    expect(similarCandidates(byKey, words, ['alpha', 'beta', 'gamma'])).toBe('whole');
  });

  it('answers the sentence as the whole index does, reading only those entries', async () => {
    const all = shardAll(vendors, items, 600, gz);
    const part = await partFor(all.manifest, async () => all.words, asked, async (n) => all.shards[n]!, {}, async () => all.cjk);
    if (part === 'whole') throw new Error('read the whole index');
    expect(phraseMatches(part.index, asked).map((item) => item.code)).toEqual(['1', '4', '2']);
    expect(lookup(part.index, asked).answers.map((a) => a.item.code)).toEqual(lookup(index, asked).answers.map((a) => a.item.code));
  });
});

/** The codes wordSimilar finds for a text (through phraseMatches: no text holds it word for word). */
function wordSimilarCodes(index: LookupIndex, text: string): string[] {
  return phraseMatches(index, text).map((item) => item.code);
}

describe('a Chinese sentence of common pairs', () => {
  // The benchmark's generated Chinese (tests/helpers/synthetic-entries.ts): texts of 3 to 24 words of two or three
  // characters from 41, so a pair inside a word is in about a third of the texts, a pair across two words in few.
  const vendors = [{ slug: 'meizu', name: 'Meizu', aliases: [] }];
  const items = Array.from({ length: 2000 }, (_, i) => ({ v: 'meizu', c: String(110000 + i), d: `Push failed ${i}${syntheticCjkText(i) ? ` / ${syntheticCjkText(i)}` : ''}`, k: 'internal', a: 'retry', r: 1 as const }));
  const sentence = '超过该应用每天推送次数限制';
  items[0]!.d = `Daily push limit / ${sentence}`;
  const index = fromCompact({ vendors, codes: items });
  const all = shardAll(vendors, items, 600, gz);
  const pairs = all.cjk!.pairs;
  const row = `APP_REQUEST_PUSH_LIMIT = valueOf(Integer.valueOf(110000), "${sentence}")`;

  it('cuts a common pair\'s postings into parts, fewest pairs first, and a range of parts holds every entry with texts of at most so many pairs', () => {
    const postingsOf = (pair: string, most: number) => {
      const [lo, hi] = pairPartsUpTo(pair, most);
      const shards = Array.from({ length: shardOf(pairs, hi) - shardOf(pairs, lo) + 1 }, (_, k) => all.shards[pairs.from + shardOf(pairs, lo) + k] as LexEntry[]);
      return { shards: shards.length, places: new Map(shards.flat().filter((e) => e.k === cjkPairKey(pair)).flatMap((e) => [...decodeGroups(e.p)])) };
    };
    const everyPart = postingsOf('推送', Infinity);
    expect(everyPart.shards).toBeGreaterThan(2);
    const fewest = [...everyPart.places.values()].map((rank) => pairFewestOf(rank, pairs.lengths));
    expect(fewest).toEqual([...fewest].sort((a, b) => a - b));
    for (const most of [6, 10, 14]) {
      const some = postingsOf('推送', most);
      expect(some.shards).toBeLessThan(everyPart.shards);
      const wanted = [...everyPart.places].filter(([, rank]) => pairFewestOf(rank, pairs.lengths) <= most).map(([p]) => p);
      expect(wanted.length).toBeGreaterThan(0);
      for (const p of wanted) expect(some.places.has(p), `place ${p}, at most ${most} pairs`).toBe(true);
    }
    // The first part is small: a sentence reads it alone for the shortest texts.
    expect(gz(JSON.stringify(all.shards[pairs.from + shardOf(pairs, cjkPairKey('推送'))]))).toBeLessThanOrEqual(600 * PAIR_KEY_SHARE);
    // Ranked by the fewest pairs, then by length, on the scale of the longest CJK text.
    expect(pairs.lengths).toBe(Math.max(...items.flatMap((item) => item.d.split(' / ').slice(1)).map((t) => foldWording(t).length)) + 1);
    expect(pairRank(3, pairs.lengths - 1, pairs.lengths)).toBeLessThan(pairRank(4, 2, pairs.lengths));
    expect([pairFewestOf(pairRank(7, 40, 60), 60), pairLengthOf(pairRank(7, 40, 60), 60)]).toEqual([7, 40]);
  });

  it('needs the common pairs read only for texts of at most so many pairs that a longer one must share a rarer pair', () => {
    // Twelve pairs, six of them common (unread: 0, or read up to a length): a text must share a third of them, and a
    // text of t pairs (t + 12) / 4. Leaving three unread keeps that; four do not. Read up to 12 pairs, the six may be
    // all a longer text does not show: it must share seven.
    const limits = (common: number, most: number) => [...Array(6).fill(Infinity), ...Array(common).fill(most), ...Array(6 - common).fill(Infinity)];
    expect(alikeComplete(limits(3, 0), 0.5)).toBe(true);
    expect(alikeComplete(limits(4, 0), 0.5)).toBe(false);
    expect(alikeComplete(limits(6, 11), 0.5)).toBe(false);
    expect(alikeComplete(limits(6, 12), 0.5)).toBe(true);
  });

  it('reads the first parts of its common pairs on the search page, and shows what the whole index shows', async () => {
    const fetched = new Set<number>();
    const part = await partFor(all.manifest, async () => all.words, row, async (n) => (fetched.add(n), all.shards[n]!), { phrases: true }, async () => all.cjk);
    if (part === 'whole') throw new Error('read the whole index');
    const shown = (ix: LookupIndex) => [lookup(ix, row, { limit: 12 }).answers.map((a) => a.item.code), phraseMatches(ix, row).map((item) => item.code)];
    expect(shown(index)[1]![0]).toBe('110000');
    expect(shown(part.index)).toEqual(shown(index));
    // Of each common pair of the sentence, its first parts and not the last: a text of many pairs that shares none of
    // the rarer ones cannot read like it.
    for (const pair of ['推送', '应用', '限制', '次数', '超过', '每天']) {
      const [lo, hi] = pairPartsUpTo(pair, Infinity);
      const own = Array.from({ length: shardOf(pairs, hi) - shardOf(pairs, lo) + 1 }, (_, k) => pairs.from + shardOf(pairs, lo) + k);
      expect(own.length, pair).toBeGreaterThan(2);
      expect(fetched.has(own[0]!), pair).toBe(true);
      expect(fetched.has(own.at(-1)!), pair).toBe(false);
    }
    // The entries left are few: their records are read, not every CJK text.
    const cjkShards = Array.from({ length: all.words.cjk.count }, (_, k) => all.words.cjk.from + k);
    expect(cjkShards.filter((n) => fetched.has(n))).toEqual([]);
  });

  it('reads its common pairs further when the parts read leave too many entries, and still shows what the whole index shows', async () => {
    // Twelve words only: many texts share enough pairs with the sentence to read like it.
    const few = ['推送', '应用', '限制', '次数', '超过', '每天', '请求', '频率', '消息', '通道', '证书', '设备'];
    const alike = Array.from({ length: 1200 }, (_, i) => ({
      ...items[0]!,
      c: String(120000 + i),
      d: `Push failed ${i} / ${Array.from({ length: 2 + ((i * 7919) % 13) }, (_, k) => few[(Math.imul(i * 64 + k, 2654435761) >>> 16) % few.length]!).join('')}。`,
    }));
    alike[0]!.d = `Daily push limit / ${sentence}`;
    const text = row.replace('110000', '120000');
    const cut = shardAll(vendors, alike, 600, gz);
    const fetched: number[] = [];
    const part = await partFor(cut.manifest, async () => cut.words, text, async (n) => (fetched.push(n), cut.shards[n]!), { phrases: true }, async () => cut.cjk);
    if (part === 'whole') throw new Error('read the whole index');
    const whole = fromCompact({ vendors, codes: alike });
    expect(phraseMatches(whole, text).length).toBe(10);
    expect(phraseMatches(part.index, text)).toEqual(phraseMatches(whole, text));
    // The first part of 推送, then the rest of its parts, fetched later.
    const [lo, hi] = pairPartsUpTo('推送', Infinity);
    const own = Array.from({ length: shardOf(cut.cjk!.pairs, hi) - shardOf(cut.cjk!.pairs, lo) + 1 }, (_, k) => cut.cjk!.pairs.from + shardOf(cut.cjk!.pairs, lo) + k);
    expect(fetched.indexOf(own[0]!)).toBeGreaterThanOrEqual(0);
    expect(fetched.indexOf(own.at(-1)!)).toBeGreaterThan(fetched.indexOf(own[0]!));
  });
});
