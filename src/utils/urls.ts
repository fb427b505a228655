/** URL building. `base` is the site's base path, e.g. "/" or "/docs/push/". */

/** Path segment of a code in URLs: lowercase, so a hand-typed URL has one canonical form. */
export function codeSlug(code: string): string {
  return code.toLowerCase();
}

export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\//, '');
}

export function vendorPath(vendor: string): string {
  return `/${vendor}/`;
}

/** Part `n` of a vendor table cut into parts (src/utils/vendor-table.ts): part 1 is the vendor page itself. */
export function vendorPartPath(vendor: string, n: number): string {
  return n <= 1 ? vendorPath(vendor) : `/${vendor}/codes/${n}/`;
}

/** Which part holds each code of a table cut into parts: read by the vendor page to send `#code-…` links on. */
export function vendorPartsIndexPath(vendor: string): string {
  return `/${vendor}/codes.json`;
}

export function permalinkPath(vendor: string, code: string): string {
  return `/${vendor}/${encodeURIComponent(codeSlug(code))}/`;
}

export function codeValuePath(code: string): string {
  return `/code/${encodeURIComponent(codeSlug(code))}/`;
}

/** Anchor id of a code's row in its vendor table (ids may not start with "-" in CSS selectors, so prefix). */
export function rowAnchor(code: string): string {
  return `code-${codeSlug(code)}`;
}

/** decodeURIComponent that returns its input unchanged when it is not valid percent-encoding ("%E0%A4%A"). */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
