/**
 * The lookup box as an ARIA combobox (APG "list autocomplete"): answers in a
 * listbox as the person types, arrow keys move, Enter opens the highlighted
 * answer (or submits the form to the search page), Escape closes then clears,
 * and a polite live region says how many answers there are. Loaded by
 * site.ts with a dynamic import on first focus or input, never on page load.
 */
import { lookup, TRUNCATED_NOTE, type Answer, type LookupIndex } from '../utils/lookup/index.ts';
import { permalinkPath, vendorPath, withBase } from '../utils/urls.ts';
import { loadLookupIndexFor, preloadLookupIndex } from './lookup-index-loader.ts';

/** Answers shown in the popup; the search page shows them all. */
const SHOWN = 12;
/** A query longer than this goes to the search page cut to this length (URLs have limits). */
const MAX_URL_QUERY = 2_000;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function searchHref(searchUrl: string, query: string): string {
  return `${searchUrl}?q=${encodeURIComponent(query.slice(0, MAX_URL_QUERY))}`;
}

class LookupBox {
  private readonly input: HTMLInputElement;
  private readonly listbox: HTMLUListElement;
  private readonly status: HTMLElement;
  private readonly form: HTMLFormElement;
  /** The whole index's URL; a lookup fetches only the shards beside it that its text needs. */
  private readonly indexUrl: string;
  private readonly searchUrl: string;
  private readonly base: string;
  private options: HTMLLIElement[] = [];
  private active = -1;
  private announceTimer = 0;
  private lastQuery = '';
  /** An arrow key pressed before the answers for the current text were shown: applied once they are. */
  private pendingArrow: 'ArrowDown' | 'ArrowUp' | undefined;

  constructor(form: HTMLFormElement) {
    this.form = form;
    this.input = form.querySelector<HTMLInputElement>('[data-lookup-input]')!;
    this.listbox = form.querySelector<HTMLUListElement>('[data-lookup-listbox]')!;
    this.status = form.querySelector<HTMLElement>('[data-lookup-status]')!;
    // Every URL follows from the form's action, /search/ under the site's base path.
    this.searchUrl = new URL(form.action).pathname;
    this.base = this.searchUrl.replace(/search\/$/, '');
    this.indexUrl = `${this.base}api/lookup.json`;
    preloadLookupIndex(this.indexUrl);
    this.input.addEventListener('input', () => {
      this.pendingArrow = undefined; // typed after the arrow: the arrow was for older answers
      void this.update();
    });
    // An arrow key pressed before this code had loaded (lookup-enhance.ts kept it).
    const early = this.input.dataset.pendingArrow;
    if (early === 'ArrowDown' || early === 'ArrowUp') this.pendingArrow = early;
    delete this.input.dataset.pendingArrow;
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('focus', () => {
      if (this.input.value.trim() && this.options.length) this.open(true);
    });
    this.form.addEventListener('submit', () => {
      if (this.input.value.length > MAX_URL_QUERY) this.input.value = this.input.value.slice(0, MAX_URL_QUERY);
    });
    // Close when focus leaves the box (a click on an option lands first: see pointerdown below).
    this.form.addEventListener('focusout', (e) => {
      if (!this.form.contains(e.relatedTarget as Node | null)) this.open(false);
    });
    this.listbox.addEventListener('pointerdown', (e) => e.preventDefault());
    this.listbox.addEventListener('click', (e) => {
      const option = (e.target as HTMLElement).closest<HTMLLIElement>('[role=option]');
      if (option) this.go(option, e.ctrlKey || e.metaKey);
    });
    if (this.input.value.trim()) void this.update();
  }

  private async update(): Promise<void> {
    const query = this.input.value;
    if (query === this.lastQuery) return;
    this.lastQuery = query;
    if (!query.trim()) {
      this.render([], query, false);
      return;
    }
    let index: LookupIndex;
    try {
      index = await loadLookupIndexFor(this.indexUrl, query);
    } catch (error) {
      this.status.textContent = `The lookup could not load: ${error instanceof Error ? error.message : String(error)}. Press Enter to search.`;
      return;
    }
    if (this.input.value !== query) return; // a newer keystroke is on its way
    const start = performance.now();
    const result = lookup(index, query, { limit: SHOWN });
    // The benchmark (tests/bench/search.ts) reads these User Timing entries.
    performance.measure('lookup', { start, end: performance.now() });
    this.render(result.answers, query, result.truncated, index, result.vendorsOnly ? result.vendors : []);
  }

  /** `vendors`: vendor tables to offer, when the query is nothing but vendor words. */
  private render(answers: Answer[], query: string, truncated: boolean, index?: LookupIndex, vendors: string[] = []): void {
    const base = this.base;
    const vendorName = (slug: string) => index?.vendors.find((v) => v.slug === slug)?.name ?? slug;
    const id = this.input.id;
    this.listbox.replaceChildren();
    this.options = [];
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    if (!query.trim()) {
      this.open(false);
      this.announce('');
      return;
    }
    const exact = answers.some((a) => a.via !== 'prefix' && a.via !== 'words');
    // Nothing but vendor words ("huawei", "hms"): offer the vendor's whole table first.
    for (const slug of vendors) {
      const li = el('li', 'cursor-pointer rounded-md px-2 py-1.5 text-sm aria-selected:bg-surface aria-selected:outline aria-selected:outline-2 aria-selected:outline-accent hover:bg-surface', `All ${vendorName(slug)} codes`);
      li.id = `${id}-option-vendor-${slug}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.href = withBase(base, vendorPath(slug));
      this.listbox.append(li);
      this.options.push(li);
    }
    if (answers.length) {
      const heading = el('li', 'px-2 pt-1 pb-1 text-xs font-semibold tracking-wide text-muted uppercase', exact ? 'Exact answers' : 'Suggestions');
      heading.setAttribute('role', 'presentation');
      this.listbox.append(heading);
    }
    answers.forEach((answer, i) => {
      const { item } = answer;
      const li = el('li', 'cursor-pointer rounded-md px-2 py-1.5 aria-selected:bg-surface aria-selected:outline aria-selected:outline-2 aria-selected:outline-accent hover:bg-surface');
      li.id = `${id}-option-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.href = withBase(base, permalinkPath(item.vendor, item.code));
      const top = el('span', 'flex flex-wrap items-baseline gap-x-2');
      top.append(el('span', 'font-mono font-semibold break-all text-ink', item.code));
      if (item.name) top.append(el('span', 'font-mono text-sm text-muted', item.name));
      top.append(el('span', 'rounded border border-line px-1.5 text-xs font-medium text-ink', vendorName(item.vendor)));
      if (answer.likely) top.append(el('span', 'text-xs font-medium text-accent', 'likely vendor'));
      if (answer.via === 'http') top.append(el('span', 'text-xs text-muted', `HTTP ${item.httpStatus}`));
      const meaning = el('span', 'mt-0.5 block text-sm text-muted line-clamp-2', item.meaning);
      li.append(top, meaning);
      if (answer.match.trim() !== query.trim() && answer.via !== 'words' && answer.via !== 'prefix') li.append(el('span', 'block text-xs text-muted', `Found “${answer.match}” in the text`));
      this.listbox.append(li);
      this.options.push(li);
    });
    const short = query.trim().length <= 40 ? `“${query.trim()}”` : 'this text';
    const all = el('li', 'cursor-pointer rounded-md px-2 py-1.5 text-sm break-words text-accent aria-selected:bg-surface aria-selected:outline aria-selected:outline-2 aria-selected:outline-accent hover:bg-surface', `${answers.length ? '' : 'No exact answer. '}Search all pages for ${short}`);
    all.id = `${id}-option-all`;
    all.setAttribute('role', 'option');
    all.setAttribute('aria-selected', 'false');
    all.dataset.href = searchHref(this.searchUrl, query);
    all.dataset.all = '';
    this.listbox.append(all);
    this.options.push(all);
    if (truncated) {
      const note = el('li', 'px-2 py-1 text-xs text-muted', TRUNCATED_NOTE);
      note.setAttribute('role', 'presentation');
      this.listbox.append(note);
    }
    this.open(true);
    if (this.pendingArrow) {
      this.highlight(this.pendingArrow === 'ArrowDown' ? 0 : this.options.length - 1);
      this.pendingArrow = undefined;
    }
    const count = answers.length;
    const tables = vendors.length ? `${vendors.length === 1 ? 'A vendor table' : `${vendors.length} vendor tables`} and ` : '';
    this.announce(count ? `${tables}${count} ${exact ? 'answer' : 'suggestion'}${count === 1 ? '' : 's'}${count >= SHOWN ? ' shown' : ''}. Arrow down to choose.` : tables ? `${tables}a full-text search. Arrow down to choose.` : 'No exact answer. Press Enter to search all pages.');
  }

  /** Said once typing pauses, so a screen reader is not interrupted on every key. */
  private announce(text: string): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => {
      this.status.textContent = text;
    }, 300);
  }

  private open(open: boolean): void {
    const show = open && this.options.length > 0 && document.activeElement === this.input;
    this.listbox.hidden = !show;
    this.input.setAttribute('aria-expanded', String(show));
    if (!show) this.highlight(-1);
  }

  private highlight(i: number): void {
    this.options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = i;
    const option = this.options[i];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      this.input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private go(option: HTMLLIElement, newTab = false): void {
    const target = option.dataset.href!;
    if (newTab) window.open(target, '_blank', 'noopener');
    else location.assign(target);
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.options.length;
    const expanded = !this.listbox.hidden;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (this.input.value !== this.lastQuery || (!n && this.input.value.trim())) {
          // Answers are on their way (the index is still loading): keep the key for them.
          e.preventDefault();
          this.pendingArrow = e.key;
          return;
        }
        if (!n) return;
        e.preventDefault();
        if (!expanded) {
          this.open(true);
          this.highlight(e.key === 'ArrowDown' ? 0 : n - 1);
          return;
        }
        const step = e.key === 'ArrowDown' ? 1 : -1;
        // From the text, ↓ goes to the first option and ↑ to the last; past either end the highlight goes back to the text (APG combobox).
        const next = this.active === -1 ? (step === 1 ? 0 : n - 1) : this.active + step;
        this.highlight(next >= n || next < 0 ? -1 : next);
        return;
      }
      case 'Enter': {
        const option = this.options[this.active];
        if (expanded && option) {
          e.preventDefault();
          this.go(option);
        }
        return; // otherwise the form submits: the search page
      }
      case 'Escape': {
        e.preventDefault();
        if (expanded) this.open(false);
        else {
          this.input.value = '';
          void this.update();
        }
        return;
      }
      case 'Tab':
        this.open(false);
        return;
    }
  }
}

const boxes = new WeakSet<HTMLFormElement>();

/** Turns every lookup form on the page into a combobox (once). */
export function initLookupBoxes(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('[data-lookup-form]')) {
    if (boxes.has(form)) continue;
    boxes.add(form);
    new LookupBox(form);
  }
}
