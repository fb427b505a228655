/**
 * The search page: exact answers from the lookup first (codes, names, HTTP
 * statuses, codes found in pasted text), then Pagefind's full-text results,
 * without duplicates. Filters come from the URL and apply to both; changing a
 * filter runs the search again at once and the URL follows (replaceState).
 *
 * The search itself (the lookup's index and engine, then Pagefind) runs in a
 * Web Worker (search-worker.ts): building the lookup's tables and answers took
 * a few hundred ms of the main thread at 4x CPU slowdown, which blocked the
 * page. This file only draws the rows the worker sends
 * (utils/search-rows.ts); where a worker cannot start, the same search runs
 * in the page. With no query the list is paged: each page is an address of
 * its own (`&page=n`), reached by plain links, so back and forward work.
 */
import { hasFilters, filtersFromQuery, type Filters } from '../utils/filters.ts';
import type { LookupRows, ResultRow } from '../utils/search-rows.ts';
import { pageFromQuery, searchQueryString, searchTitle } from '../utils/search-url.ts';
import { ACTIONS, CATEGORIES, type Action, type Category } from '../labels.ts';
import type { SearchMessage, SearchRequest } from './search-core.ts';

const list = document.getElementById('search-results') as HTMLOListElement;
const hints = document.getElementById('search-hints') as HTMLUListElement;
const pager = document.getElementById('search-pages')!;
const status = document.getElementById('search-status')!;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const base = list.dataset.base!;
const siteName = document.title.split(' · ').pop()!;
const selects = [...document.querySelectorAll<HTMLSelectElement>('[data-filter]')];
const offered = (name: string) => [...(selects.find((s) => s.name === name)?.options ?? [])].map((o) => o.value).filter(Boolean);
/** Filters from a query string; a value no control offers reads as "any". */
const parseFilters = (params: URLSearchParams) => filtersFromQuery(params, { vendors: offered('vendor'), categories: offered('category'), actions: offered('action') });
let query = '';
let filters: Filters = {};
/** The page of a list with no query (the URL's `page`). */
let page = 1;
/** Bumped by every run: a run that is no longer the latest stops adding results. */
let generation = 0;

function readUrl(): void {
  const params = new URLSearchParams(location.search);
  query = params.get('q')?.trim() ?? '';
  filters = parseFilters(params);
  page = pageFromQuery(params);
}

/** The form from the URL, except the fields named in `keep` (changed by the person before this code started). */
function fillForm(keep: ReadonlySet<string> = new Set()): void {
  const params = new URLSearchParams(location.search);
  if (!keep.has('q')) for (const input of document.querySelectorAll<HTMLInputElement>('#search-q, [data-search-input]')) input.value = query;
  for (const select of document.querySelectorAll<HTMLSelectElement>('[data-filter]')) if (!keep.has(select.name)) select.value = params.get(select.name) ?? '';
}

/** The form as it stands now becomes the URL (no new history entry: the back button leaves the page). */
function urlFromForm(): void {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.set(name, value);
  history.replaceState(history.state, '', location.pathname + searchQueryString(params.get('q') ?? '', parseFilters(params)));
}

/** Pagefind excerpts are HTML with <mark>; rebuild them as text nodes so nothing from the index is parsed as markup. */
function excerptNodes(excerpt: string): Node[] {
  const decode = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  return excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    if (!marked) return document.createTextNode(decode(part));
    const mark = document.createElement('mark');
    mark.textContent = decode(marked[1]!);
    return mark;
  });
}

function addRow(row: ResultRow): void {
  const li = document.createElement('li');
  li.className = 'rounded-lg border border-line p-3';
  const a = document.createElement('a');
  a.href = row.url;
  a.className = 'tap font-semibold';
  a.textContent = row.title;
  const p = document.createElement('p');
  p.className = 'text-sm text-muted';
  p.append(...(row.excerpt !== undefined ? excerptNodes(row.excerpt) : [document.createTextNode(row.text ?? '')]));
  li.append(a);
  if (row.action && row.action in ACTIONS) {
    // The schema's one label for the action, tinted like the vendor tables' badges.
    li.dataset.a = row.action;
    const badge = document.createElement('span');
    badge.className = 'badge act ml-2';
    badge.textContent = ACTIONS[row.action as Action];
    li.append(badge);
  }
  li.append(p);
  if (row.note) {
    const small = document.createElement('p');
    small.className = 'mt-1 text-xs text-muted';
    small.textContent = row.note;
    li.append(small);
  }
  if (row.found) li.dataset[row.found] = '';
  list.append(li);
}

function filterWords(vendorName: string | undefined): string[] {
  const parts: string[] = [];
  if (filters.vendor) parts.push(`at ${vendorName ?? filters.vendor}`);
  for (const name of ['category', 'action'] as const) {
    const select = document.getElementById(`search-${name}`) as HTMLSelectElement | null;
    if (filters[name]) parts.push(select?.selectedOptions[0]?.textContent?.toLowerCase() ?? filters[name]!);
  }
  if (filters.retryable !== undefined) parts.push(filters.retryable ? 'retry helps' : 'retry does not help');
  return parts;
}

function describeFilters(vendorName: string | undefined): string {
  const parts = filterWords(vendorName);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** A line above the results: "Did you mean …" or a category to browse, each a link. */
function addHint(before: string, links: [string, string][], after = ''): void {
  const li = document.createElement('li');
  li.append(before);
  links.forEach(([text, url], i) => {
    const a = document.createElement('a');
    a.href = url;
    a.className = 'tap font-semibold';
    a.textContent = text;
    li.append(...(i ? [', ', a] : [a]));
  });
  li.append(after);
  hints.append(li);
  hints.hidden = false;
}

/** Topic words ("quota", "oauth"): the whole category, at the filtered vendor if one is chosen. */
function addTopicHints(topics: Category[]): void {
  for (const category of topics) {
    if (filters.category === category) continue;
    const url = location.pathname + searchQueryString('', { vendor: filters.vendor, category });
    addHint('Browse a category: ', [[`every “${CATEGORIES[category]}” code`, url]], filters.vendor ? '' : ' across vendors');
  }
}

/** Links to the first, previous, next and last pages of a list with no query, around where this one is. */
function drawPager({ page: at, pages }: NonNullable<LookupRows['browse']>): void {
  // A page past the end shows the last one: the address says which.
  if (at !== page) history.replaceState(history.state, '', location.pathname + searchQueryString('', filters, at));
  if (pages < 2) return;
  const link = (text: string, to: number, rel?: string) => {
    const a = document.createElement('a');
    a.href = location.pathname + searchQueryString('', filters, to);
    a.className = 'tap font-semibold';
    a.textContent = text;
    if (rel) a.rel = rel;
    return a;
  };
  const where = document.createElement('span');
  where.textContent = `Page ${at} of ${pages}`;
  pager.replaceChildren(
    ...(at > 2 ? [link('First page', 1)] : []),
    ...(at > 1 ? [link('Previous page', at - 1, 'prev')] : []),
    where,
    ...(at < pages ? [link('Next page', at + 1, 'next')] : []),
    ...(at < pages - 1 ? [link(`Last page (${pages})`, pages)] : []),
  );
  pager.hidden = false;
}

/** The lookup's answers of the search on screen, kept for the status line when the search is done. */
let shown: LookupRows | undefined;

function onMessage(message: SearchMessage): void {
  if (message.id !== generation) return; // from a search since replaced
  if (message.kind === 'error') {
    status.textContent = `Search failed: ${message.message}`;
  } else if (message.kind === 'lookup') {
    shown = message.lookup;
    const pageWords = shown.browse && shown.browse.page > 1 ? [`page ${shown.browse.page}`] : [];
    document.title = searchTitle(query, [...filterWords(shown.vendorName), ...pageWords], siteName);
    for (const row of shown.rows) addRow(row);
    if (shown.browse) drawPager(shown.browse);
    addTopicHints(shown.topics);
    // A long name a letter or two off ("BadDeviceTokn"): said above the results, and its pages lead them.
    if (shown.near.length) addHint('Did you mean ', shown.near.map((n): [string, string] => [n.text, n.url]), '?');
  } else if (message.kind === 'full') {
    for (const row of message.rows) addRow(row);
  } else if (shown) {
    const { exactCount, truncatedNote, pasteAnswered, vendorName, browse } = shown;
    const what = query ? `for “${query.length > 80 ? `${query.slice(0, 80)}…` : query}”` : 'for these filters';
    const exact = exactCount ? ` ${exactCount} exact answer${exactCount === 1 ? '' : 's'} first.` : '';
    const truncated = truncatedNote ? ` ${truncatedNote}` : '';
    const pasteNote = pasteAnswered ? ' Full-text results are left out for pasted text: search a few words to see them.' : '';
    const count = message.count;
    const paged = browse && browse.pages > 1 ? ` Showing ${browse.start + 1}–${browse.start + shown.rows.length}, page ${browse.page} of ${browse.pages}.` : '';
    status.textContent = count ? `${count} result${count === 1 ? '' : 's'} ${what}${describeFilters(vendorName)}.${exact}${truncated}${pasteNote}${paged}` : `Nothing found ${what}${describeFilters(vendorName)}.`;
  }
}

/** The worker that runs searches: undefined until the first search, null when none can run here. */
let worker: Worker | null | undefined;
let pending: SearchRequest | undefined;

/** Loads search-core.ts for a search in the page (see initSearchPage). */
let loadCore: () => Promise<typeof import('./search-core.ts')> = () => Promise.reject(new Error('no search code'));

/** The same search in the page, where no worker can run (an old browser, a host's policy). */
function searchInPage(request: SearchRequest): void {
  loadCore()
    .then((core) => core.runSearch(request, onMessage, () => request.id !== generation))
    .catch((error: unknown) => onMessage({ id: request.id, kind: 'error', message: error instanceof Error ? error.message : String(error) }));
}

function search(request: SearchRequest): void {
  pending = request;
  if (worker === undefined) {
    try {
      worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (event: MessageEvent<SearchMessage>) => {
        if (event.data.kind === 'done' || event.data.kind === 'error') pending = undefined;
        onMessage(event.data);
      });
      // Its script did not load or run: the search not yet answered runs again, in the page.
      worker.addEventListener('error', () => {
        worker?.terminate();
        worker = null;
        if (pending?.id === generation) start();
      });
    } catch {
      worker = null;
    }
  }
  if (worker) worker.postMessage(request);
  else searchInPage(request);
}

function start(): void {
  const id = ++generation;
  readUrl();
  list.replaceChildren();
  hints.replaceChildren();
  hints.hidden = true;
  pager.replaceChildren();
  pager.hidden = true;
  shown = undefined;
  // The categories to browse show only with no search (set for the first paint by utils/first-paint.ts).
  document.documentElement.toggleAttribute('data-has-search', Boolean(query) || hasFilters(filters));
  if (!query && !hasFilters(filters)) {
    document.title = searchTitle('', [], siteName);
    status.textContent = 'Type a code, an error name, a log line or words from a description.';
    return;
  }
  status.textContent = 'Searching…';
  const absolute = (path: string) => new URL(path, location.href).href;
  search({ id, query, filters, page, lookupUrl: absolute(list.dataset.lookupUrl!), pagefindUrl: absolute(list.dataset.pagefindUrl!), base });
}

/**
 * Starts the page. `changedEarly`: the filters a person changed before this
 * code loaded; the form, not the URL, holds what they want for those, and the
 * URL holds the rest (the query, the other filters). `core` imports
 * search-core.ts, for a search in the page when no worker can run: site.ts
 * passes it because a dynamic import here would split Vite's preload helper
 * out of the entry script into a file of its own, one more request on every page.
 */
export function initSearchPage(changedEarly: ReadonlySet<string>, core: typeof loadCore): void {
  loadCore = core;
  readUrl();
  fillForm(changedEarly);
  if (changedEarly.size) urlFromForm();
  form.addEventListener('change', (event) => {
    if (!(event.target as HTMLElement).matches('[data-filter]')) return;
    urlFromForm();
    start();
  });
  start();
}
