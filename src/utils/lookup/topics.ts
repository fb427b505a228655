/**
 * Topic words: what a person types when they know the kind of failure but not
 * the code ("rate limit", "quota", "oauth", "certificate"). Each names one or
 * more categories (the schema's `category`), which the search page can browse
 * across vendors with no query (`/search/?category=rate-limit`).
 */
import type { Category } from '../../labels.ts';
import { textWords } from './text.ts';

/**
 * Words and phrases (lowercase, single-spaced) that name a category. A word
 * that names two kinds of failure lists both, likeliest first: a "token" in a
 * push ticket is usually the device token, sometimes the sender's auth token.
 * Kept to words that name the kind of failure, not words from meanings
 * (those are the lookup's word suggestions).
 */
const TOPIC_WORDS = new Map<string, Category[]>([
  ...words(['rate limit', 'rate limits', 'rate limited', 'rate limiting', 'ratelimit', 'quota', 'quotas', 'throttle', 'throttled', 'throttling', 'flow control', 'too many requests', 'qps', 'daily limit', 'frequency limit'], 'rate-limit'),
  ...words(['auth', 'oauth', 'oauth2', 'authentication', 'credential', 'credentials', 'certificate', 'certificates', 'cert', 'jwt', 'api key', 'app secret', 'signature', 'unauthorized', 'provider token', 'access token', 'auth token'], 'authentication'),
  ...words(['device token', 'push token', 'registration token', 'reg id', 'regid', 'invalid token', 'bad token', 'expired token', 'stale token'], 'token-invalid'),
  ...words(['permission', 'permissions', 'not enabled', 'access denied', 'not allowed'], 'permission'),
  ...words(['bad request', 'invalid request', 'invalid parameter', 'invalid parameters', 'parameter error', 'malformed'], 'invalid-request'),
  ...words(['content', 'sensitive content', 'content rejected', 'content review'], 'content-rejected'),
  ...words(['server error', 'server fault', 'internal error', 'outage', 'unavailable', 'service unavailable', 'server busy', 'timeout', 'network error'], 'server-fault'),
  ...words(['client sdk', 'device state', 'sdk error', 'init failed', 'initialization'], 'client-state'),
  ...words(['success', 'succeeded', 'partial success'], 'success'),
  ['token', ['token-invalid', 'authentication']],
  ['tokens', ['token-invalid', 'authentication']],
]);

function words(list: string[], category: Category): [string, Category[]][] {
  return list.map((w) => [w, [category]]);
}

/**
 * The categories a short typed text names as a topic: the whole text is a
 * topic word or phrase ("server error"), or is one once the vendor words are
 * set aside (`rest`: "huawei quota" → "quota"). Nothing for longer text: a
 * sentence that mentions a quota is read as words.
 */
export function topicsOf(text: string, rest: string): Category[] {
  const all = textWords(text);
  if (all.length > 4) return [];
  return TOPIC_WORDS.get(all.join(' ')) ?? TOPIC_WORDS.get(textWords(rest).join(' ')) ?? [];
}
