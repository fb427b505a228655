/**
 * One search of the search page, from the request to the rows: the lookup's
 * index and answers (lookup-index-loader.ts, the engine), then Pagefind's
 * full-text results. No DOM: it runs in search-worker.ts, off the page's main
 * thread, and in the page itself only when a worker cannot start. Sends its
 * rows as they are ready: the lookup's first, then full text in batches.
 */
import type { Filters } from '../utils/filters.ts';
import type { LookupIndex, LookupResult } from '../utils/lookup/index.ts';
import { SearchRows, type FullTextPage, type LookupRows, type ResultRow } from '../utils/search-rows.ts';
import { loadLookupIndexFor } from './lookup-index-loader.ts';
import { loadBrowsePage } from './search-browse.ts';

export interface SearchRequest {
  /** Bumped by the page for every search: a message names the search it belongs to. */
  id: number;
  query: string;
  filters: Filters;
  /** With no query, the page of the list to show (1-based; past the last reads as the last). */
  page: number;
  /** Absolute URLs of api/lookup.json and pagefind/pagefind.js, and the site's base path ("/" or "/docs/push/"). */
  lookupUrl: string;
  pagefindUrl: string;
  base: string;
}

export type SearchMessage =
  | { id: number; kind: 'lookup'; lookup: LookupRows }
  | { id: number; kind: 'full'; rows: ResultRow[] }
  | { id: number; kind: 'done'; count: number }
  | { id: number; kind: 'error'; message: string };

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<FullTextPage> }[] }>;
}

/**
 * Pagefind's ranking: its defaults, written out so a change is deliberate.
 * Measured with `npm run bench:search` (README, "Search quality"): lowering or
 * raising pageLength, termFrequency, termSaturation or termSimilarity did not
 * fix the phrase queries it gets wrong (permalink boilerplate outweighs a short
 * meaning), so the meaning-phrase tier (search-rows.ts) does that instead.
 */
export const PAGEFIND_RANKING = { pageLength: 0.75, termFrequency: 1.0, termSaturation: 1.4, termSimilarity: 1.0 };
/** Full-text results shown after the exact answers. */
const FULL_TEXT_SHOWN = 30;
/** Pagefind results read at most, in batches, looking for ones that pass the filters. */
const FULL_TEXT_READ = 300;
/** Characters of the query handed to Pagefind: a pasted body is read by the lookup, not by full text. */
const FULL_TEXT_QUERY_CHARS = 200;

/** Runs one search and sends its rows; stops adding once `stale()` says a newer search started. */
export async function runSearch(request: SearchRequest, send: (message: SearchMessage) => void, stale: () => boolean): Promise<void> {
  const { id, query, filters } = request;
  if (!query) return browse(request, send, stale);
  // A query needs only what its words name (the loader decides).
  const { index, exact }: { index: LookupIndex; exact?: LookupResult } = await loadLookupIndexFor(request.lookupUrl, query, { phrases: true });
  if (stale()) return;
  const rows = new SearchRows(index, request.base, filters);
  const lookup = rows.lookupRows(query, exact);
  send({ id, kind: 'lookup', lookup });
  if (query && !lookup.pasteAnswered) {
    const pagefind = (await import(/* @vite-ignore */ request.pagefindUrl)) as Pagefind;
    await pagefind.options({ baseUrl: request.base, ranking: PAGEFIND_RANKING });
    if (stale()) return;
    const search = await pagefind.search(query.slice(0, FULL_TEXT_QUERY_CHARS), filters.vendor ? { filters: { vendor: filters.vendor } } : {});
    // Classification filters apply through the index, so read results in batches until enough pass.
    let shown = 0;
    for (let at = 0; at < search.results.length && shown < FULL_TEXT_SHOWN && at < FULL_TEXT_READ; at += FULL_TEXT_SHOWN) {
      const pages = await Promise.all(search.results.slice(at, at + FULL_TEXT_SHOWN).map((r) => r.data()));
      if (stale()) return;
      const found = rows.fullTextRows(pages, shown, FULL_TEXT_SHOWN);
      shown += found.length;
      if (found.length) send({ id, kind: 'full', rows: found });
    }
  }
  send({ id, kind: 'done', count: rows.count });
}

/** Filters alone: one page of every code that passes them, in catalogue order (utils/browse-page.ts). */
async function browse(request: SearchRequest, send: (message: SearchMessage) => void, stale: () => boolean): Promise<void> {
  const { id, filters } = request;
  const { index, page } = await loadBrowsePage(request.lookupUrl, filters, request.page);
  if (stale()) return;
  const lookup = new SearchRows(index, request.base, filters).lookupRows('');
  send({ id, kind: 'lookup', lookup: { ...lookup, browse: { page: page.page, pages: page.pages, total: page.total, start: page.start } } });
  send({ id, kind: 'done', count: page.total });
}
