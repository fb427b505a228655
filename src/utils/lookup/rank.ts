/**
 * Orders the candidates into answers. Candidates are grouped by what was
 * written (one number, one name); groups come strongest first, then in
 * reading order; within a group the likeliest vendor first, then the
 * catalogue's vendor order.
 */
import { wordedReading, type Candidate } from './candidates.ts';
import type { Compiled } from './tables.ts';
import { foldName, push } from './text.ts';
import type { Answer } from './types.ts';
import { kinship } from './vendor-guess.ts';
import { STRENGTH, TIER, VENDOR_WEIGHT } from './weights.ts';

export interface RankContext {
  typed: boolean;
  /** The text's keys or vendor words recognise at least one vendor. */
  recognised: boolean;
}

export function rank(tables: Compiled, candidates: Iterable<Candidate>, { typed, recognised }: RankContext): Answer[] {
  const groups = new Map<string, Candidate[]>();
  for (const cand of candidates) push(groups, `${cand.via === 'http' ? 'h' : 'c'}:${/^-?\d+$/.test(cand.match) ? cand.match : foldName(cand.match)}`, cand);
  const order = [...groups.values()].map((list) =>
    list.sort((a, b) => b.vendorScore - a.vendorScore || b.strength - a.strength || tables.vendorOrder.get(a.item.vendor)! - tables.vendorOrder.get(b.item.vendor)!),
  );
  // A typed vendor word lifts its vendor's match above other readings ("fcm 404": FCM's 404 before Honor's code 404).
  const groupStrength = (list: Candidate[]) => Math.max(...list.map((x) => x.strength + Math.min(x.vendorScore, VENDOR_WEIGHT.groupCap) / VENDOR_WEIGHT.groupShare));
  // In a paste, mentions of one strength keep their reading order; the fractions only break ties when typed.
  // A vendor recognised from keys or words is worth a tier.
  const supported = (list: Candidate[]) => list.some((x) => x.vendorScore > 0);
  // A number that belongs to none of the vendors the body looks like (FCM's `"code": 404` is not Honor's)
  // is ruled out when another reading is backed by the text: not exact, and after every exact answer.
  const backed = !typed && recognised && order.some(supported);
  const ruledOut = (list: Candidate[]) => backed && !supported(list) && list[0]!.via === 'code';
  const tier = (list: Candidate[]) => {
    if (typed) return groupStrength(list);
    if (recognised && !supported(list) && list[0]!.via === 'code') return TIER.unsupported;
    return Math.floor(Math.max(...list.map((x) => x.strength)) + (supported(list) ? TIER.supported : 0));
  };
  // A name, alias or message in a paste outranks a bare number that may be something else:
  // an HTTP status (`code = "400"` beside `DeviceTokenNotForTopic`), a count, another key's value.
  const worded = !typed && order.some((list) => wordedReading(list[0]!));
  const demoted = (list: Candidate[]) => (worded && !wordedReading(list[0]!) && list.every((x) => mayBeOtherNumber(x)) ? 1 : 0);
  const out = (list: Candidate[]) => (ruledOut(list) ? 1 : 0);
  order.sort((a, b) => out(a) - out(b) || demoted(a) - demoted(b) || tier(b) - tier(a) || a[0]!.position - b[0]!.position);
  const answers: Answer[] = [];
  for (const list of order) {
    const top = list[0]!.vendorScore;
    const exact = !ruledOut(list);
    for (const cand of list) answers.push({ item: cand.item, via: cand.via, match: cand.match, likely: top > 0 && cand.vendorScore === top, exact });
  }
  return answers;
}

/**
 * A number found in a paste that may not be a code at all: one in the range
 * of HTTP statuses (even under `code`: `code = "400"` is often the status), or
 * one not under a code key (a count, another key's value). A short number
 * under a code key (`code=-1`) is the code.
 */
function mayBeOtherNumber(cand: Candidate): boolean {
  if (cand.via === 'http') return true;
  const n = Math.abs(Number(cand.match));
  return (n >= 100 && n <= 599) || cand.strength <= STRENGTH.plain;
}

/**
 * Named vendors first, the rest keep their order (a person may name the wrong vendor); only within one written match,
 * so a paste's reading order stays. Typed words only: in a paste every vendor word already counts by its distance
 * to the code (Candidates.add), so the vendor named first ("iOS FCM push … InternalServerError") does not win by order.
 */
export function namedFirst(answers: Answer[], named: string[], family: Map<string, string>, typed = true): Answer[] {
  if (!named.length || !typed) return answers;
  // A layer of a named vendor ("fcm" → FCM legacy) comes right after the vendor itself.
  const rankOf = (a: Answer) => {
    const at = named.findIndex((n) => kinship(family, n, a.item.vendor) > 0);
    return at < 0 ? named.length : at + (named[at] === a.item.vendor ? 0 : 0.5);
  };
  const stable = answers.map((a, i) => [a, i] as const);
  stable.sort(([a, i], [b, j]) => (a.match === b.match ? rankOf(a) - rankOf(b) || i - j : i - j));
  return stable.map(([a]) => a);
}
