/**
 * Builds the compact lookup index from the catalogue: one short record per
 * code (vendor, code, name, HTTP status, one line of meaning and its
 * classification), so the browser can answer while a
 * person types. Pure: src/pages/api/lookup.json.ts and the unit tests call it.
 */
import type { CodeEntry } from '../schema.ts';
import { summary } from './catalog-rules.ts';
import type { LookupIndex, LookupItem } from './lookup.ts';

export interface IndexVendor {
  id: string;
  data: { shortName: string; aliases: string[] };
}

export function buildLookupIndex(vendors: readonly IndexVendor[], codes: readonly { data: CodeEntry }[]): LookupIndex {
  return {
    vendors: vendors.map((v) => ({ slug: v.id, name: v.data.shortName, aliases: v.data.aliases })),
    codes: codes.map(({ data }): LookupItem => ({
      v: data.vendor,
      c: data.code,
      ...(data.name && data.name !== data.code ? { n: data.name } : {}),
      ...(data.httpStatus !== undefined ? { h: data.httpStatus } : {}),
      d: summary(data),
      k: data.category,
      a: data.action,
      r: data.retryable ? 1 : 0,
    })),
  };
}
