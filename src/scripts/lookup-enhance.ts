/**
 * Turns each lookup form into an ARIA combobox at page load (role, states,
 * an empty listbox and a polite live region), and imports the lookup itself
 * (lookup-box.ts: engine, index, rendering) only on first focus or input.
 * Small on purpose: it runs on every page before anyone touches the box.
 */
const LISTBOX = 'absolute top-full left-0 right-0 z-40 mt-1 max-h-[70vh] overflow-y-auto rounded-lg border border-line bg-canvas p-1 shadow-lg';
const HEADER_LISTBOX = 'sm:left-auto sm:w-[34rem] sm:max-w-[calc(100vw-2rem)]';

let loading: Promise<void> | undefined;
let loaded = false;
function load(): void {
  loading ??= import('./lookup-box.ts').then((m) => {
    m.initLookupBoxes();
    loaded = true;
  });
}

/**
 * A person can type and press an arrow key or Enter before the lookup code
 * arrives: keep the key for it, so Enter acts on the answers for the text as
 * typed. If the code cannot load, Enter still searches.
 */
function keepEarlyKey(event: KeyboardEvent): void {
  if (loaded || event.isComposing) return;
  const input = event.currentTarget as HTMLInputElement;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    input.dataset.pendingArrow = event.key;
  } else if (event.key === 'Enter') {
    event.preventDefault();
    input.dataset.pendingEnter = '';
    load();
    loading!.catch(() => input.form?.requestSubmit());
  }
}

export function enhanceLookupBoxes(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('[data-lookup-form]')) {
    const input = form.querySelector<HTMLInputElement>('[data-lookup-input]');
    if (!input || input.getAttribute('role') === 'combobox') continue;
    const listbox = document.createElement('ul');
    listbox.id = `${input.id}-listbox`;
    listbox.setAttribute('role', 'listbox');
    listbox.setAttribute('aria-label', 'Answers');
    listbox.hidden = true;
    listbox.dataset.lookupListbox = '';
    listbox.className = form.dataset.lookupForm === 'header' ? `${LISTBOX} ${HEADER_LISTBOX}` : LISTBOX;
    const status = document.createElement('p');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    status.className = 'sr-only';
    status.dataset.lookupStatus = '';
    form.append(listbox, status);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);
    input.setAttribute('aria-autocomplete', 'list');
    input.spellcheck = false;
    for (const type of ['focus', 'input', 'pointerenter']) input.addEventListener(type, load, { once: true });
    input.addEventListener('keydown', keepEarlyKey);
  }
}
