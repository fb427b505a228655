/**
 * The options of a lookup box's listbox, built from one lookup result, in
 * groups a person reads top down: vendor tables, exact answers, "Did you
 * mean", suggestions, answers the text points away from, categories to
 * browse, then "Search all pages". Only builds elements; lookup-box.ts owns
 * the combobox behaviour. Headings are presentation rows, not options.
 */
import { CATEGORIES } from '../labels.ts';
import { TRUNCATED_NOTE, type Answer, type LookupIndex, type LookupResult } from '../utils/lookup/index.ts';
import { searchQueryString } from '../utils/search-url.ts';
import { permalinkPath, vendorPath, withBase } from '../utils/urls.ts';

/** A query longer than this goes to the search page cut to this length (URLs have limits). */
export const MAX_URL_QUERY = 2_000;

const OPTION = 'cursor-pointer rounded-md px-2 py-1.5 aria-selected:bg-surface aria-selected:outline aria-selected:outline-2 aria-selected:outline-accent hover:bg-surface';

export interface Where {
  /** The site's base path ("/" or "/docs/push/"). */
  base: string;
  /** The search page's path. */
  searchUrl: string;
  /** The input's id: options get ids from it (aria-activedescendant). */
  id: string;
}

export function searchHref(searchUrl: string, query: string): string {
  return `${searchUrl}?q=${encodeURIComponent(query.slice(0, MAX_URL_QUERY))}`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function option(id: string, href: string, className = OPTION, text?: string): HTMLLIElement {
  const li = el('li', className, text);
  li.id = id;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.dataset.href = href;
  return li;
}

function heading(text: string): HTMLLIElement {
  const li = el('li', 'px-2 pt-1 pb-1 text-xs font-semibold tracking-wide text-muted uppercase', text);
  li.setAttribute('role', 'presentation');
  return li;
}

/** What the listbox holds for one result: its rows (options and headings) and the options alone, in order. */
export interface Built {
  rows: HTMLLIElement[];
  options: HTMLLIElement[];
  /** Said by the live region once typing pauses. */
  announcement: string;
}

/** `shown`: the most answers the box asks for (it says "shown" when there may be more). */
export function buildOptions(where: Where, index: LookupIndex, query: string, result: LookupResult, shown: number): Built {
  const { base, searchUrl, id } = where;
  const vendorName = (slug: string) => index.vendors.find((v) => v.slug === slug)?.name ?? slug;
  const rows: HTMLLIElement[] = [];
  const options: HTMLLIElement[] = [];
  const add = (li: HTMLLIElement) => {
    rows.push(li);
    options.push(li);
  };
  // Nothing but vendor words ("huawei", "hms"): the vendor's whole table first.
  const tables = result.vendorsOnly ? result.vendors : [];
  for (const slug of tables) add(option(`${id}-option-vendor-${slug}`, withBase(base, vendorPath(slug)), `${OPTION} text-sm`, `All ${vendorName(slug)} codes`));

  const groups: [string, Answer[]][] = [
    ['Exact answers', result.answers.filter((a) => a.exact)],
    ['Did you mean', result.answers.filter((a) => a.via === 'near')],
    ['Suggestions', result.answers.filter((a) => a.via === 'prefix' || a.via === 'words')],
    ['Less likely: the text points to another vendor', result.answers.filter((a) => !a.exact && a.via !== 'near' && a.via !== 'prefix' && a.via !== 'words')],
  ];
  let n = 0;
  for (const [title, answers] of groups) {
    if (answers.length) rows.push(heading(title));
    for (const answer of answers) add(answerOption(answer, `${id}-option-${n++}`, withBase(base, permalinkPath(answer.item.vendor, answer.item.code)), vendorName(answer.item.vendor), query));
  }

  // Topic words ("quota", "oauth"): the whole category across vendors, or at the one vendor named.
  // No count: the index here may hold only the parts this text needed (lookup-index-loader.ts).
  const vendor = result.vendors.length === 1 ? result.vendors[0] : undefined;
  for (const category of result.topics) {
    const where = vendor ? `at ${vendorName(vendor)}` : 'across vendors';
    const li = option(`${id}-option-category-${category}`, `${searchUrl}${searchQueryString('', { category, vendor })}`, `${OPTION} text-sm text-accent`, `Browse every “${CATEGORIES[category]}” code ${where}`);
    li.dataset.category = category;
    add(li);
  }

  const exact = groups[0]![1].length;
  const short = query.trim().length <= 40 ? `“${query.trim()}”` : 'this text';
  const all = option(`${id}-option-all`, searchHref(searchUrl, query), `${OPTION} text-sm break-words text-accent`, `${result.answers.length ? '' : 'No exact answer. '}Search all pages for ${short}`);
  all.dataset.all = '';
  add(all);
  if (result.truncated) {
    const note = el('li', 'px-2 py-1 text-xs text-muted', TRUNCATED_NOTE);
    note.setAttribute('role', 'presentation');
    rows.push(note);
  }
  return { rows, options, announcement: announce(result, exact, tables.length, shown) };
}

function answerOption(answer: Answer, id: string, href: string, vendorName: string, query: string): HTMLLIElement {
  const { item } = answer;
  const li = option(id, href);
  const top = el('span', 'flex flex-wrap items-baseline gap-x-2');
  top.append(el('span', 'font-mono font-semibold break-all text-ink', item.code));
  if (item.name) top.append(el('span', 'font-mono text-sm text-muted', item.name));
  top.append(el('span', 'rounded border border-line px-1.5 text-xs font-medium text-ink', vendorName));
  if (answer.likely) top.append(el('span', 'text-xs font-medium text-accent', 'likely vendor'));
  if (answer.via === 'http') top.append(el('span', 'text-xs text-muted', `HTTP ${item.httpStatus}`));
  li.append(top, el('span', 'mt-0.5 block text-sm text-muted line-clamp-2', item.meaning));
  if (answer.via === 'near') {
    // The group's heading already says "Did you mean" on screen; headings are not read with an option, so a
    // screen reader hears it here. An alias (not the code or name shown above) is also shown as written.
    li.append(el('span', 'sr-only', `Did you mean ${answer.match}?`));
    if (answer.match !== item.code && answer.match !== item.name) li.append(el('span', 'block text-xs text-muted', `As “${answer.match}”`));
  }
  else if (answer.match.trim() !== query.trim() && answer.via !== 'words' && answer.via !== 'prefix') li.append(el('span', 'block text-xs text-muted', `Found “${answer.match}” in the text`));
  return li;
}

function announce(result: LookupResult, exact: number, tables: number, shown: number): string {
  const count = result.answers.length;
  const what = exact ? 'answer' : result.answers.some((a) => a.via === 'near') ? 'close name' : 'suggestion';
  const topics = result.topics.length ? `${result.topics.length === 1 ? 'A category' : `${result.topics.length} categories`} to browse, ` : '';
  const tableWords = tables ? `${tables === 1 ? 'A vendor table' : `${tables} vendor tables`} and ` : '';
  const counted = `${count} ${what}${count === 1 ? '' : 's'}${count >= shown ? ' shown' : ''}`;
  if (count) return `${tableWords}${topics}${counted}. Arrow down to choose.`;
  if (tables || topics) return `${tableWords}${topics}a full-text search. Arrow down to choose.`;
  return 'No exact answer. Press Enter to search all pages.';
}
