/**
 * Vendor-table filters (src/components/CodeFilter.astro): shows the controls,
 * hides rows that do not match, keeps each option's count live (options that
 * leave no code are disabled), says how many are left, and keeps the filter in
 * the query string so a filtered table can be linked. Rows carry data-c
 * (category), data-a (action) and data-v (from the vendor's docs).
 *
 * A table cut into parts (data-parts) shows its first part; the first filter
 * set loads the other parts' rows from their pages, so the filters act on
 * every code. An old `#code-…` link to a row in another part is sent on to it.
 */
import { facetCounts, filterStatus, filtersFromQuery, filtersToQuery, foldText, hasFilters, passesFilters, type Facets, type Filters } from '../utils/filters.ts';
import { partOfSlug } from '../utils/vendor-table.ts';

interface Row extends Facets {
  element: HTMLTableRowElement;
}

const readRow = (element: HTMLTableRowElement): Row => ({
  element,
  category: element.dataset.c ?? '',
  action: element.dataset.a ?? '',
  fromVendorDocs: element.dataset.v !== undefined,
  text: foldText(element.textContent ?? ''),
});

/** The rows of the other parts, fetched from their pages in table order. */
async function loadOtherParts(urls: string[], tableId: string): Promise<HTMLTableRowElement[]> {
  const pages = await Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return new DOMParser().parseFromString(await response.text(), 'text/html');
    }),
  );
  return pages.flatMap((page) => [...page.querySelectorAll<HTMLTableRowElement>(`#${tableId} tbody tr`)].map((row) => document.adoptNode(row)));
}

/** An old link to a row of another part (`/<vendor>/#code-…`): go to the part that has it. */
async function followHashToPart(form: HTMLElement, parts: string[]): Promise<void> {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id.startsWith('code-') || document.getElementById(id) || !form.dataset.partsIndex) return;
  const response = await fetch(form.dataset.partsIndex);
  if (!response.ok) return;
  const part = partOfSlug((await response.json()) as string[][], id.slice('code-'.length).toLowerCase());
  if (part && part > 1) location.replace(`${parts[part - 1]}${location.hash}`);
}

function initCodeFilter(form: HTMLElement): void {
  const table = document.getElementById(form.dataset.codeFilter!) as HTMLTableElement | null;
  if (!table) return;
  const body = table.tBodies[0]!;
  const total = Number(form.dataset.total);
  const parts = form.dataset.parts?.split(' ') ?? [];
  let rows = [...body.rows].map(readRow);
  let loading: Promise<void> | undefined = parts.length > 1 ? undefined : Promise.resolve();

  const text = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const category = form.querySelector<HTMLSelectElement>('select[name=category]')!;
  const action = form.querySelector<HTMLSelectElement>('select[name=action]')!;
  const vendorDocs = form.querySelector<HTMLInputElement>('input[name=vendorDocs]');
  const status = form.querySelector<HTMLElement>('[data-filter-status]')!;
  const values = (select: HTMLSelectElement) => [...select.options].map((o) => o.value).filter(Boolean);

  const read = (): Filters => ({
    ...(foldText(text.value) ? { text: text.value } : {}),
    ...(category.value ? { category: category.value } : {}),
    ...(action.value ? { action: action.value } : {}),
    ...(vendorDocs && !vendorDocs.checked ? { hideVendorDocs: true } : {}),
  });
  const show = (filter: Filters) => {
    text.value = filter.text ?? '';
    category.value = filter.category ?? '';
    action.value = filter.action ?? '';
    if (vendorDocs) vendorDocs.checked = !filter.hideVendorDocs;
  };
  const showCounts = (select: HTMLSelectElement, counts: Map<string, number>) => {
    for (const option of select.options) {
      if (!option.value) continue;
      const count = counts.get(option.value) ?? 0;
      option.textContent = `${option.dataset.label} (${count})`;
      // The chosen option stays choosable, so a person can see it left nothing and change it.
      option.disabled = count === 0 && option.value !== select.value;
    }
  };

  const loadAllParts = (): Promise<void> => {
    loading ??= loadOtherParts(parts.slice(1), table.id).then((more) => {
      body.append(...more);
      rows = rows.concat(more.map(readRow));
    });
    return loading;
  };

  let applied = 0;
  const apply = async (updateUrl: boolean) => {
    const filter = read();
    const run = ++applied;
    if (updateUrl) history.replaceState(history.state, '', `${location.pathname}${filtersToQuery(filter)}${location.hash}`);
    // Until a filter is set a long table shows its first part; a filter needs every row.
    if (!hasFilters(filter) && rows.length < total) {
      status.textContent = `Showing the first ${rows.length} of ${total} codes; a filter searches all of them`;
      return;
    }
    if (rows.length < total) {
      status.textContent = `Loading all ${total} codes…`;
      try {
        await loadAllParts();
      } catch (error) {
        status.textContent = `Could not load the other parts (${error instanceof Error ? error.message : String(error)}); the filters act on this part only`;
        loading = undefined;
      }
      if (run !== applied) return;
    }
    let shown = 0;
    for (const row of rows) {
      const visible = passesFilters(row, filter);
      row.element.hidden = !visible;
      if (visible) shown++;
    }
    const counts = facetCounts(rows, filter);
    showCounts(category, counts.category);
    showCounts(action, counts.action);
    status.textContent = filterStatus(shown, rows.length);
  };

  // The script arrives after the first paint: a filter set before it (typed, chosen, or restored by
  // the browser) is kept and applied unless the URL names one.
  const fromUrl = filtersFromQuery(location.search, { categories: values(category), actions: values(action), text: true });
  const early = !hasFilters(fromUrl) && hasFilters(read());
  if (!early) show(fromUrl);
  form.addEventListener('change', () => void apply(true));
  text.addEventListener('input', () => void apply(true));
  form.querySelector('[data-filter-clear]')!.addEventListener('click', () => {
    show({});
    void apply(true);
  });
  void apply(early);
  if (location.hash && parts.length > 1) void followHashToPart(form, parts);
}

/** Every vendor-table filter on the page (site.ts calls this after the first paint). */
export function initCodeFilters(): void {
  for (const group of document.querySelectorAll<HTMLElement>('[data-code-filter]')) initCodeFilter(group);
}
