/**
 * `npm run serve [-- dir] [--port N] [--secure]`: serve a built site, under
 * BASE_PATH when set. --secure sends the headers of `<dir>/_headers`, the
 * file Netlify and Cloudflare Pages deploy (generated from
 * src/utils/security-headers.ts), so the CSP tested is the one shipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from './static-server.ts';
import { headersFromNetlify } from '../utils/host-headers.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '4321' }, secure: { type: 'boolean', default: false } },
});
const root = positionals[0] ?? 'dist';
const headers = values.secure ? headersFromNetlify(readFileSync(join(root, '_headers'), 'utf8')) : {};
if (values.secure && !headers['Content-Security-Policy']) {
  console.error(`${join(root, '_headers')}: expected a Content-Security-Policy header under "/*"`);
  process.exit(1);
}
const { url } = await startStaticServer({ root, base: process.env.BASE_PATH || '/', port: Number(values.port), headers });
console.log(`Serving ${root} at ${url}${values.secure ? ` with the headers of ${join(root, '_headers')}` : ''}`);
