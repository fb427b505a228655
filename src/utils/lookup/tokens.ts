/**
 * Reading a text into tokens (numbers and words) and the key written before
 * each value (`"ErrorCode": 90018` → errorcode), which says whether the value
 * is a code, an HTTP status or noise (a time, a count, an id).
 */
import { LIMITS } from './weights.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  numeric: boolean;
}

/** Keys whose value is an error code or reason. */
const CODE_KEYS = new Set(['code', 'errorcode', 'errcode', 'errno', 'error', 'err', 'result', 'ret', 'retcode', 'rescode', 'resultcode', 'reason', 'status', 'statuscode', 'failed', 'failure', 'fail', 'errors']);
/** Keys whose value is an HTTP status. */
const HTTP_KEYS = new Set(['http', 'httpstatus', 'httpcode', 'statuscode', 'status', ':status', 'responsecode']);
/**
 * Key names whose number is not a code: times, counts, sizes, ids. Compared
 * with whole words of the key (`retry_count`, `requestId` → request, id), never
 * with parts of words (`support`, `android`, `chat` are not `port`, `id`, `at`);
 * common keys written as one lowercase word are listed whole.
 */
const NOT_CODE_WORDS = new Set([
  ...['time', 'times', 'timestamp', 'ts', 'date', 'at', 'ttl', 'expire', 'expires', 'expiry', 'count', 'total', 'num', 'size', 'length', 'len', 'id', 'ids'],
  ...['seq', 'port', 'duration', 'latency', 'elapsed', 'ms', 'version', 'attempt', 'attempts', 'retry', 'retries', 'offset', 'limit', 'qps', 'rate'],
  ...['sent', 'success', 'badge', 'priority', 'index', 'page', 'pid', 'uid', 'tid'],
  ...['requestid', 'msgid', 'messageid', 'taskid', 'traceid', 'userid', 'regid', 'appid', 'deviceid', 'sessionid', 'retrycount', 'sendtime', 'expiretime', 'createtime'],
]);

/**
 * Spans that hold numbers but never a code: URLs, dates, times, IP addresses,
 * decimals, hex ids and UUIDs. Blanked (same length) before tokens are read.
 */
const NOISE = /https?:\/\/\S+|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?|\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?|\b\d+(?:\.\d+){1,}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{12,}\b/gi;

/** A number (not inside a word or a dotted number; a full stop after it ends a sentence) or a word. */
const TOKEN = /(?<![\w.-])-?\d+(?!\w|\.\w)|[A-Za-z][A-Za-z0-9_]*/g;

/** The first LIMITS.tokens tokens of a text, and whether there were more. */
export function tokenize(text: string): { tokens: Token[]; cut: boolean } {
  const clean = text.replace(NOISE, (m) => ' '.repeat(m.length));
  const tokens: Token[] = [];
  for (const m of clean.matchAll(TOKEN)) {
    if (tokens.length >= LIMITS.tokens) return { tokens, cut: true };
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, numeric: /^-?\d/.test(m[0]) });
  }
  return { tokens, cut: false };
}

/** What a key says about the value after it. */
export type Context = 'code' | 'http' | 'noise' | 'plain';

export interface Key {
  /** Lowercase letters of the key: `"ErrorCode":` → "errorcode", `error_code=` → "errorcode", `HTTP/2 ` → "http". */
  name: string;
  context: Context;
}

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
const isKeyChar = (ch: string | undefined) => ch !== undefined && /[\w.-]/.test(ch);

/**
 * The key or word right before a value, and what it says about the value.
 * Read backwards from the value, one character at a time (no pattern that
 * could backtrack): spaces, an opening quote or bracket, `:` or `=`, a
 * closing quote, then the key (`"ErrorCode": 90018`, `code = "400"`, `reason: '…`).
 */
export function keyBefore(text: string, start: number): Key {
  const lo = Math.max(0, start - 48);
  if (/\bhttp(?:\/[\d.]+)?\s*$/i.test(text.slice(lo, start))) return { name: 'http', context: 'http' };
  let i = start;
  const skipSpace = () => {
    while (i > lo && isSpace(text[i - 1])) i--;
  };
  const skipOne = (chars: string) => {
    if (i > lo && chars.includes(text[i - 1]!)) i--;
  };
  skipSpace();
  skipOne(`"'{[`);
  skipSpace();
  skipOne(':=');
  skipSpace();
  skipOne(`"'`);
  skipSpace();
  const end = i;
  while (i > lo && isKeyChar(text[i - 1])) i--;
  if (i > lo && text[i - 1] === ':') i--; // HTTP/2's ":status"
  while (i < end && !/[A-Za-z_:]/.test(text[i]!)) i++;
  if (i >= end) return { name: '', context: 'plain' };
  const raw = text.slice(i, end).replace(/^.*\./, '');
  const name = raw.toLowerCase().replace(/[^a-z:]/g, '');
  return { name, context: contextOf(name, raw) };
}

function contextOf(name: string, raw: string): Context {
  if (!name) return 'plain';
  if (CODE_KEYS.has(name)) return HTTP_KEYS.has(name) && name !== 'status' ? 'http' : 'code';
  if (HTTP_KEYS.has(name)) return 'http';
  const words = raw.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/).filter(Boolean);
  if (NOT_CODE_WORDS.has(name) || words.some((w) => NOT_CODE_WORDS.has(w))) return 'noise';
  // A key made of words ends in what it holds: `apnsErrorStatus`, `http_status_code` an HTTP status; `push_error_code` a code.
  const last = words.at(-1);
  if (words.length > 1 && last && (last === 'status' || (last === 'code' && words.at(-2) === 'status'))) return 'http';
  if (words.length > 1 && last && CODE_KEYS.has(last)) return 'code';
  return 'plain';
}
