/**
 * The schema's labels for categories and actions (re-exported by schema.ts).
 * A module of its own with no imports, so browser scripts (ticket text,
 * search results) can use the same words without bundling zod.
 */

/**
 * What kind of failure a code is. Keys are stable (they appear in
 * entry files and in the search page's filters); values are the full labels.
 */
export const CATEGORIES = {
  'success': 'Success or partial success',
  'authentication': 'Authentication and credentials',
  'permission': 'Permission or feature not enabled',
  'invalid-request': 'Invalid request',
  'rate-limit': 'Rate limit or quota',
  'token-invalid': 'Device token invalid or expired',
  'content-rejected': 'Content rejected',
  'server-fault': 'Server or network fault',
  'client-state': 'Client SDK or device state',
} as const;
export type Category = keyof typeof CATEGORIES;

/**
 * What the sender should do about a code. Keys are stable (entry files, URLs);
 * each value is the one label of that action, used alike by vendor tables,
 * badges, permalinks, search results and ticket text, so a person meets the
 * same words everywhere. Short enough for a table badge.
 */
export const ACTIONS = {
  'retry-backoff': 'Retry with back-off',
  'retry-after-wait': 'Retry after a wait',
  'wait-for-quota': 'Wait for quota reset',
  'fix-request': 'Fix the request',
  'fix-configuration': 'Fix the configuration',
  // Expired auth tokens (OPPO 11, APNs ExpiredProviderToken) are neither a
  // configuration fault nor a bad request: the fix is a fresh credential.
  'renew-credential': 'Renew the credential',
  'remove-token': 'Remove the token',
  'nothing': 'Nothing to do',
} as const;
export type Action = keyof typeof ACTIONS;

/**
 * Short badge text for categories in tables, where 90+ rows repeat them.
 * Words, not colour or symbols, carry the meaning; the full label is on the permalink.
 */
export const CATEGORY_BADGES: Record<Category, string> = {
  'success': 'Success',
  'authentication': 'Auth',
  'permission': 'Permission',
  'invalid-request': 'Bad request',
  'rate-limit': 'Rate limit',
  'token-invalid': 'Bad token',
  'content-rejected': 'Content',
  'server-fault': 'Server fault',
  'client-state': 'Device/SDK',
};
