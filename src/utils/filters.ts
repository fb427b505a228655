/**
 * Filters over codes, in one place for both lists that have them: the vendor
 * tables (words typed in the filter box, category, action, codes from vendor
 * docs shown or hidden, with live option counts) and the search page (vendor,
 * category, action, retryable). Both keep the filter in
 * the URL so a filtered list can be linked. Pure: used by the pages at build
 * time and by src/scripts/code-filter.ts and search-page.ts in the browser.
 *
 * One rule for unknown values: a value the list does not offer (a typo, a
 * category since renamed, `retryable=maybe`) is ignored, as if the filter were
 * not set, so an old link shows everything rather than an empty list.
 */

/** What a code carries for filtering; a list fills in the facets it has. */
export interface Facets {
  vendor?: string;
  category: string;
  action: string;
  retryable?: boolean;
  /** True for a code not in the source document, added from the vendor's docs. */
  fromVendorDocs?: boolean;
  /** The row's text (code, HTTP status, meaning, badges), folded by foldText, for the filter box. */
  text?: string;
}

/** A filter as a person set it; an absent field means "any". */
export interface Filters {
  vendor?: string;
  category?: string;
  action?: string;
  retryable?: boolean;
  /** Hide codes added from vendor docs (vendor tables only). */
  hideVendorDocs?: boolean;
  /** Words typed in a vendor table's filter box (`q`); every word must be in the row's text. */
  text?: string;
}

/** The values a list offers for each filter (its `<select>` options); anything else in a URL is ignored. */
export interface KnownValues {
  vendors?: readonly string[];
  categories?: readonly string[];
  actions?: readonly string[];
  /** True when the list has a filter box (vendor tables); `q` is the search page's query, not a filter. */
  text?: boolean;
}

/** Reads ?vendor=…&category=…&action=…&retryable=yes|no&vendorDocs=hide, keeping only known values. */
export function filtersFromQuery(search: string | URLSearchParams, known: KnownValues): Filters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: Filters = {};
  const pick = (name: string, values: readonly string[] | undefined) => {
    const value = params.get(name);
    return value && values?.includes(value) ? value : undefined;
  };
  const vendor = pick('vendor', known.vendors);
  const category = pick('category', known.categories);
  const action = pick('action', known.actions);
  const retryable = params.get('retryable');
  if (vendor) filters.vendor = vendor;
  if (category) filters.category = category;
  if (action) filters.action = action;
  if (retryable === 'yes' || retryable === 'no') filters.retryable = retryable === 'yes';
  if (params.get('vendorDocs') === 'hide') filters.hideVendorDocs = true;
  const text = known.text ? params.get('q') : null;
  if (text && foldText(text)) filters.text = text;
  return filters;
}

/** The query string for a filter ("" for none), so a filtered list can be linked. */
export function filtersToQuery(filters: Filters): string {
  const params = new URLSearchParams();
  if (filters.vendor) params.set('vendor', filters.vendor);
  if (filters.category) params.set('category', filters.category);
  if (filters.action) params.set('action', filters.action);
  if (filters.retryable !== undefined) params.set('retryable', filters.retryable ? 'yes' : 'no');
  if (filters.hideVendorDocs) params.set('vendorDocs', 'hide');
  if (filters.text?.trim()) params.set('q', filters.text.trim());
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function hasFilters(filters: Filters): boolean {
  return Boolean(filters.vendor || filters.category || filters.action || filters.retryable !== undefined || filters.hideVendorDocs || foldText(filters.text ?? ''));
}

/** True when a code passes every filter that is set. */
export function passesFilters(facets: Facets, filters: Filters): boolean {
  if (filters.vendor && facets.vendor !== filters.vendor) return false;
  if (filters.category && facets.category !== filters.category) return false;
  if (filters.action && facets.action !== filters.action) return false;
  if (filters.retryable !== undefined && facets.retryable !== filters.retryable) return false;
  if (filters.hideVendorDocs && facets.fromVendorDocs) return false;
  return !filters.text || textMatches(facets.text ?? '', filters.text);
}

/** Folds text for the filter box: case, accents and runs of spaces do not matter. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every word typed is somewhere in the row's (folded) text, in any order. */
export function textMatches(foldedRowText: string, typed: string): boolean {
  return foldText(typed)
    .split(' ')
    .filter(Boolean)
    .every((word) => foldedRowText.includes(word));
}

/**
 * How many rows each option of a filter would leave, given the other
 * filters: the category counts ignore the chosen category (but keep the
 * action, the vendor-docs switch and the typed words), and so on.
 */
export function facetCounts(rows: readonly Facets[], filters: Filters): { category: Map<string, number>; action: Map<string, number> } {
  const category = new Map<string, number>();
  const action = new Map<string, number>();
  for (const row of rows) {
    if (passesFilters(row, { ...filters, category: undefined })) category.set(row.category, (category.get(row.category) ?? 0) + 1);
    if (passesFilters(row, { ...filters, action: undefined })) action.set(row.action, (action.get(row.action) ?? 0) + 1);
  }
  return { category, action };
}

/** The live status line under a vendor table's filters. */
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
