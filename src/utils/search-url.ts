/**
 * The search page's state as a URL and a title, so the address bar follows
 * the filters as a person changes them and a tab says what it searched. Pure.
 */
import type { Filters } from './filters.ts';

/**
 * "?q=…&vendor=…&category=…&action=…&retryable=yes|no&page=n", empty values left out, in a fixed order.
 * `page` only pages a list with no query (browsing by filters); page 1 is left out, so it has one address.
 */
export function searchQueryString(query: string, filters: Filters, page = 1): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  if (filters.vendor) params.set('vendor', filters.vendor);
  if (filters.category) params.set('category', filters.category);
  if (filters.action) params.set('action', filters.action);
  if (filters.retryable !== undefined) params.set('retryable', filters.retryable ? 'yes' : 'no');
  if (!query.trim() && page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The page of a list with no query that the URL asks for: 1 unless `page` is a whole number above 1. */
export function pageFromQuery(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 1 ? page : 1;
}

/** The tab's title: the query first, cut to stay readable; "Search" alone when there is none. `filterWords` name the filters. */
export function searchTitle(query: string, filterWords: string[], siteName: string): string {
  const q = query.trim().replace(/\s+/g, ' ');
  const shown = q.length > 60 ? `${q.slice(0, 59)}…` : q;
  const what = [shown && `“${shown}”`, ...filterWords].filter(Boolean).join(', ');
  return `${what ? `${what} · ` : ''}Search · ${siteName}`;
}
