// The SPA's files as browsers get them from the Node server, over a real socket: compressed when
// the browser accepts it, hashed assets cached for good, index.html revalidated, no source maps.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createServerAdapter } from '@whatwg-node/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from './precompress.ts';
import { createStaticHandler } from './static-files.ts';

let dir: string;
let server: Server;
let base: string;
const script = `export const answer = ${JSON.stringify('forty-two '.repeat(400))};\n`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'waymark-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><script src="/assets/app-1a2b3c.js"></script>`,
  );
  writeFileSync(join(dir, 'assets', 'app-1a2b3c.js'), script);
  writeFileSync(join(dir, 'assets', 'app-1a2b3c.js.map'), '{"sources":["secret.ts"]}');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await precompressDir(dir);
  server = createServer(createServerAdapter(createStaticHandler(dir)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** A raw GET (fetch would decode the body and hide the encoding). */
function request(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

describe('the SPA files from the Node server', () => {
  it('sends a hashed script as brotli to a browser that accepts it, cached as immutable', async () => {
    const res = await request('/assets/app-1a2b3c.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.body.byteLength).toBeLessThan(script.length / 4);
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it('sends gzip when brotli is not accepted', async () => {
    const res = await request('/assets/app-1a2b3c.js', { 'accept-encoding': 'gzip, br;q=0' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe(script);
  });

  it('sends the file as it is without Accept-Encoding', async () => {
    const res = await request('/assets/app-1a2b3c.js');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe(script);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
  });

  it('has index.html revalidated on every load, for client routes too', async () => {
    for (const path of ['/', '/index.html', '/deals/123']) {
      const res = await request(path, { 'accept-encoding': 'br' });
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control'], path).toBe('no-cache');
    }
  });

  it('caches unhashed public files for an hour only', async () => {
    const res = await request('/favicon.svg');
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('never serves a source map, even one left in the folder', async () => {
    const res = await request('/assets/app-1a2b3c.js.map');
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('secret.ts');
  });

  it('answers 404 for a missing hashed file instead of index.html', async () => {
    const res = await request('/assets/app-0ld0ld.js');
    expect(res.status).toBe(404);
  });

  it('does not leave its folder', async () => {
    const res = await request('/%2e%2e/%2e%2e/etc/passwd');
    expect(res.body.toString()).not.toContain('root:');
  });

  it.each(['/%ZZ', '/%E0%A4%A'])(
    'answers 400 for a malformed path like %s, with no stack',
    async (path) => {
      const res = await request(path);
      expect(res.status).toBe(400);
      expect(res.body.toString()).not.toMatch(/at |\.ts|URIError/);
    },
  );
});
