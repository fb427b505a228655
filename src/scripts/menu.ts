/** The header's vendor menu (a <details>): Escape or a click elsewhere closes it, as people expect of a menu. */
export function initVendorMenu(): void {
  const menu = document.querySelector<HTMLDetailsElement>('[data-vendor-menu]');
  if (!menu) return;
  document.addEventListener('click', (event) => {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    menu.querySelector('summary')?.focus();
  });
}
