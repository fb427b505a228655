/**
 * The lookup box as an ARIA combobox (APG "list autocomplete"): answers in a
 * listbox as the person types, arrow keys move, Enter opens the highlighted
 * option, or with none highlighted the one answer when the text leaves no
 * doubt (enterAnswer), else the search page; Escape closes then clears, and a
 * polite live region says how many answers there are. Loaded by site.ts with
 * a dynamic import on first focus or input, never on page load.
 *
 * No race between typing, arrows and Enter: a key that needs answers waits
 * for the answers to the text as it stands (its shards of the index, fetched
 * once), so a fast ↓ or Enter never acts on older answers or on none.
 */
import { enterAnswer, lookup, type LookupIndex, type LookupResult } from '../utils/lookup/index.ts';
import { permalinkPath, withBase } from '../utils/urls.ts';
import { loadLookupIndexFor, preloadLookupIndex } from './lookup-index-loader.ts';
import { buildOptions, MAX_URL_QUERY } from './lookup-options.ts';

/** Answers shown in the popup; the search page shows them all. */
const SHOWN = 12;

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
  /** The text the listbox shows answers for, and its result. */
  private renderedQuery = '';
  private result: LookupResult | undefined;
  /** An arrow key pressed before the answers to the current text were shown: applied to them. */
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
    // Enter pressed before this code had loaded: act on it now, on the text as typed.
    if (this.input.dataset.pendingEnter !== undefined) {
      delete this.input.dataset.pendingEnter;
      void this.enter(false);
    }
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
    await this.showCurrent().catch((error: unknown) => {
      this.status.textContent = `The lookup could not load: ${error instanceof Error ? error.message : String(error)}. Press Enter to search.`;
    });
  }

  /**
   * Shows the answers to the text as it stands, once the index parts it needs
   * are here (at once when they are already fetched). Every caller (a
   * keystroke, an arrow, Enter) waits on this, so none acts on older answers.
   */
  private async showCurrent(): Promise<void> {
    const query = this.input.value;
    if (this.renderedQuery === query) return;
    if (!query.trim()) return this.show(undefined, query);
    const { index, exact } = await loadLookupIndexFor(this.indexUrl, query);
    // A newer keystroke is on its way (it shows its own answers), or another caller already showed these.
    if (this.input.value !== query || this.renderedQuery === query) return;
    this.show(index, query, exact);
  }

  /**
   * Looks the text up and shows the answers: synchronous once the index is there. `exact`: the exact answers
   * the loader already read; with any, lookup() would give the same (it suggests only when there are none).
   */
  private show(index: LookupIndex | undefined, query: string, exact?: LookupResult): void {
    this.renderedQuery = query;
    this.listbox.replaceChildren();
    this.options = [];
    this.active = -1;
    this.result = undefined;
    this.input.removeAttribute('aria-activedescendant');
    if (!index || !query.trim()) {
      this.open(false);
      this.announce('');
      return;
    }
    const start = performance.now();
    const result = exact?.answers.length ? { ...exact, answers: exact.answers.slice(0, SHOWN) } : lookup(index, query, { limit: SHOWN });
    // The benchmark (tests/bench/search.ts) reads these User Timing entries.
    performance.measure('lookup', { start, end: performance.now() });
    this.result = result;
    const built = buildOptions({ base: this.base, searchUrl: this.searchUrl, id: this.input.id }, index, query, result, SHOWN);
    this.listbox.append(...built.rows);
    this.options = built.options;
    this.open(true);
    if (this.pendingArrow) {
      this.highlight(this.pendingArrow === 'ArrowDown' ? 0 : this.options.length - 1);
      this.pendingArrow = undefined;
    }
    this.announce(built.announcement);
  }

  /**
   * Enter with nothing highlighted: the one answer if the text leaves no doubt,
   * else the search page. Waits for the answers to the text as typed.
   */
  private async enter(newTab: boolean): Promise<void> {
    try {
      // Typed on while waiting: wait for the newer text's answers.
      while (this.renderedQuery !== this.input.value) await this.showCurrent();
    } catch {
      this.form.requestSubmit();
      return;
    }
    const option = this.listbox.hidden ? undefined : this.options[this.active];
    if (option) return this.go(option, newTab);
    const answer = this.result && enterAnswer(this.result);
    if (answer) this.goTo(withBase(this.base, permalinkPath(answer.item.vendor, answer.item.code)), newTab);
    else this.form.requestSubmit();
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
    this.goTo(option.dataset.href!, newTab);
  }

  private goTo(target: string, newTab: boolean): void {
    if (newTab) window.open(target, '_blank', 'noopener');
    else location.assign(target);
  }

  private onKey(e: KeyboardEvent): void {
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (this.renderedQuery !== this.input.value) {
          // The answers to this text are on their way: keep the key for them.
          e.preventDefault();
          this.pendingArrow = e.key;
          void this.showCurrent().catch(() => undefined);
          return;
        }
        const n = this.options.length;
        const expanded = !this.listbox.hidden;
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
        if (e.isComposing) return; // confirming an input method's characters (Chinese, Japanese), not a submit
        e.preventDefault();
        void this.enter(e.ctrlKey || e.metaKey);
        return;
      }
      case 'Escape': {
        e.preventDefault();
        if (!this.listbox.hidden) this.open(false);
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
