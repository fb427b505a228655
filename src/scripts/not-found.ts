/** The 404 page: go where a hand-typed URL meant, or suggest what it names. */
import type { LookupIndex } from '../utils/lookup/index.ts';
import { guessPath } from '../utils/resolve-path.ts';
import { withBase } from '../utils/urls.ts';
import { loadLookupIndexForPath } from './lookup-index-loader.ts';

const list = document.getElementById('not-found-suggestions')!;
const base = list.dataset.base!;
const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length - 1) : location.pathname;

/** One line of the list: a link, or plain text. */
function addLine(text: string, target?: string): void {
  const li = document.createElement('li');
  if (target === undefined) li.textContent = text;
  else {
    const a = document.createElement('a');
    a.href = withBase(base, target);
    a.textContent = text;
    li.append(a);
  }
  list.append(li);
}

let index: LookupIndex | undefined;
try {
  index = await loadLookupIndexForPath(list.dataset.lookupUrl!, path);
} catch (error) {
  // Without the index nothing can be matched; say so rather than leave an empty list.
  addLine(`The list of codes could not be loaded (${error instanceof Error ? error.message : String(error)}), so this address could not be matched. Browse the vendors or search below.`);
}
if (index) {
  const guess = guessPath(index, path);
  if (guess.redirect && withBase(base, guess.redirect) !== location.pathname) {
    // The query string and fragment travel on: /XIAOMI/10001?utm=x#causes keeps both.
    location.replace(withBase(base, guess.redirect) + location.search + location.hash);
  } else {
    for (const [label, target] of guess.suggestions) addLine(label, target);
    if (!guess.suggestions.length) addLine('Nothing in this address looks like a code or a vendor.');
  }
}
