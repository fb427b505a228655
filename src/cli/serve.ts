/**
 * `npm run serve [-- dir] [--port N] [--secure]`: serve a built site, under
 * BASE_PATH when set. --secure sends the security headers a production host
 * should send (src/utils/security-headers.ts), Content-Security-Policy included.
 */
import { parseArgs } from 'node:util';
import { startStaticServer } from './static-server.ts';
import { SECURITY_HEADERS } from '../utils/security-headers.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '4321' }, secure: { type: 'boolean', default: false } },
});
const root = positionals[0] ?? 'dist';
const { url } = await startStaticServer({ root, base: process.env.BASE_PATH || '/', port: Number(values.port), headers: values.secure ? SECURITY_HEADERS : {} });
console.log(`Serving ${root} at ${url}${values.secure ? ' with security headers' : ''}`);
