import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { startStaticServer } from '../../src/cli/static-server.ts';

describe('startStaticServer() under a sub-path', () => {
  let root: string;
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'static-server-'));
    mkdirSync(join(root, 'xiaomi'));
    writeFileSync(join(root, 'index.html'), 'home');
    writeFileSync(join(root, 'xiaomi', 'index.html'), 'xiaomi');
    writeFileSync(join(root, '404.html'), 'not found');
    const started = await startStaticServer({ root, base: '/docs/push/' });
    server = started.server;
    origin = new URL(started.url).origin;
  });
  afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it.each([
    ['/docs/push', '/docs/push/'],
    ['/docs/push?q=1', '/docs/push/?q=1'],
    ['/docs/push/xiaomi', '/docs/push/xiaomi/'],
  ])('redirects %s to %s', async (path, location) => {
    const response = await fetch(origin + path, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(location);
  });

  it.each([['/docs/pushy'], ['/docs'], ['/docs/push/nothing/']])('answers 404 for %s', async (path) => {
    expect((await fetch(origin + path, { redirect: 'manual' })).status).toBe(404);
  });

  it('serves the root page at the sub-path', async () => {
    expect(await (await fetch(`${origin}/docs/push/`)).text()).toBe('home');
  });
});
