/**
 * Splits an error name into its words, whatever the style it is written in:
 * camel case, snake case or hyphens. Shared by the lookup (matching spaced
 * names) and the search terms given to Pagefind, so both read a name alike.
 */

/** "BadDeviceToken" → ["bad", "device", "token"]; "QUOTA_EXCEEDED" → ["quota", "exceeded"]. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
