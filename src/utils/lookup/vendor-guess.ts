/**
 * Which vendor wrote a text: vendor words ("huawei", "mipush", "apple") and
 * the keys a vendor's body uses (`ErrorCode` is the push server's, `reason`
 * with a CamelCase value APNs'). Scores only reorder vendors that have the code.
 */
import type { Compiled } from './tables.ts';
import type { Token } from './tokens.ts';
import { KEY_WEIGHT, VENDOR_WEIGHT } from './weights.ts';

/**
 * Keys (case-sensitive, as vendors spell them) that say which vendor wrote a
 * body, with a weight. A key only reorders vendors that have the code found.
 */
const KEY_VENDORS: [RegExp, string, number][] = [
  [/["']?\b(ErrorCode|ErrorInfo|ActionStatus)\b["']?\s*[:=]/, 'server', KEY_WEIGHT.unique],
  [/["']?\b(msg|requestId)\b["']?\s*[:=]/, 'huawei', KEY_WEIGHT.usual],
    // The message is bounded so a text full of "message:" stays linear.
  [/["']?\bmessage\b["']?\s*:\s*["']?[^"'\n]{0,300}["']?\s*,\s*["']?requestId/, 'honor', KEY_WEIGHT.weak],
  [/["']?\bdesc\b["']?\s*[:=]/, 'vivo', KEY_WEIGHT.usual],
  [/["']?\b(trace_id|description)\b["']?\s*[:=]/, 'xiaomi', KEY_WEIGHT.usual],
  [/["']?\b(redirect)\b["']?\s*[:=]/, 'meizu', KEY_WEIGHT.usual],
  [/["']?\b(auth_token|messageId)\b["']?\s*[:=]/, 'oppo', KEY_WEIGHT.weak],
  [/["']?\breason\b["']?\s*[:=]\s*["'][A-Z][a-z]/, 'apns', KEY_WEIGHT.strong],
  [/\bapns-(id|topic|push-type|expiration)\b/i, 'apns', KEY_WEIGHT.strong],
  [/\b(googleapis|FcmError|firebase|projects\/[\w-]+\/messages)\b/, 'fcm', KEY_WEIGHT.strong],
  [/["']?\bstatus\b["']?\s*:\s*["'][A-Z_]{4,}["']/, 'fcm', KEY_WEIGHT.usual],
  // The FCM legacy HTTP API's body: per-token `results` beside `multicast_id`. It shares names
  // with APNs (`InternalServerError`), so these keys and FCM's words put its reading first.
  [/["']?\b(multicast_id|canonical_ids|registration_ids)\b["']?\s*[:=]/, 'fcm-legacy', KEY_WEIGHT.unique],
  [/["']?\bresults\b["']?\s*:\s*\[\s*\{\s*["']?(error|message_id)\b/, 'fcm-legacy', KEY_WEIGHT.strong],
  [/\b(fcm|gcm|firebase)\b/i, 'fcm-legacy', KEY_WEIGHT.weak],
];

/** Vendor slug → how much the keys of the text point to it. */
export function keyScores(text: string): Map<string, number> {
  const scores = new Map<string, number>();
  for (const [pattern, slug, weight] of KEY_VENDORS) if (pattern.test(text)) scores.set(slug, (scores.get(slug) ?? 0) + weight);
  return scores;
}

export interface VendorMention {
  slug: string;
  /** Where the vendor word starts in the text. */
  position: number;
  /** How many tokens the vendor phrase took ("flyme push": 2). */
  words: number;
}

/** Vendor words in the text, with the position of each mention; the longest phrase wins. */
export function findVendors(tables: Compiled, tokens: Token[]): VendorMention[] {
  const found: VendorMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.numeric) continue;
    for (let n = Math.min(tables.vendorPhraseWords, tokens.length - i); n >= 1; n--) {
      const phrase = tokens
        .slice(i, i + n)
        .map((t) => t.text.toLowerCase())
        .join(' ');
      const slug = tables.vendorWords.get(phrase);
      if (slug) {
        found.push({ slug, position: tokens[i]!.start, words: n });
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

/**
 * How much a vendor word for `named` speaks for codes of `vendor`: fully for
 * the vendor itself, VENDOR_WEIGHT.family for one of its layers ("fcm" for the
 * FCM legacy API: people name the service, not the API), else not at all.
 */
export function kinship(family: Map<string, string>, named: string, vendor: string): number {
  if (named === vendor) return 1;
  return family.get(vendor) === named ? VENDOR_WEIGHT.family : 0;
}
