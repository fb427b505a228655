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
/** Keys whose number is not a code: times, counts, sizes, ids. */
const NOT_CODE_KEY = /(time|timestamp|^ts$|date|at$|ttl|expire|expiry|count|total|num|size|length|len|id$|ids$|seq|port|duration|latency|elapsed|ms$|version|attempt|retry|offset|limit|qps|rate|sent|success|badge|priority|index|page)/;

/**
 * Spans that hold numbers but never a code: URLs, dates, times, IP addresses,
 * decimals, hex ids and UUIDs. Blanked (same length) before tokens are read.
 */
const NOISE = /https?:\/\/\S+|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?|\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?|\b\d+(?:\.\d+){1,}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{12,}\b/gi;

const TOKEN = /(?<![\w.-])-?\d+(?![\w.])|[A-Za-z][A-Za-z0-9_]*/g;

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

/** The key or word right before a value: `"ErrorCode":` → "errorcode", `code=` → "code", `HTTP/2 ` → "http". */
export function keyBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 48), start);
  if (/\bhttp(?:\/[\d.]+)?\s*$/i.test(before)) return 'http';
  const m = /([A-Za-z_:][\w.-]*)\s*["']?\s*[:=]?\s*["'{[]?\s*$/.exec(before);
  if (!m) return '';
  return m[1]!.toLowerCase().replace(/^.*\./, '').replace(/[^a-z:]/g, '');
}

/** What a key says about the value after it. */
export type Context = 'code' | 'http' | 'noise' | 'plain';

export function contextOf(key: string): Context {
  if (!key) return 'plain';
  if (CODE_KEYS.has(key)) return HTTP_KEYS.has(key) && key !== 'status' ? 'http' : 'code';
  if (HTTP_KEYS.has(key)) return 'http';
  if (NOT_CODE_KEY.test(key)) return 'noise';
  return 'plain';
}
