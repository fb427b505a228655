/** Dark mode: follows the system until the person chooses; the choice is remembered. */
const STORAGE_KEY = 'theme';
type Theme = 'light' | 'dark';

function systemTheme(): Theme {
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function stored(): Theme | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null; // storage blocked: follow the system
  }
}

export function initTheme(): void {
  const root = document.documentElement;
  const choice = stored();
  if (choice) root.dataset.theme = choice;
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const render = () => {
    const dark = (root.dataset.theme as Theme | undefined ?? systemTheme()) === 'dark';
    button.setAttribute('aria-pressed', String(dark));
  };
  render();
  button.addEventListener('click', () => {
    const next: Theme = (root.dataset.theme ?? systemTheme()) === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* not remembered, still applied */
    }
    render();
  });
}
