/**
 * The search page's state as a URL and a title, so the address bar follows
 * the filters as a person changes them and a tab says what it searched. Pure.
 */
import type { Filters } from './filters.ts';

/** "?q=…&vendor=…&category=…&action=…&retryable=yes|no", empty values left out, in a fixed order. */
export function searchQueryString(query: string, filters: Filters): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  if (filters.vendor) params.set('vendor', filters.vendor);
  if (filters.category) params.set('category', filters.category);
  if (filters.action) params.set('action', filters.action);
  if (filters.retryable !== undefined) params.set('retryable', filters.retryable ? 'yes' : 'no');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The tab's title: the query first, cut to stay readable; "Search" alone when there is none. `filterWords` name the filters. */
export function searchTitle(query: string, filterWords: string[], siteName: string): string {
  const q = query.trim().replace(/\s+/g, ' ');
  const shown = q.length > 60 ? `${q.slice(0, 59)}…` : q;
  const what = [shown && `“${shown}”`, ...filterWords].filter(Boolean).join(', ');
  return `${what ? `${what} · ` : ''}Search · ${siteName}`;
}
