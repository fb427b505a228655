/** The 404 page: go where a hand-typed URL meant, or suggest what it names. */
import type { LookupIndex } from '../utils/lookup/index.ts';
import { guessPath } from '../utils/resolve-path.ts';
import { withBase } from '../utils/urls.ts';
import { loadLookupIndex } from './lookup-index-loader.ts';

const list = document.getElementById('not-found-suggestions')!;
const base = list.dataset.base!;
const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length - 1) : location.pathname;

const index: LookupIndex = await loadLookupIndex(list.dataset.lookupUrl!);
const guess = guessPath(index, path);
if (guess.redirect && withBase(base, guess.redirect) !== location.pathname) {
  location.replace(withBase(base, guess.redirect) + location.hash);
} else {
  for (const [label, target] of guess.suggestions) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = withBase(base, target);
    a.textContent = label;
    li.append(a);
    list.append(li);
  }
  if (!guess.suggestions.length) {
    const li = document.createElement('li');
    li.textContent = 'Nothing in this address looks like a code or a vendor.';
    list.append(li);
  }
}
