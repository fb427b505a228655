/**
 * The lookup index and its JSON form. The catalogue becomes one record per
 * code (vendor, code, name, HTTP status, one line of meaning, its
 * classification, the texts of its aliases and vendor messages) so the
 * browser can answer while a person types. Its JSON form, with short keys,
 * is in lookup-compact.ts. Pure: src/pages/api/lookup.json.ts and the unit
 * tests call it.
 */
import type { CodeEntry } from '../schema.ts';
import { summary } from './catalog-rules.ts';
import type { LookupIndex, LookupItem } from './lookup/index.ts';

export { toCompact, fromCompact, type CompactIndex, type CompactItem } from './lookup-compact.ts';

export interface IndexVendor {
  id: string;
  data: { shortName: string; aliases: string[] };
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
