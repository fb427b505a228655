/**
 * The JSON form of the lookup index (api/lookup.json): each record uses short
 * keys to keep the file small. Those keys are written and read only here; the
 * engine reads full names. Kept apart from lookup-index.ts, which reads the
 * schema, so the browser's index loader does not bundle zod (its code
 * generator is blocked by the site's CSP).
 */
import type { LookupIndex, LookupVendor } from './lookup/index.ts';

/** One code in api/lookup.json. */
export interface CompactItem {
  /** vendor */
  v: string;
  /** code */
  c: string;
  /** name, when it differs from the code */
  n?: string;
  /** httpStatus */
  h?: number;
  /** meaning */
  d: string;
  /** category */
  k: string;
  /** action */
  a: string;
  /** retryable: 1 or 0 */
  r: 0 | 1;
  /** aliases (text only), when there are any */
  al?: string[];
  /** messages (text only), when there are any */
  m?: string[];
}

/** api/lookup.json. */
export interface CompactIndex {
  vendors: LookupVendor[];
  codes: CompactItem[];
}

export function toCompact(index: LookupIndex): CompactIndex {
  return {
    vendors: index.vendors,
    codes: index.codes.map((item) => ({
      v: item.vendor,
      c: item.code,
      ...(item.name !== undefined ? { n: item.name } : {}),
      ...(item.httpStatus !== undefined ? { h: item.httpStatus } : {}),
      d: item.meaning,
      k: item.category,
      a: item.action,
      r: item.retryable ? 1 : 0,
      ...(item.aliases?.length ? { al: item.aliases } : {}),
      ...(item.messages?.length ? { m: item.messages } : {}),
    })),
  };
}

export function fromCompact(json: CompactIndex): LookupIndex {
  return {
    vendors: json.vendors,
    codes: json.codes.map((c) => ({
      vendor: c.v,
      code: c.c,
      ...(c.n !== undefined ? { name: c.n } : {}),
      ...(c.h !== undefined ? { httpStatus: c.h } : {}),
      meaning: c.d,
      category: c.k,
      action: c.a,
      retryable: c.r === 1,
      ...(c.al?.length ? { aliases: c.al } : {}),
      ...(c.m?.length ? { messages: c.m } : {}),
    })),
  };
}
