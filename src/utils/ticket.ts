/** Text for tickets: what a support engineer pastes back into the ticket. */
import { ACTIONS, type Action } from '../labels.ts';

/** A Markdown link whose label survives Markdown: brackets and backslashes are escaped. */
export function ticketMarkdown(label: string, url: string): string {
  const safe = label.replace(/[\\[\]]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();
  return `[${safe}](${url.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`;
}

/** What to do, in the schema's one label per action, and whether sending again helps: "Remove the token; retry will not help". */
export function ticketAdvice(action: Action, retryable: boolean): string {
  return `${ACTIONS[action]}; ${retryable ? 'a retry can help' : 'retry will not help'}`;
}

/**
 * The label of a code in a ticket: "Xiaomi 10001 (NAME): meaning. Advice".
 * The meaning keeps its own punctuation; a full stop is added only where it has none.
 */
export function ticketLabel(vendorName: string, code: string, name: string | undefined, meaning: string, advice?: { action: Action; retryable: boolean }): string {
  const named = name && name !== code ? ` (${name})` : '';
  const text = meaning.trim();
  if (!advice) return `${vendorName} ${code}${named}: ${text}`;
  const stop = /[.!?。！？]$/.test(text) ? '' : '.';
  return `${vendorName} ${code}${named}: ${text}${stop} ${ticketAdvice(advice.action, advice.retryable)}`;
}
