/**
 * The theme choice: system (the default), light or dark, remembered in
 * localStorage. The inline early script (utils/first-paint.ts) applies a stored choice before the
 * first paint; this wires the header's select and keeps it in step.
 */
const STORAGE_KEY = 'theme';
type Choice = 'system' | 'light' | 'dark';

function stored(): Choice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system'; // storage blocked: follow the system
  }
}

function apply(choice: Choice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

export function initTheme(): void {
  const choice = stored();
  apply(choice); // in case the early script did not run (blocked or cached out of step)
  const select = document.querySelector<HTMLSelectElement>('[data-theme-choice]');
  if (!select) return;
  select.value = choice;
  select.addEventListener('change', () => {
    const next = select.value as Choice;
    apply(next);
    try {
      if (next === 'system') localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* not remembered, still applied */
    }
  });
}
