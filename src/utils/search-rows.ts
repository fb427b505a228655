/**
 * The search page's results as data: which codes and pages are listed, in
 * which order, with which notes. Pure (no DOM), so the search runs in a Web
 * Worker (src/scripts/search-worker.ts) and the page only draws the rows it is
 * sent (src/scripts/search-page.ts). Exact answers from the lookup come first,
 * then "Did you mean", then meanings that hold the query word for word, then
 * Pagefind's full-text results; a page is listed once.
 */
import type { Category } from '../labels.ts';
import { hasFilters, passesFilters, type Filters } from './filters.ts';
import { didYouMean, exactAnswers, phraseMatches, TRUNCATED_NOTE, type LookupIndex, type LookupItem, type LookupResult } from './lookup/index.ts';
import { permalinkPath, withBase } from './urls.ts';

/** One result as the page draws it. */
export interface ResultRow {
  url: string;
  title: string;
  /** Plain text under the title: the code's meaning. */
  text?: string;
  /** Pagefind's excerpt (HTML with <mark>), only for a page the index does not hold. */
  excerpt?: string;
  /** A line under the text: why a code is listed. */
  note?: string;
  action?: string;
  /** How it was found; the page marks its list item with it (data-exact, data-near, data-phrase). */
  found?: 'exact' | 'near' | 'phrase';
}

/** What the lookup answers for one search, before full text. */
export interface LookupRows {
  rows: ResultRow[];
  exactCount: number;
  /** "Did you mean": each close name and its page. */
  near: { text: string; url: string }[];
  topics: Category[];
  /** Said when the text was longer than what is read; empty otherwise. */
  truncatedNote: string;
  /** A pasted body or log line whose codes were answered: full text is left out (its keys would only bring noise). */
  pasteAnswered: boolean;
  /** The filtered vendor's name, for the status line. */
  vendorName?: string;
  /** With no query, the list is paged (browse-page.ts): which page of how many, and the codes on all of them. */
  browse?: { page: number; pages: number; total: number; start: number };
}

/** A full-text result as Pagefind's `data()` gives it. */
export interface FullTextPage {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

/** The rows of one search over one index: remembers what is listed, so nothing is listed twice. */
export class SearchRows {
  private readonly seen = new Set<string>();
  private readonly itemByUrl: Map<string, LookupItem>;

  constructor(
    private readonly index: LookupIndex,
    private readonly base: string,
    private readonly filters: Filters,
  ) {
    this.itemByUrl = new Map(index.codes.map((item) => [this.urlOf(item), item]));
  }

  /** Rows listed so far. */
  get count(): number {
    return this.seen.size;
  }

  private urlOf(item: LookupItem): string {
    return withBase(this.base, permalinkPath(item.vendor, item.code));
  }

  private vendorName(slug: string): string {
    return this.index.vendors.find((v) => v.slug === slug)?.name ?? slug;
  }

  /** A code's row, once, if it passes the filters. */
  private itemRow(item: LookupItem, note?: string, found?: ResultRow['found']): ResultRow | undefined {
    const url = this.urlOf(item);
    if (this.seen.has(url) || !passesFilters(item, this.filters)) return undefined;
    this.seen.add(url);
    return { url, title: `${item.code} · ${this.vendorName(item.vendor)}`, text: item.meaning, note, action: item.action, found };
  }

  /**
   * The lookup's rows for `query` (filters alone: every code that passes them, in catalogue order).
   * `loaded`: exactAnswers(index, query), when the index loader already read them.
   */
  lookupRows(query: string, loaded?: LookupResult): LookupRows {
    const { filters } = this;
    const vendorName = filters.vendor ? this.vendorName(filters.vendor) : undefined;
    const rows: ResultRow[] = [];
    const add = (row: ResultRow | undefined) => row && rows.push(row);
    if (!query) {
      for (const item of this.index.codes) add(this.itemRow(item));
      return { rows, exactCount: 0, near: [], topics: [], truncatedNote: '', pasteAnswered: false, vendorName };
    }
    const result = loaded ?? exactAnswers(this.index, query);
    let exactCount = 0;
    for (const answer of result.answers) {
      const { item } = answer;
      // A reading the text rules out (another vendor's keys or wording) is listed, after the exact ones, and says why.
      const note = [answer.exact ? '' : 'the text points to another vendor', answer.likely ? 'likely vendor' : '', answer.match.trim() !== query ? `found “${answer.match}” in the text` : '', answer.via === 'http' ? `HTTP ${item.httpStatus}` : ''].filter(Boolean).join(' · ');
      const row = this.itemRow(item, note ? note[0]!.toUpperCase() + note.slice(1) : undefined, answer.exact ? 'exact' : undefined);
      add(row);
      if (row && answer.exact) exactCount++;
    }
    // A long name a letter or two off ("BadDeviceTokn"): said above the results, and its pages lead them.
    const nearAnswers = result.answers.length ? [] : didYouMean(this.index, query, filters.vendor);
    const near = nearAnswers.map((a) => ({ text: `${a.match} at ${this.vendorName(a.item.vendor)}`, url: this.urlOf(a.item) }));
    // The hint line above already asks "Did you mean"; the row says why it is listed, without asking twice.
    for (const answer of nearAnswers) add(this.itemRow(answer.item, 'A letter or two off what you typed', 'near'));
    // Meanings that contain the query word for word, shortest first: before full text.
    for (const item of phraseMatches(this.index, query)) add(this.itemRow(item, undefined, 'phrase'));
    return { rows, exactCount, near, topics: result.topics, truncatedNote: result.truncated ? TRUNCATED_NOTE : '', pasteAnswered: result.pasted && exactCount > 0, vendorName };
  }

  /**
   * Full-text rows from one batch of Pagefind's results, until `limit` full-text rows in all (`shown` so far).
   * A page the index holds shows its code's meaning (it reads better than an excerpt of the page's
   * boilerplate) and passes the filters through its code; other pages show the excerpt.
   */
  fullTextRows(pages: FullTextPage[], shown: number, limit: number): ResultRow[] {
    const rows: ResultRow[] = [];
    for (const page of pages) {
      if (this.seen.has(page.url) || shown + rows.length >= limit) continue;
      const item = this.itemByUrl.get(page.url);
      if (hasFilters(this.filters) && (!item || !passesFilters(item, this.filters))) continue;
      this.seen.add(page.url);
      const title = page.meta.title ?? page.url;
      rows.push(item ? { url: page.url, title, text: item.meaning, action: item.action } : { url: page.url, title, excerpt: page.excerpt });
    }
    return rows;
  }
}
