/**
 * The site's HTTP security headers, defined once. src/cli/serve.ts sends them
 * (--secure), the CSP browser test runs under them, and the example configs
 * for static hosts (public/_headers, the README's nginx and vercel.json
 * snippets) are generated from here by `npm run headers`.
 */
import { FIRST_PAINT_HASH } from './first-paint.ts';

/**
 * Content-Security-Policy, directive by directive. Everything the site loads
 * is its own; no inline style anywhere and one inline script, the early theme
 * script, allowed by its hash (astro.config.mjs keeps Astro from inlining,
 * tests/e2e/built-files.spec.ts checks dist/).
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  // Pagefind compiles its WebAssembly search engine: needs 'wasm-unsafe-eval' (not 'unsafe-eval').
  // The hash allows the early theme script and nothing else inline (utils/first-paint.ts).
  'script-src': `'self' 'wasm-unsafe-eval' ${FIRST_PAINT_HASH}`,
  'style-src': "'self'",
  // data: for the favicon, which travels inside each page to save a request.
  'img-src': "'self' data:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  // Not covered by default-src: the only forms (search) submit to the site itself.
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/** Every header a host should send with every response of the site. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Netlify and Cloudflare Pages: a `_headers` file at the root of the output. */
export function netlifyHeaders(headers = SECURITY_HEADERS): string {
  return ['# Generated from src/utils/security-headers.ts by `npm run headers`: edit that file, not this one.', '/*', ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`), ''].join('\n');
}

/** nginx: lines for the server (or location) block that serves the site. */
export function nginxHeaders(headers = SECURITY_HEADERS): string {
  return Object.entries(headers)
    .map(([k, v]) => `add_header ${k} "${v}" always;`)
    .join('\n');
}

/** Vercel: vercel.json. */
export function vercelJson(headers = SECURITY_HEADERS): string {
  return JSON.stringify({ headers: [{ source: '/(.*)', headers: Object.entries(headers).map(([key, value]) => ({ key, value })) }] }, null, 2);
}
