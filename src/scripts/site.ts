/**
 * The only script every page loads. Reading a page needs none of it: it adds
 * the theme choice, the vendor menu's closing, the `/` shortcut and the copy
 * buttons, and loads the
 * lookup box's code only when a person first focuses or types in it, the
 * search page's code only when there is a search to run, and a vendor
 * table's filters; the last two after the first paint (after-paint.ts).
 */
import { afterFirstPaint } from './after-paint.ts';
import { initTheme } from './theme.ts';
import { initCopyButtons } from './copy.ts';
import { initVendorMenu } from './menu.ts';
import { enhanceLookupBoxes } from './lookup-enhance.ts';

initTheme();
initCopyButtons();
initVendorMenu();

// `/` focuses the header search box, unless the person is typing somewhere.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});

// The lookup box: a combobox now, its code (a separate chunk) on first focus or input.
enhanceLookupBoxes();

// The search page's code, only when the URL holds a search: an empty search page
// stays as light as any other. (Loaded from here rather than from a script of its
// own, so the pages share one entry script and one request.)
// A filter changed on an empty search page also starts it (the filters apply as they change).
// Fields a person changes before that code has started are kept: it reads the rest from the URL.
const searchForm = document.querySelector<HTMLFormElement>('[data-search-form]');
if (searchForm && document.getElementById('search-results')) {
  const changedEarly = new Set<string>();
  const noteChange = (event: Event) => {
    const name = (event.target as HTMLSelectElement).name;
    if (name) changedEarly.add(name);
  };
  searchForm.addEventListener('change', noteChange);
  const start = () =>
    void import('./search-page.ts').then((m) => {
      searchForm.removeEventListener('change', noteChange);
      m.initSearchPage(changedEarly, () => import('./search-core.ts'));
    });
  if (location.search.length > 1) afterFirstPaint(start);
  else searchForm.addEventListener('change', start, { once: true });
}

// A vendor table's filters (CodeFilter.astro): laid out from the first paint, working after it.
if (document.querySelector('[data-code-filter]')) afterFirstPaint(() => void import('./code-filter.ts').then((m) => m.initCodeFilters()));
