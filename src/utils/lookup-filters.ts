/**
 * Search filters (vendor, category, action, retryable) as they stand in the
 * search page's URL, applied to lookup index items. Pure.
 */
import type { LookupItem } from './lookup/index.ts';

export interface Filters {
  vendor?: string;
  category?: string;
  action?: string;
  retryable?: boolean;
}

/** Reads the filters from ?vendor=…&category=…&action=…&retryable=yes|no; anything else is ignored. */
export function parseFilters(params: URLSearchParams): Filters {
  const filters: Filters = {};
  const vendor = params.get('vendor');
  const category = params.get('category');
  const action = params.get('action');
  const retryable = params.get('retryable');
  if (vendor) filters.vendor = vendor;
  if (category) filters.category = category;
  if (action) filters.action = action;
  if (retryable === 'yes' || retryable === 'no') filters.retryable = retryable === 'yes';
  return filters;
}

export function hasFilters(filters: Filters): boolean {
  return Object.keys(filters).length > 0;
}

/** True when the item passes every filter. */
export function matchesFilters(item: LookupItem, filters: Filters): boolean {
  if (filters.vendor && item.vendor !== filters.vendor) return false;
  if (filters.category && item.category !== filters.category) return false;
  if (filters.action && item.action !== filters.action) return false;
  if (filters.retryable !== undefined && item.retryable !== filters.retryable) return false;
  return true;
}
