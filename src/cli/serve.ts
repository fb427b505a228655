/** `npm run serve [-- dir] [--port N]`: serve a built site, under BASE_PATH when set. */
import { parseArgs } from 'node:util';
import { startStaticServer } from './static-server.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { port: { type: 'string', default: '4321' } } });
const { url } = await startStaticServer({ root: positionals[0] ?? 'dist', base: process.env.BASE_PATH || '/', port: Number(values.port) });
console.log(`Serving ${positionals[0] ?? 'dist'} at ${url}`);
