/**
 * `npm run headers`: writes public/_headers (Netlify, Cloudflare Pages) from
 * src/utils/security-headers.ts and prints the nginx and vercel.json
 * equivalents for the README. `--check` fails if public/_headers is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { netlifyHeaders, nginxHeaders, vercelJson } from '../utils/security-headers.ts';

const target = new URL('../../public/_headers', import.meta.url);
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== netlifyHeaders()) {
    console.error('public/_headers is out of date: run `npm run headers`');
    process.exit(1);
  }
} else {
  writeFileSync(target, netlifyHeaders());
  console.log(`Wrote ${target.pathname}\n\n# nginx\n${nginxHeaders()}\n\n# vercel.json\n${vercelJson()}`);
}
