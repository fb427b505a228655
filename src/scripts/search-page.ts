/** The search page: exact answers first, then Pagefind's full-text results, without duplicates. */
import { exactMatches, type LookupIndex } from '../utils/lookup.ts';
import { permalinkPath, withBase } from '../utils/urls.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const list = document.getElementById('search-results') as HTMLOListElement;
const status = document.getElementById('search-status')!;
const base = list.dataset.base!;
const params = new URLSearchParams(location.search);
const query = params.get('q')?.trim() ?? '';
const vendor = params.get('vendor') ?? '';

for (const input of document.querySelectorAll<HTMLInputElement>('#search-q, [data-search-input]')) input.value = query;
(document.getElementById('search-vendor') as HTMLSelectElement).value = vendor;

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

function addResult(url: string, title: string, body: Node[], exact: boolean): void {
  const li = document.createElement('li');
  li.className = 'rounded-lg border border-line p-3';
  if (exact) li.dataset.exact = '';
  const a = document.createElement('a');
  a.href = url;
  a.className = 'font-semibold';
  a.textContent = title;
  const p = document.createElement('p');
  p.className = 'text-sm text-muted';
  p.append(...body);
  li.append(a, p);
  list.append(li);
}

async function run(): Promise<void> {
  if (!query) {
    status.textContent = 'Type a code, an error name or words from a description.';
    return;
  }
  status.textContent = 'Searching…';
  const index: LookupIndex = await (await fetch(list.dataset.lookupUrl!)).json();
  const vendorName = (slug: string) => index.vendors.find((v) => v.slug === slug)?.name ?? slug;
  const seen = new Set<string>();
  for (const { item } of exactMatches(index, query)) {
    if (vendor && item.v !== vendor) continue;
    const url = withBase(base, permalinkPath(item.v, item.c));
    seen.add(url);
    addResult(url, `${item.c} · ${vendorName(item.v)}`, [document.createTextNode(item.d)], true);
  }
  const pagefind = (await import(/* @vite-ignore */ list.dataset.pagefindUrl!)) as Pagefind;
  await pagefind.options({ baseUrl: base });
  const search = await pagefind.search(query, vendor ? { filters: { vendor } } : {});
  const pages = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
  for (const page of pages) {
    if (seen.has(page.url)) continue;
    seen.add(page.url);
    addResult(page.url, page.meta.title ?? page.url, excerptNodes(page.excerpt), false);
  }
  status.textContent = seen.size ? `${seen.size} result${seen.size === 1 ? '' : 's'} for “${query}”${vendor ? ` at ${vendorName(vendor)}` : ''}.` : `Nothing found for “${query}”.`;
}

run().catch((error: unknown) => {
  status.textContent = `Search failed: ${error instanceof Error ? error.message : String(error)}`;
});
