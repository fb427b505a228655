/**
 * What Enter opens in a lookup box with nothing highlighted: the one answer,
 * when the text leaves no doubt, else nothing (the box submits to the search
 * page, which lists every reading). Pure, so the rule is tested without a page.
 */
import type { Answer, LookupResult } from './types.ts';

/**
 * The top answer when it is exact and unambiguous: the only exact answer, or
 * the one of the vendor the text names or identifies, every other exact
 * answer being another vendor's reading of the same code ("huawei 80300007":
 * Huawei's, not Honor's). Undefined when the text could mean two things
 * ("80300007" alone, two codes in one paste, a name two layers share).
 */
export function enterAnswer(result: LookupResult): Answer | undefined {
  const top = result.answers[0];
  if (!top?.exact) return undefined;
  const others = result.answers.filter((a) => a.exact && a.item !== top.item);
  if (!others.length) return top;
  if (!top.likely) return undefined;
  const sameReading = (a: Answer) => a.match === top.match || a.item.code === top.item.code;
  return others.every((a) => !a.likely && a.item.vendor !== top.item.vendor && sameReading(a)) ? top : undefined;
}
