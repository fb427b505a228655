/**
 * The lookup engine: what a query or a pasted ticket names, answered from the
 * compact index (src/pages/api/lookup.json.ts) without a server. Pure: no DOM,
 * runs in the browser (header box, search page, 404 page) and in unit tests.
 *
 * A query is read in one of two ways:
 * - typed: a code (`90001`, `-1`), an error name in any case or spacing
 *   (`bad device token`), an HTTP status of FCM/APNs (`410`), with vendor
 *   words (`huawei 80300007`) that put that vendor first;
 * - pasted: a log line or a response body. Every code in it is found; keys
 *   around it (`ErrorCode`, `reason`, `status`, `msg`) and vendor words guess
 *   the vendor; timestamps, counts and ids are left out.
 * The text read is capped (MAX_SCAN_CHARS, MAX_TOKENS) so a huge paste stays cheap.
 */
import { nameWords } from './name-words.ts';

/** One code in the compact lookup index. Short keys keep the file small. */
export interface LookupItem {
  /** Vendor slug. */
  v: string;
  /** Code as the vendor returns it. */
  c: string;
  /** Symbolic name, when it differs from the code. */
  n?: string;
  /** HTTP status, where the vendor reports one. */
  h?: number;
  /** One-line meaning. */
  d: string;
  /** Category (schema `category`). */
  k: string;
  /** Action (schema `action`). */
  a: string;
  /** Retryable (schema `retryable`): 1 or 0. */
  r: 0 | 1;
}

export interface LookupIndex {
  vendors: { slug: string; name: string; aliases: string[] }[];
  codes: LookupItem[];
}

/** Why an answer matched. `code`, `name` and `http` are exact; `prefix` and `words` are suggestions while typing. */
export type Via = 'code' | 'name' | 'http' | 'prefix' | 'words';

export interface Answer {
  item: LookupItem;
  via: Via;
  /** The text of the query that named it, as written (`ErrorCode":90018` → `90018`). */
  match: string;
  /** The vendor was guessed from the words or keys around the code (or named in the query). */
  likely: boolean;
}

export interface LookupResult {
  answers: Answer[];
  /** Vendors the query names by word (`hms` → huawei), in the order they appear. */
  vendors: string[];
  /** The query is nothing but vendor words ("huawei", "flyme push"). */
  vendorsOnly: boolean;
  /** The query was longer than what is read (MAX_SCAN_CHARS or MAX_TOKENS). */
  truncated: boolean;
  /** The query reads as pasted text (a log line or a body with keys), not as typed words. */
  pasted: boolean;
}

export interface LookupOptions {
  /** Only answers of this vendor. */
  vendor?: string;
  /** Include `prefix` and `words` suggestions when nothing matches exactly (default true). */
  suggest?: boolean;
  /** At most this many answers (default 50). */
  limit?: number;
}

/** Characters of a paste that are read; a log line or a response body fits many times over. */
export const MAX_SCAN_CHARS = 20_000;
/** Tokens of a paste that are looked at. */
export const MAX_TOKENS = 4_000;
/** Distinct codes explained from one paste. */
const MAX_CODES = 20;
/** Words joined to match a spaced error name ("bad device token"). */
const MAX_NAME_WORDS = 5;

/** Folds an error name for comparison: case, spaces, underscores and hyphens between words do not matter. */
export function foldName(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Keys whose value is an error code or reason. */
const CODE_KEYS = new Set(['code', 'errorcode', 'errcode', 'errno', 'error', 'err', 'result', 'ret', 'retcode', 'rescode', 'resultcode', 'reason', 'status', 'statuscode', 'failed', 'failure', 'fail', 'errors']);
/** Keys whose value is an HTTP status. */
const HTTP_KEYS = new Set(['http', 'httpstatus', 'httpcode', 'statuscode', 'status', ':status', 'responsecode']);
/** Keys whose number is not a code: times, counts, sizes, ids. */
const NOT_CODE_KEY = /(time|timestamp|^ts$|date|at$|ttl|expire|expiry|count|total|num|size|length|len|id$|ids$|seq|port|duration|latency|elapsed|ms$|version|attempt|retry|offset|limit|qps|rate|sent|success|badge|priority|index|page)/;

/**
 * Keys (case-sensitive, as vendors spell them) that say which vendor wrote a
 * body, with a weight. A key only reorders vendors that have the code found.
 */
const KEY_VENDORS: [RegExp, string, number][] = [
  [/["']?\b(ErrorCode|ErrorInfo|ActionStatus)\b["']?\s*[:=]/, 'server', 4],
  [/["']?\b(msg|requestId)\b["']?\s*[:=]/, 'huawei', 2],
  [/["']?\bmessage\b["']?\s*:\s*["']?[^"']*["']?\s*,\s*["']?requestId/, 'honor', 1],
  [/["']?\bdesc\b["']?\s*[:=]/, 'vivo', 2],
  [/["']?\b(trace_id|description)\b["']?\s*[:=]/, 'xiaomi', 2],
  [/["']?\b(redirect)\b["']?\s*[:=]/, 'meizu', 2],
  [/["']?\b(auth_token|messageId)\b["']?\s*[:=]/, 'oppo', 1],
  [/["']?\breason\b["']?\s*[:=]\s*["'][A-Z][a-z]/, 'apns', 3],
  [/\bapns-(id|topic|push-type|expiration)\b/i, 'apns', 3],
  [/\b(googleapis|FcmError|firebase|projects\/[\w-]+\/messages)\b/, 'fcm', 3],
  [/["']?\bstatus\b["']?\s*:\s*["'][A-Z_]{4,}["']/, 'fcm', 2],
];

interface Compiled {
  byCode: Map<string, LookupItem[]>;
  byName: Map<string, LookupItem[]>;
  byHttp: Map<number, LookupItem[]>;
  /** Vendor words and phrases (lowercase, single-spaced) → slug. */
  vendorWords: Map<string, string>;
  /** Longest vendor phrase, in words. */
  vendorPhraseWords: number;
  vendorOrder: Map<string, number>;
  /** Lowercase words of each item's meaning and name, for `words` suggestions. */
  words: Map<LookupItem, string[]>;
  /** Each item's meaning as phraseText(), for phrase matches. */
  phrases: Map<LookupItem, string>;
  /** Each item's code and name folded (foldName), for prefix suggestions. */
  folded: Map<LookupItem, string[]>;
  /** Every single word of every vendor phrase. */
  vendorWordSet: Set<string>;
}

const compiled = new WeakMap<LookupIndex, Compiled>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function textWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

function compile(index: LookupIndex): Compiled {
  let c = compiled.get(index);
  if (c) return c;
  const byCode = new Map<string, LookupItem[]>();
  const byName = new Map<string, LookupItem[]>();
  const byHttp = new Map<number, LookupItem[]>();
  const words = new Map<LookupItem, string[]>();
  const phrases = new Map<LookupItem, string>();
  const folded = new Map<LookupItem, string[]>();
  for (const item of index.codes) {
    phrases.set(item, phraseText(item.d));
    folded.set(item, [item.c, item.n].filter((x): x is string => !!x).map(foldName));
    push(byCode, item.c.toLowerCase(), item);
    for (const name of new Set([item.n, /[A-Za-z]/.test(item.c) ? item.c : undefined])) if (name) push(byName, foldName(name), item);
    if (item.h !== undefined && /[A-Za-z]/.test(item.c)) push(byHttp, item.h, item);
    words.set(item, [...textWords(`${item.n ?? ''} ${item.d}`), ...(item.n ? nameWords(item.n) : [])]);
  }
  const vendorWords = new Map<string, string>();
  let vendorPhraseWords = 1;
  for (const v of index.vendors) {
    for (const word of [v.slug, v.name, ...v.aliases]) {
      const phrase = textWords(word).join(' ');
      if (!phrase) continue;
      // A vendor's own name wins over another vendor's alias ("ios sdk" is the client's, "ios" APNs').
      if (!vendorWords.has(phrase) || word === v.slug) vendorWords.set(phrase, v.slug);
      vendorPhraseWords = Math.max(vendorPhraseWords, phrase.split(' ').length);
    }
  }
  c = {
    byCode,
    byName,
    byHttp,
    vendorWords,
    vendorPhraseWords,
    vendorOrder: new Map(index.vendors.map((v, i) => [v.slug, i])),
    words,
    phrases,
    folded,
    vendorWordSet: new Set([...vendorWords.keys()].flatMap((p) => p.split(' '))),
  };
  compiled.set(index, c);
  return c;
}

interface Token {
  text: string;
  start: number;
  end: number;
  numeric: boolean;
}

/**
 * Spans that hold numbers but never a code: URLs, dates, times, IP addresses,
 * decimals, hex ids and UUIDs. Blanked (same length) before tokens are read.
 */
const NOISE = /https?:\/\/\S+|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?|\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?|\b\d+(?:\.\d+){1,}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{12,}\b/gi;

const TOKEN = /(?<![\w.-])-?\d+(?![\w.])|[A-Za-z][A-Za-z0-9_]*/g;

/** The first MAX_TOKENS tokens of a text, and whether there were more. */
function tokenize(text: string): { tokens: Token[]; cut: boolean } {
  const clean = text.replace(NOISE, (m) => ' '.repeat(m.length));
  const tokens: Token[] = [];
  for (const m of clean.matchAll(TOKEN)) {
    if (tokens.length >= MAX_TOKENS) return { tokens, cut: true };
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, numeric: /^-?\d/.test(m[0]) });
  }
  return { tokens, cut: false };
}

/** What a person is told when a paste was longer than what is read. */
export const TRUNCATED_NOTE = `Only the first ${MAX_SCAN_CHARS.toLocaleString('en')} characters or ${MAX_TOKENS.toLocaleString('en')} words of the text were read.`;

/** The key or word right before a value: `"ErrorCode":` → "errorcode", `code=` → "code", `HTTP/2 ` → "http". */
function keyBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 48), start);
  if (/\bhttp(?:\/[\d.]+)?\s*$/i.test(before)) return 'http';
  const m = /([A-Za-z_:][\w.-]*)\s*["']?\s*[:=]?\s*["'{[]?\s*$/.exec(before);
  if (!m) return '';
  return m[1]!.toLowerCase().replace(/^.*\./, '').replace(/[^a-z:]/g, '');
}

type Context = 'code' | 'http' | 'noise' | 'plain';

function contextOf(key: string): Context {
  if (!key) return 'plain';
  if (CODE_KEYS.has(key)) return HTTP_KEYS.has(key) && key !== 'status' ? 'http' : 'code';
  if (HTTP_KEYS.has(key)) return 'http';
  if (NOT_CODE_KEY.test(key)) return 'noise';
  return 'plain';
}

interface Candidate {
  item: LookupItem;
  via: Via;
  match: string;
  /** How sure we are the text names a code here. */
  strength: number;
  /** Position of the first mention, for reading order. */
  position: number;
  /** How much the words and keys around it point to this item's vendor. */
  vendorScore: number;
}

/** Vendor words in the text, with the position of each mention. */
function findVendors(c: Compiled, tokens: Token[]): { slug: string; position: number; words: number }[] {
  const found: { slug: string; position: number; words: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.numeric) continue;
    for (let n = Math.min(c.vendorPhraseWords, tokens.length - i); n >= 1; n--) {
      const phrase = tokens
        .slice(i, i + n)
        .map((t) => t.text.toLowerCase())
        .join(' ');
      const slug = c.vendorWords.get(phrase);
      if (slug) {
        found.push({ slug, position: tokens[i]!.start, words: n });
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

/** Everything the query names. Answers come best first; see the module comment. */
export function lookup(index: LookupIndex, query: string, options: LookupOptions = {}): LookupResult {
  const { vendor, suggest = true, limit = 50 } = options;
  const text = query.length > MAX_SCAN_CHARS ? query.slice(0, MAX_SCAN_CHARS) : query;
  const trimmed = text.trim();
  if (!trimmed) return { answers: [], vendors: [], vendorsOnly: false, truncated: false, pasted: false };
  const c = compile(index);
  const { tokens, cut } = tokenize(text);
  const truncated = query.length > MAX_SCAN_CHARS || cut;
  const vendorMentions = findVendors(c, tokens);
  const named = [...new Set(vendorMentions.map((m) => m.slug))];
  // A typed query is a few words; anything longer is a paste and is read with suspicion.
  const typed = tokens.length <= 4 && trimmed.length <= 60 && !/[{}"=:]/.test(trimmed);

  const keyScores = new Map<string, number>();
  if (!typed) for (const [pattern, slug, weight] of KEY_VENDORS) if (pattern.test(text)) keyScores.set(slug, (keyScores.get(slug) ?? 0) + weight);

  const candidates = new Map<LookupItem, Candidate>();
  const add = (item: LookupItem, via: Via, match: string, strength: number, position: number, keyVendor?: string) => {
    if (vendor && item.v !== vendor) return;
    let vendorScore = keyScores.get(item.v) ?? 0;
    if (keyVendor === item.v) vendorScore += 4;
    // A vendor word counts more the closer it stands to the code.
    for (const m of vendorMentions) if (m.slug === item.v) vendorScore += typed ? 10 : Math.max(3, 8 - Math.abs(m.position - position) / 40);
    const old = candidates.get(item);
    if (!old || strength > old.strength) candidates.set(item, { item, via, match, strength, position: old ? Math.min(old.position, position) : position, vendorScore: Math.max(vendorScore, old?.vendorScore ?? 0) });
  };

  // The whole query as one name: "bad device token", "Quota exceeded".
  const whole = foldName(trimmed);
  if (typed && /[a-z]/.test(whole)) for (const item of c.byName.get(whole) ?? []) add(item, 'name', trimmed, item.c === trimmed || item.n === trimmed ? 10.5 : 10, 0);

  let distinct = 0;
  const seenTokens = new Set<string>();
  for (let i = 0; i < tokens.length && distinct < MAX_CODES; i++) {
    const token = tokens[i]!;
    const key = keyBefore(text, token.start);
    const context = contextOf(key);
    if (token.numeric) {
      if (context === 'noise' && !typed) continue;
      const digits = token.text.replace('-', '').length;
      // In a paste, a bare number is a code only if it is long enough not to be a count.
      if (!typed && context === 'plain' && (digits < 3 || digits > 10)) continue;
      const strength = typed ? 8 : context === 'code' ? 6 : context === 'http' ? 5 : 2;
      const before = candidates.size;
      const byCode = c.byCode.get(token.text) ?? [];
      for (const item of byCode) add(item, 'code', token.text, strength, token.start, key === 'errorcode' && /ErrorCode/.test(text.slice(Math.max(0, token.start - 14), token.start)) ? 'server' : undefined);
      // An HTTP status names FCM and APNs errors: when typed alone, or written as an HTTP status.
      if (typed || context === 'http') for (const item of c.byHttp.get(Number(token.text)) ?? []) add(item, 'http', token.text, strength - 3, token.start);
      if (candidates.size > before && !seenTokens.has(token.text)) {
        seenTokens.add(token.text);
        distinct++;
      }
      continue;
    }
    // Names: one token ("UNREGISTERED", "BadDeviceToken") or a few words ("Bad Device Token").
    for (let n = Math.min(MAX_NAME_WORDS, tokens.length - i); n >= 1; n--) {
      const span = tokens.slice(i, i + n);
      if (span.some((t) => t.numeric)) continue;
      if (n > 1 && !/^[\s_-]+$/.test(text.slice(span[0]!.end, span[1]!.start))) continue;
      let joined = true;
      for (let j = 1; j < n; j++) if (!/^[\s_-]{1,2}$/.test(text.slice(span[j - 1]!.end, span[j]!.start))) joined = false;
      if (!joined) continue;
      const written = text.slice(span[0]!.start, span[n - 1]!.end);
      let items = c.byName.get(foldName(written));
      if (!items) continue;
      // In a paste the case is as the vendor wrote it: "Unregistered" is APNs', "UNREGISTERED" FCM's.
      const exactCase = items.filter((item) => item.c === written || item.n === written);
      if (!typed && exactCase.length) items = exactCase;
      // A plain word in a paste ("internal", "forbidden") names a code only when written as the vendor writes it or under a code key.
      if (!typed && n === 1 && context !== 'code' && !items.some((item) => item.c === written || item.n === written)) continue;
      const strength = typed ? 9 : context === 'code' ? 6 : n > 1 || /[A-Z].*[A-Z]|_/.test(written) ? 4 : 2;
      // Written exactly as a vendor writes it: that vendor's name first ("Unregistered" APNs, "UNREGISTERED" FCM).
      const caseBonus = (item: LookupItem) => (item.c === written || item.n === written ? 0.5 : 0);
      const keyVendor = key === 'reason' ? 'apns' : key === 'status' || key === 'errorcode' ? 'fcm' : undefined;
      for (const item of items) add(item, 'name', written, strength + caseBonus(item), token.start, keyVendor);
      if (!seenTokens.has(foldName(written))) {
        seenTokens.add(foldName(written));
        distinct++;
      }
      i += n - 1;
      break;
    }
  }

  // Group by what was written, strongest mentions first, then in reading order;
  // within a group the likeliest vendor first, then the catalogue's vendor order.
  const groups = new Map<string, Candidate[]>();
  for (const cand of candidates.values()) push(groups, `${cand.via === 'http' ? 'h' : 'c'}:${/^-?\d+$/.test(cand.match) ? cand.match : foldName(cand.match)}`, cand);
  const order = [...groups.values()].map((list) => {
    list.sort((a, b) => b.vendorScore - a.vendorScore || b.strength - a.strength || c.vendorOrder.get(a.item.v)! - c.vendorOrder.get(b.item.v)!);
    return list;
  });
  // A typed vendor word lifts its vendor's match above other readings ("fcm 404": FCM's 404 before Honor's code 404).
  const groupStrength = (list: Candidate[]) => Math.max(...list.map((x) => x.strength + Math.min(x.vendorScore, 10) / 2));
  // In a paste, mentions of one strength keep their reading order; the fractions only break ties when typed.
  // In a paste, a vendor recognised from keys or words is worth a tier; a number that
  // belongs to none of the vendors the body looks like (FCM's `"code": 404`) goes last.
  const recognised = keyScores.size > 0 || vendorMentions.length > 0;
  const tier = (list: Candidate[]) => {
    if (typed) return groupStrength(list);
    const supported = list.some((x) => x.vendorScore > 0);
    if (recognised && !supported && list[0]!.via === 'code') return 1;
    return Math.floor(Math.max(...list.map((x) => x.strength)) + (supported ? 1 : 0));
  };
  order.sort((a, b) => tier(b) - tier(a) || a[0]!.position - b[0]!.position);
  const answers: Answer[] = [];
  for (const list of order) {
    const top = list[0]!.vendorScore;
    for (const cand of list) answers.push({ item: cand.item, via: cand.via, match: cand.match, likely: top > 0 && cand.vendorScore === top });
  }

  // Suggestions for what was typed, not for a paste: a short text with no keys.
  if (!answers.length && suggest && trimmed.length <= 120 && !/[{}"=:]/.test(trimmed)) {
    // Vendor words narrow the suggestions; if nothing is left, they were part of the words ("server busy").
    let found = named.length ? suggestions(index, c, trimmed, named, vendor) : [];
    if (!found.length) found = suggestions(index, c, trimmed, [], vendor);
    answers.push(...found);
  }
  if (named.length) {
    // Named vendors first, the rest keep their order (a person may name the wrong vendor).
    const rank = (a: Answer) => (named.includes(a.item.v) ? named.indexOf(a.item.v) : named.length);
    const stable = answers.map((a, i) => [a, i] as const);
    // Only within one written match: a paste's reading order stays.
    stable.sort(([a, i], [b, j]) => (a.match === b.match ? rank(a) - rank(b) || i - j : i - j));
    answers.splice(0, answers.length, ...stable.map(([a]) => a));
  }
  const vendorsOnly = named.length > 0 && vendorMentions.reduce((n, m) => n + m.words, 0) === tokens.length;
  return { answers: answers.slice(0, limit), vendors: named, vendorsOnly, truncated, pasted: !typed };
}

/** While typing: codes that start with what was typed, or whose meaning has every word typed. */
function suggestions(index: LookupIndex, c: Compiled, query: string, named: string[], vendor?: string): Answer[] {
  const queryWords = textWords(query).filter((w) => !c.vendorWordSet.has(w) || !named.length);
  if (!queryWords.length) return [];
  const allowed = (item: LookupItem) => (!vendor || item.v === vendor) && (!named.length || named.includes(item.v));
  const out: Answer[] = [];
  const single = query.trim();
  if (queryWords.length === 1 && /^-?\w{2,}$/.test(single.split(/\s+/).pop()!)) {
    const prefix = foldName(single.split(/\s+/).pop()!);
    if (prefix.length >= 2) {
      for (const item of index.codes) {
        if (!allowed(item)) continue;
        if (c.folded.get(item)!.some((n) => n.startsWith(prefix) && n !== prefix)) out.push({ item, via: 'prefix', match: single, likely: false });
        if (out.length >= 8) return out;
      }
      if (out.length) return out;
    }
  }
  // Meanings with the words in order come first, shortest first; then meanings with every word.
  const phrased = phraseMatches(index, query, 8).filter(allowed);
  const scored: [Answer, number][] = [];
  for (const item of index.codes) {
    if (!allowed(item) || phrased.includes(item)) continue;
    const words = c.words.get(item)!;
    let score = 0;
    let all = true;
    for (const q of queryWords) {
      if (words.includes(q)) score += 2;
      else if (q.length >= 3 && words.some((w) => w.startsWith(q))) score += 1;
      else {
        all = false;
        break;
      }
    }
    if (all) scored.push([{ item, via: 'words', match: query, likely: false }, score - words.length / 100]);
  }
  scored.sort((a, b) => b[1] - a[1]);
  return [...phrased.map((item): Answer => ({ item, via: 'words', match: query, likely: false })), ...scored.map(([a]) => a)].slice(0, 8);
}

/** Exact answers only (codes, names, HTTP statuses, pasted text), for the search page. */
export function exactAnswers(index: LookupIndex, query: string, vendor?: string): LookupResult {
  return lookup(index, query, { vendor, suggest: false });
}

/** Lowercase words joined by single spaces, for phrase comparison. */
function phraseText(text: string): string {
  return ` ${textWords(text).join(' ')} `;
}

/**
 * Codes whose meaning contains the query as a phrase, word for word
 * ("traffic control", "push token is empty"), the shortest meaning first:
 * a meaning that says exactly the phrase is the likeliest answer. Full-text
 * search scores words one by one and is swayed by the rest of each page; the
 * search page puts these right after the exact answers (see the README's
 * "Search quality" for the measurements).
 */
export function phraseMatches(index: LookupIndex, query: string, limit = 10): LookupItem[] {
  const phrase = phraseText(query.slice(0, 200));
  if (phrase.trim().length < 3 || !/[a-z]/.test(phrase) || phrase.length > 120) return [];
  const { phrases } = compile(index);
  const found: LookupItem[] = [];
  for (const item of index.codes) if (phrases.get(item)!.includes(phrase)) found.push(item);
  return found.sort((a, b) => a.d.length - b.d.length).slice(0, limit);
}
