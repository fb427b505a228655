/** The security headers are defined once; the host examples are generated from them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspHash, FIRST_PAINT_SCRIPT } from '../../src/utils/first-paint.ts';
import { CONTENT_SECURITY_POLICY, netlifyHeaders, nginxHeaders, vercelJson } from '../../src/utils/security-headers.ts';

describe('security headers', () => {
  it('is strict: no unsafe-inline or unsafe-eval, only wasm-unsafe-eval for Pagefind', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    // The one inline script is allowed by the hash of its text, not by 'unsafe-inline'.
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src 'self' 'wasm-unsafe-eval' ${cspHash(FIRST_PAINT_SCRIPT)};`);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('public/_headers is the generated file (run `npm run headers` after a change)', () => {
    expect(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8')).toBe(netlifyHeaders());
  });

  it('the README shows the same policy in its nginx and vercel.json examples', () => {
    // The snippets sit indented in a list: compare without that indentation.
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/^ {2}/gm, '');
    expect(readme).toContain(nginxHeaders());
    expect(readme).toContain(vercelJson());
  });

  it("hashes a script as CSP does: MDN's example alert('Hello, world.');", () => {
    // https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Content-Security-Policy/script-src#unsafe_inline_script
    expect(cspHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });
});
