/**
 * The search page: exact answers from the lookup first (codes, names, HTTP
 * statuses, codes found in pasted text), then Pagefind's full-text results,
 * without duplicates. Filters come from the URL and apply to both; changing a
 * filter runs the search again at once and the URL follows (replaceState).
 */
import { didYouMean, exactAnswers, phraseMatches, TRUNCATED_NOTE, type LookupIndex, type LookupItem, type LookupResult } from '../utils/lookup/index.ts';
import { filtersFromQuery, hasFilters, passesFilters, type Filters } from '../utils/filters.ts';
import { pagefindQuery } from '../utils/search-terms.ts';
import { searchQueryString, searchTitle } from '../utils/search-url.ts';
import { permalinkPath, withBase } from '../utils/urls.ts';
import { ACTIONS, CATEGORIES, type Action } from '../labels.ts';
import { loadLookupIndex, loadLookupIndexFor } from './lookup-index-loader.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

/**
 * Pagefind's ranking: its defaults, written out so a change is deliberate.
 * Measured with `npm run bench:search` (README, "Search quality"): lowering or
 * raising pageLength, termFrequency, termSaturation or termSimilarity did not
 * fix the phrase queries it gets wrong (permalink boilerplate outweighs a short
 * meaning), so the meaning-phrase tier below does that instead.
 */
export const PAGEFIND_RANKING = { pageLength: 0.75, termFrequency: 1.0, termSaturation: 1.4, termSimilarity: 1.0 };
/** Full-text results shown after the exact answers. */
const FULL_TEXT_SHOWN = 30;
/** Characters of the query handed to Pagefind: a pasted body is read by the lookup, not by full text. */
const FULL_TEXT_QUERY_CHARS = 200;

const list = document.getElementById('search-results') as HTMLOListElement;
const hints = document.getElementById('search-hints') as HTMLUListElement;
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
/** Bumped by every run: a run that is no longer the latest stops adding results. */
let generation = 0;

function readUrl(): void {
  const params = new URLSearchParams(location.search);
  query = params.get('q')?.trim() ?? '';
  filters = parseFilters(params);
}

function fillForm(): void {
  const params = new URLSearchParams(location.search);
  for (const input of document.querySelectorAll<HTMLInputElement>('#search-q, [data-search-input]')) input.value = query;
  for (const select of document.querySelectorAll<HTMLSelectElement>('[data-filter]')) select.value = params.get(select.name) ?? '';
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

function addResult(url: string, title: string, body: Node[], note?: string, action?: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'rounded-lg border border-line p-3';
  const a = document.createElement('a');
  a.href = url;
  a.className = 'tap font-semibold';
  a.textContent = title;
  const p = document.createElement('p');
  p.className = 'text-sm text-muted';
  p.append(...body);
  li.append(a);
  if (action && action in ACTIONS) {
    // The schema's one label for the action, tinted like the vendor tables' badges.
    li.dataset.a = action;
    const badge = document.createElement('span');
    badge.className = 'badge act ml-2';
    badge.textContent = ACTIONS[action as Action];
    li.append(badge);
  }
  li.append(p);
  if (note) {
    const small = document.createElement('p');
    small.className = 'mt-1 text-xs text-muted';
    small.textContent = note;
    li.append(small);
  }
  list.append(li);
  return li;
}

function filterWords(index: LookupIndex): string[] {
  const parts: string[] = [];
  if (filters.vendor) parts.push(`at ${index.vendors.find((v) => v.slug === filters.vendor)?.name ?? filters.vendor}`);
  for (const name of ['category', 'action'] as const) {
    const select = document.getElementById(`search-${name}`) as HTMLSelectElement | null;
    if (filters[name]) parts.push(select?.selectedOptions[0]?.textContent?.toLowerCase() ?? filters[name]!);
  }
  if (filters.retryable !== undefined) parts.push(filters.retryable ? 'retry helps' : 'retry does not help');
  return parts;
}

function describeFilters(index: LookupIndex): string {
  const parts = filterWords(index);
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
function addTopicHints(result: Pick<LookupResult, 'topics'>): void {
  for (const category of result.topics) {
    if (filters.category === category) continue;
    const url = location.pathname + searchQueryString('', { vendor: filters.vendor, category });
    addHint('Browse a category: ', [[`every “${CATEGORIES[category]}” code`, url]], filters.vendor ? '' : ' across vendors');
  }
}

async function run(stale: () => boolean): Promise<void> {
  list.replaceChildren();
  hints.replaceChildren();
  hints.hidden = true;
  if (!query && !hasFilters(filters)) {
    document.title = searchTitle('', [], siteName);
    status.textContent = 'Type a code, an error name, a log line or words from a description.';
    return;
  }
  status.textContent = 'Searching…';
  // Filters alone list every code; a query needs only what its words name (the loader decides).
  const { index, exact: loaded }: { index: LookupIndex; exact?: LookupResult } = query ? await loadLookupIndexFor(list.dataset.lookupUrl!, query) : { index: await loadLookupIndex(list.dataset.lookupUrl!) };
  if (stale()) return;
  document.title = searchTitle(query, filterWords(index), siteName);
  const urlOf = (item: LookupItem) => withBase(base, permalinkPath(item.vendor, item.code));
  const itemByUrl = new Map<string, LookupItem>(index.codes.map((item) => [urlOf(item), item]));
  const vendorName = (slug: string) => index.vendors.find((v) => v.slug === slug)?.name ?? slug;
  const seen = new Set<string>();
  /** Adds a code's result once, if it passes the filters; returns its list item. */
  const addItem = (item: LookupItem, note?: string): HTMLLIElement | undefined => {
    const url = urlOf(item);
    if (seen.has(url) || !passesFilters(item, filters)) return undefined;
    seen.add(url);
    return addResult(url, `${item.code} · ${vendorName(item.vendor)}`, [document.createTextNode(item.meaning)], note, item.action);
  };
  let exactCount = 0;

  // The loader may have read the exact answers already to choose the index.
  const lookupResult = query ? (loaded ?? exactAnswers(index, query)) : { answers: [], truncated: false, pasted: false, topics: [] };
  for (const answer of lookupResult.answers) {
    const { item } = answer;
    // A reading the text rules out (another vendor's keys or wording) is listed, after the exact ones, and says why.
    const note = [answer.exact ? '' : 'the text points to another vendor', answer.likely ? 'likely vendor' : '', answer.match.trim() !== query ? `found “${answer.match}” in the text` : '', answer.via === 'http' ? `HTTP ${item.httpStatus}` : ''].filter(Boolean).join(' · ');
    const li = addItem(item, note ? note[0]!.toUpperCase() + note.slice(1) : undefined);
    if (!li || !answer.exact) continue;
    li.dataset.exact = '';
    exactCount++;
  }
  addTopicHints(lookupResult);
  // A long name a letter or two off ("BadDeviceTokn"): said above the results, and its pages lead them.
  const near = query && !lookupResult.answers.length ? didYouMean(index, query, filters.vendor) : [];
  if (near.length) {
    addHint('Did you mean ', near.map((a): [string, string] => [`${a.match} at ${vendorName(a.item.vendor)}`, urlOf(a.item)]), '?');
    for (const answer of near) {
      // The hint line above already asks "Did you mean"; the result says why it is listed, without asking twice.
      const li = addItem(answer.item, 'A letter or two off what you typed');
      if (li) li.dataset.near = '';
    }
  }

  // Meanings that contain the query word for word, shortest first: before full text.
  for (const item of query ? phraseMatches(index, query) : []) {
    const li = addItem(item);
    if (li) li.dataset.phrase = '';
  }

  // A pasted body or log line that named codes is answered: its keys and values
  // ("code", "msg", "success") would only bring pages of noise from full text.
  const pasteAnswered = lookupResult.pasted && exactCount > 0;
  if (!query) {
    // Filters alone: every code that passes them, in catalogue order.
    for (const item of index.codes) addItem(item);
  } else if (!pasteAnswered) {
    const pagefind = (await import(/* @vite-ignore */ list.dataset.pagefindUrl!)) as Pagefind;
    await pagefind.options({ baseUrl: base, ranking: PAGEFIND_RANKING });
    if (stale()) return;
    const search = await pagefind.search(pagefindQuery(query.slice(0, FULL_TEXT_QUERY_CHARS)), filters.vendor ? { filters: { vendor: filters.vendor } } : {});
    // Classification filters apply through the index, so read results in batches until enough pass.
    let shown = 0;
    for (let at = 0; at < search.results.length && shown < FULL_TEXT_SHOWN && at < 300; at += FULL_TEXT_SHOWN) {
      const pages = await Promise.all(search.results.slice(at, at + FULL_TEXT_SHOWN).map((r) => r.data()));
      if (stale()) return;
      for (const page of pages) {
        if (seen.has(page.url) || shown >= FULL_TEXT_SHOWN) continue;
        const item = itemByUrl.get(page.url);
        if (hasFilters(filters) && (!item || !passesFilters(item, filters))) continue;
        seen.add(page.url);
        shown++;
        // The meaning reads better than an excerpt of the page's boilerplate; the excerpt stays for pages outside the index.
        addResult(page.url, page.meta.title ?? page.url, item ? [document.createTextNode(item.meaning)] : excerptNodes(page.excerpt), undefined, item?.action);
      }
    }
  }

  const what = query ? `for “${query.length > 80 ? `${query.slice(0, 80)}…` : query}”` : 'for these filters';
  const exact = exactCount ? ` ${exactCount} exact answer${exactCount === 1 ? '' : 's'} first.` : '';
  const truncated = lookupResult.truncated ? ` ${TRUNCATED_NOTE}` : '';
  const pasteNote = pasteAnswered ? ' Full-text results are left out for pasted text: search a few words to see them.' : '';
  status.textContent = seen.size ? `${seen.size} result${seen.size === 1 ? '' : 's'} ${what}${describeFilters(index)}.${exact}${truncated}${pasteNote}` : `Nothing found ${what}${describeFilters(index)}.`;
}

function start(): void {
  const mine = ++generation;
  readUrl();
  run(() => mine !== generation).catch((error: unknown) => {
    status.textContent = `Search failed: ${error instanceof Error ? error.message : String(error)}`;
  });
}

/**
 * Starts the page. `fromForm`: a filter was changed before this code loaded,
 * so the form, not the URL, holds what the person wants.
 */
export function initSearchPage(fromForm = false): void {
  if (fromForm) urlFromForm();
  else {
    readUrl();
    fillForm();
  }
  form.addEventListener('change', (event) => {
    if (!(event.target as HTMLElement).matches('[data-filter]')) return;
    urlFromForm();
    start();
  });
  start();
}
