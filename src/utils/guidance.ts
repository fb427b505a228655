/**
 * The vendor-table filters: their options, whether a row passes them, and how
 * they read from and write to the URL. Pure: used by the pages at build time
 * and by the filter script in the browser.
 */

/** What a row of a vendor table carries for filtering (its data-* attributes). */
export interface RowFacets {
  category: string;
  action: string;
  /** True for a code not in the source document, added from the vendor's docs. */
  fromVendorDocs: boolean;
}

/** The filter as a person set it; an empty category or action means "any". */
export interface FilterState {
  category: string;
  action: string;
  showVendorDocs: boolean;
}

export const NO_FILTER: FilterState = { category: '', action: '', showVendorDocs: true };

export function rowVisible(row: RowFacets, filter: FilterState): boolean {
  if (row.fromVendorDocs && !filter.showVendorDocs) return false;
  if (filter.category && row.category !== filter.category) return false;
  if (filter.action && row.action !== filter.action) return false;
  return true;
}

/** The live status line under the filters. */
export function filterStatus(shown: number, total: number): string {
  if (shown === total) return `Showing all ${total} codes`;
  if (shown === 0) return `No code matches (of ${total}); change the filters to see more`;
  return `Showing ${shown} of ${total} codes`;
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/**
 * Options of one filter: the values present in a table, in the order of
 * `labels` (the schema's order), each with how many rows have it.
 */
export function facetOptions(values: readonly string[], labels: Readonly<Record<string, string>>): FacetOption[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return Object.entries(labels)
    .filter(([value]) => counts.has(value))
    .map(([value, label]) => ({ value, label, count: counts.get(value)! }));
}

/** Reads a filter from a query string (`?category=rate-limit&action=…&vendorDocs=hide`), keeping only known values. */
export function filterFromQuery(search: string, known: { categories: readonly string[]; actions: readonly string[] }): FilterState {
  const params = new URLSearchParams(search);
  const category = params.get('category') ?? '';
  const action = params.get('action') ?? '';
  return {
    category: known.categories.includes(category) ? category : '',
    action: known.actions.includes(action) ? action : '',
    showVendorDocs: params.get('vendorDocs') !== 'hide',
  };
}

/** The query string for a filter (empty for no filter), so a filtered table can be linked. */
export function filterToQuery(filter: FilterState): string {
  const params = new URLSearchParams();
  if (filter.category) params.set('category', filter.category);
  if (filter.action) params.set('action', filter.action);
  if (!filter.showVendorDocs) params.set('vendorDocs', 'hide');
  const query = params.toString();
  return query ? `?${query}` : '';
}
