/**
 * Vendor-table filters (src/components/CodeFilter.astro): shows the controls,
 * hides rows that do not match, says how many are left, and keeps the filter
 * in the query string so a filtered table can be linked. Rows carry
 * data-c (category), data-a (action) and data-v (from the vendor's docs).
 */
import { filterStatus, filtersFromQuery, filtersToQuery, passesFilters, type Filters } from '../utils/filters.ts';

function initCodeFilter(form: HTMLElement): void {
  const table = document.getElementById(form.dataset.codeFilter!);
  if (!table) return;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const category = form.querySelector<HTMLSelectElement>('select[name=category]')!;
  const action = form.querySelector<HTMLSelectElement>('select[name=action]')!;
  const vendorDocs = form.querySelector<HTMLInputElement>('input[name=vendorDocs]');
  const status = form.querySelector<HTMLElement>('[data-filter-status]')!;
  const values = (select: HTMLSelectElement) => [...select.options].map((o) => o.value).filter(Boolean);

  const read = (): Filters => ({
    ...(category.value ? { category: category.value } : {}),
    ...(action.value ? { action: action.value } : {}),
    ...(vendorDocs && !vendorDocs.checked ? { hideVendorDocs: true } : {}),
  });
  const apply = (updateUrl: boolean) => {
    const filter = read();
    let shown = 0;
    for (const row of rows) {
      const visible = passesFilters({ category: row.dataset.c ?? '', action: row.dataset.a ?? '', fromVendorDocs: row.dataset.v !== undefined }, filter);
      row.hidden = !visible;
      if (visible) shown++;
    }
    status.textContent = filterStatus(shown, rows.length);
    if (updateUrl) history.replaceState(history.state, '', `${location.pathname}${filtersToQuery(filter)}${location.hash}`);
  };

  const show = (filter: Filters) => {
    category.value = filter.category ?? '';
    action.value = filter.action ?? '';
    if (vendorDocs) vendorDocs.checked = !filter.hideVendorDocs;
  };
  show(filtersFromQuery(location.search, { categories: values(category), actions: values(action) }));
  form.addEventListener('change', () => apply(true));
  form.querySelector('[data-filter-clear]')!.addEventListener('click', () => {
    show({});
    apply(true);
  });
  apply(false);
}

for (const group of document.querySelectorAll<HTMLElement>('[data-code-filter]')) initCodeFilter(group);
