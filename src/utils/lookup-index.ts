/**
 * The lookup index and its JSON form. The catalogue becomes one record per
 * code (vendor, code, name, HTTP status, one line of meaning, its
 * classification, the texts of its aliases and vendor messages) so the
 * browser can answer while a person types. In api/lookup.json each record
 * uses short keys to keep the file small;
 * those keys are written and read only here (toCompact, fromCompact), and
 * the engine reads full names. Pure: src/pages/api/lookup.json.ts, the
 * index loader and the unit tests call it.
 */
import type { CodeEntry } from '../schema.ts';
import { summary } from './catalog-rules.ts';
import type { LookupIndex, LookupItem, LookupVendor } from './lookup/index.ts';

export interface IndexVendor {
  id: string;
  data: { shortName: string; aliases: string[] };
}

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

export function buildLookupIndex(vendors: readonly IndexVendor[], codes: readonly { data: CodeEntry }[]): LookupIndex {
  return {
    vendors: vendors.map((v) => ({ slug: v.id, name: v.data.shortName, aliases: v.data.aliases })),
    codes: codes.map(({ data }): LookupItem => ({
      vendor: data.vendor,
      code: data.code,
      ...(data.name && data.name !== data.code ? { name: data.name } : {}),
      ...(data.httpStatus !== undefined ? { httpStatus: data.httpStatus } : {}),
      meaning: summary(data),
      category: data.category,
      action: data.action,
      retryable: data.retryable,
      ...(data.aliases.length ? { aliases: data.aliases.map((a) => a.text) } : {}),
      ...(data.messages.length ? { messages: data.messages.map((m) => m.text) } : {}),
    })),
  };
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
