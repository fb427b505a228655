/** Text for tickets. */

/** A Markdown link whose label survives Markdown: brackets and backslashes are escaped. */
export function ticketMarkdown(label: string, url: string): string {
  const safe = label.replace(/[\\[\]]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();
  return `[${safe}](${url.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`;
}

/** The label of a code in a ticket: "Xiaomi 10001 (NAME): meaning". */
export function ticketLabel(vendorName: string, code: string, name: string | undefined, meaning: string): string {
  const named = name && name !== code ? ` (${name})` : '';
  return `${vendorName} ${code}${named}: ${meaning}`;
}
