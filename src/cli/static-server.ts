/**
 * A plain static file server for dist/, optionally mounted under a base path
 * and with extra response headers (the CSP tests use that). It serves
 * dist/404.html with status 404 for missing paths, and redirects a folder
 * asked for without its trailing slash (/xiaomi/10001 → /xiaomi/10001/), as
 * static hosts do.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { safeDecode } from '../utils/urls.ts';

export interface StaticServerOptions {
  root: string;
  /** Path the site is mounted under, e.g. "/docs/push/". */
  base?: string;
  port?: number;
  headers?: Record<string, string>;
  /** Serve `<file>.gz` next to a file when the browser accepts gzip, as a CDN would (the benchmarks make them). */
  precompressed?: boolean;
}

export function startStaticServer({ root, base = '/', port = 0, headers = {}, precompressed = false }: StaticServerOptions): Promise<{ server: Server; url: string }> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const files = sirv(root, { dev: true, etag: true, extensions: ['html'], gzip: precompressed });
  let notFound = '';
  try {
    notFound = readFileSync(join(root, '404.html'), 'utf8');
  } catch {
    notFound = 'Not found';
  }
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const url = req.url ?? '/';
    const send404 = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFound);
    };
    // The sub-path typed without its slash (/docs/push) is the site's root, as on a static host.
    const [path, search] = url.split(/(?=\?)/);
    if (prefix !== '/' && path === prefix.slice(0, -1)) {
      res.statusCode = 301;
      res.setHeader('Location', `${prefix}${search ?? ''}`);
      return res.end();
    }
    if (!url.startsWith(prefix)) return send404();
    req.url = url.slice(prefix.length - 1);
    const [pathname, query] = req.url.split(/(?=\?)/);
    if (!pathname!.endsWith('/') && existsSync(join(root, safeDecode(pathname!), 'index.html'))) {
      res.statusCode = 301;
      res.setHeader('Location', `${prefix}${pathname!.slice(1)}/${query ?? ''}`);
      return res.end();
    }
    files(req, res, send404);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${actual}${prefix}` });
    });
  });
}
