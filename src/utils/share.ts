/**
 * What a link unfurls as in a chat or a tracker (Open Graph and Twitter card
 * tags, set in Base.astro). Pure.
 */
import { ticketAdvice } from './ticket.ts';
import type { Action } from '../labels.ts';

/** Longest description kept: unfurls cut around 200 characters anyway. */
const MAX_DESCRIPTION = 200;

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** "Huawei 80300007 · Specified Token is invalid": the code first, its meaning without the closing full stop. */
export function shareTitle(vendorName: string, code: string, meaning: string): string {
  return `${vendorName} ${code} · ${clip(meaning, 120).replace(/\.$/, '')}`;
}

/** What to do first, then what the code is: "Remove the token; retry will not help. Huawei error 80300007: …". */
export function shareDescription(vendorName: string, code: string, meaning: string, guidance: { action: Action; retryable: boolean }): string {
  return clip(`${ticketAdvice(guidance.action, guidance.retryable)}. ${vendorName} error ${code}: ${meaning}`, MAX_DESCRIPTION);
}
