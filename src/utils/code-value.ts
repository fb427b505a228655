/**
 * The `/code/<n>/` page's reading of one value across vendors: the entries
 * whose code is `n`, the entries whose HTTP status is `n` (FCM UNAVAILABLE and
 * APNs ServiceUnavailable for 503), and whether all of them agree on what to do.
 * Pure: the page renders what this returns.
 */
import type { Action } from '../labels.ts';
import { codeSlug } from './urls.ts';
import { ticketAdvice } from './ticket.ts';

/** What this module reads of an entry. */
export interface ValueFacts {
  vendor: string;
  code: string;
  httpStatus?: number;
  action: Action;
  retryable: boolean;
}

export interface ValueGroups<T> {
  /** Entries whose own code is the value, in catalogue order. */
  byCode: T[];
  /** Entries whose HTTP status is the value and whose code is not, in catalogue order. */
  byHttp: T[];
}

/** Every value that gets a page: each code value (lower case) and each HTTP status an entry carries. */
export function codeValueKeys(codes: readonly { data: ValueFacts }[]): string[] {
  const keys = new Set<string>();
  for (const { data } of codes) keys.add(codeSlug(data.code));
  for (const { data } of codes) if (data.httpStatus !== undefined) keys.add(String(data.httpStatus));
  return [...keys];
}

/**
 * Every value's groups at once (codeValueKeys → codeValueGroups), in one pass
 * over the catalogue: asking codeValueGroups for each value scans every entry
 * per value, which grows with the square of the catalogue.
 */
export function codeValueTable<T extends { data: Pick<ValueFacts, 'code' | 'httpStatus'> }>(codes: readonly T[]): Map<string, ValueGroups<T>> {
  const table = new Map<string, ValueGroups<T>>();
  const groupsOf = (value: string) => {
    let groups = table.get(value);
    if (!groups) table.set(value, (groups = { byCode: [], byHttp: [] }));
    return groups;
  };
  for (const c of codes) groupsOf(codeSlug(c.data.code)).byCode.push(c);
  for (const c of codes) {
    if (c.data.httpStatus === undefined) continue;
    const value = String(c.data.httpStatus);
    const groups = groupsOf(value);
    // Same rule as codeValueGroups: only three-digit statuses, never an entry already listed by its code.
    if (/^\d{3}$/.test(value) && codeSlug(c.data.code) !== value) groups.byHttp.push(c);
  }
  return table;
}

/** The entries a value names, in two groups (see ValueGroups). `value` is a URL slug: lower case. */
export function codeValueGroups<T extends { data: ValueFacts }>(codes: readonly T[], value: string): ValueGroups<T> {
  const byCode = codes.filter((c) => codeSlug(c.data.code) === value);
  const byHttp = /^\d{3}$/.test(value) ? codes.filter((c) => c.data.httpStatus !== undefined && String(c.data.httpStatus) === value && !byCode.includes(c)) : [];
  return { byCode, byHttp };
}

export interface AdviceGroup<T> {
  action: Action;
  retryable: boolean;
  /** "Retry with back-off; a retry can help", the words the ticket text uses. */
  advice: string;
  entries: T[];
}

/**
 * Entries grouped by what to do (action and whether a retry helps), the
 * largest group first and, on a tie, the one met first. One group means all agree.
 */
export function adviceGroups<T extends { data: ValueFacts }>(entries: readonly T[]): AdviceGroup<T>[] {
  const groups = new Map<string, AdviceGroup<T>>();
  for (const e of entries) {
    const advice = ticketAdvice(e.data.action, e.data.retryable);
    const group = groups.get(advice);
    if (group) group.entries.push(e);
    else groups.set(advice, { action: e.data.action, retryable: e.data.retryable, advice, entries: [e] });
  }
  return [...groups.values()].sort((a, b) => b.entries.length - a.entries.length);
}

/** The plain sentence above the lists: whether the entries agree on what to do. */
export function agreementSentence(groups: readonly AdviceGroup<unknown>[]): string {
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  if (total === 0) return '';
  if (total === 1) return `What to do: ${groups[0]!.advice}.`;
  if (groups.length === 1) return `${total === 2 ? 'Both' : `All ${total}`} agree on what to do: ${groups[0]!.advice}.`;
  return `They differ on what to do (${groups.length} different answers): check which vendor returned it.`;
}
