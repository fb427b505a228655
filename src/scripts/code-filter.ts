/**
 * Vendor-table filters (src/components/CodeFilter.astro): shows the form,
 * hides rows that do not match, says how many are left, and keeps the filter
 * in the query string so a filtered table can be linked. Rows carry
 * data-c (category), data-a (action) and data-v (from the vendor's docs).
 */
import { filterFromQuery, filterStatus, filterToQuery, rowVisible, type FilterState } from '../utils/guidance.ts';

function initCodeFilter(form: HTMLFormElement): void {
  const table = document.getElementById(form.dataset.codeFilter!);
  if (!table) return;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const category = form.elements.namedItem('category') as HTMLSelectElement;
  const action = form.elements.namedItem('action') as HTMLSelectElement;
  const vendorDocs = form.elements.namedItem('vendorDocs') as HTMLInputElement | null;
  const status = form.querySelector<HTMLElement>('[data-filter-status]')!;
  const values = (select: HTMLSelectElement) => [...select.options].map((o) => o.value).filter(Boolean);

  const read = (): FilterState => ({ category: category.value, action: action.value, showVendorDocs: vendorDocs?.checked ?? true });
  const apply = (updateUrl: boolean) => {
    const filter = read();
    let shown = 0;
    for (const row of rows) {
      const visible = rowVisible({ category: row.dataset.c ?? '', action: row.dataset.a ?? '', fromVendorDocs: row.dataset.v !== undefined }, filter);
      row.hidden = !visible;
      if (visible) shown++;
    }
    status.textContent = filterStatus(shown, rows.length);
    if (updateUrl) history.replaceState(history.state, '', `${location.pathname}${filterToQuery(filter)}${location.hash}`);
  };

  const initial = filterFromQuery(location.search, { categories: values(category), actions: values(action) });
  category.value = initial.category;
  action.value = initial.action;
  if (vendorDocs) vendorDocs.checked = initial.showVendorDocs;
  form.hidden = false;
  form.addEventListener('change', () => apply(true));
  form.addEventListener('submit', (event) => event.preventDefault());
  // A reset restores the defaults after this event: apply once they are in.
  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  apply(false);
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-code-filter]')) initCodeFilter(form);
