// The local adapter: files in a folder, downloads through signed, expiring /files/ URLs.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDisposition, createLocalStorage } from './local-storage.ts';
import type { StoragePort } from './port.ts';
import { loadUrlSigningKey } from './signing-key.ts';

let dataDir: string;
let storage: StoragePort;
let clock = 1_800_000_000;
const key = 'ws-1/msg-1/0123abcd';

function request(url: string, method = 'GET') {
  return storage.serveSignedUrl!(new Request(url, { method }));
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'waymark-storage-'));
  storage = createLocalStorage({
    root: join(dataDir, 'storage'),
    publicUrl: 'http://waymark.test',
    signingKey: await loadUrlSigningKey({ dataDir }),
    now: () => clock,
  });
  await storage.put(key, Buffer.from('<html><script>alert(1)</script>'), {
    contentType: 'text/html',
  });
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the local storage', () => {
  it('keeps the bytes and their type in the data folder', async () => {
    expect(existsSync(join(dataDir, 'storage', 'objects', key))).toBe(true);
    const got = await storage.get(key);
    expect(Buffer.from(got!.bytes).toString()).toBe('<html><script>alert(1)</script>');
    expect(got!.contentType).toBe('text/html');
    expect(await storage.get('ws-1/msg-1/missing')).toBeUndefined();
    expect(await storage.get('ws-1/msg-1')).toBeUndefined();
  });

  it('serves a signed URL as a download that no browser renders or sniffs', async () => {
    const url = await storage.signedUrl(key, 300, { fileName: 'Angebot Müller.html' });
    expect(url).toMatch(/^http:\/\/waymark\.test\/files\/ws-1\/msg-1\/0123abcd\?expires=\d+/);
    const response = await request(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<html><script>alert(1)</script>');
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Angebot M_ller.html"; filename*=UTF-8''Angebot%20M%C3%BCller.html`,
    );
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('refuses a URL once it has expired', async () => {
    const url = await storage.signedUrl(key, 300);
    clock += 301;
    const response = await request(url);
    clock -= 301;
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ message: 'This link has expired' });
  });

  it('refuses a URL whose key, expiry, name or signature was changed', async () => {
    const url = new URL(await storage.signedUrl(key, 300, { fileName: 'a.pdf' }));
    const tampered = [
      url.href.replace('0123abcd', '0123abce'),
      url.href.replace(/expires=(\d+)/, (_, n: string) => `expires=${Number(n) + 3600}`),
      url.href.replace('name=a.pdf', 'name=a.html'),
      url.href.replace(/signature=[^&]+/, `signature=${randomBytes(32).toString('base64url')}`),
      url.href.replace(/&signature=[^&]+/, ''),
    ];
    for (const href of tampered) expect((await request(href)).status).toBe(403);
  });

  it('refuses a URL signed with another key', async () => {
    const other = createLocalStorage({
      root: join(dataDir, 'storage'),
      publicUrl: 'http://waymark.test',
      signingKey: randomBytes(32),
      now: () => clock,
    });
    expect((await request(await other.signedUrl(key, 300))).status).toBe(403);
  });

  it('answers 404 for a signed URL whose file is gone', async () => {
    await storage.put('ws-1/msg-2/gone', Buffer.from('x'), { contentType: 'text/plain' });
    const url = await storage.signedUrl('ws-1/msg-2/gone', 300);
    await storage.remove('ws-1/msg-2/gone');
    expect((await request(url)).status).toBe(404);
    expect((await request(await storage.signedUrl('ws-1/msg-2', 300))).status).toBe(404);
    await storage.remove('ws-1/msg-2/gone');
  });

  it('refuses keys that climb out of the folder or are not plain paths', async () => {
    writeFileSync(join(dataDir, 'secret.txt'), 'secret');
    for (const bad of [
      '../secret.txt',
      'a/../../secret.txt',
      '/etc/passwd',
      'a//b',
      'a/./b',
      'a\\b',
      '',
    ]) {
      await expect(storage.get(bad)).rejects.toThrow('Not a storage key');
      await expect(
        storage.put(bad, Buffer.from('x'), { contentType: 'text/plain' }),
      ).rejects.toThrow('Not a storage key');
      await expect(storage.signedUrl(bad, 60)).rejects.toThrow('Not a storage key');
    }
  });

  it('refuses a signed-looking URL whose path climbs out, even percent-encoded', async () => {
    for (const path of ['/files/..%2Fsecret.txt', '/files/ws-1%2F..%2F..%2Fsecret.txt']) {
      const response = await request(
        `http://waymark.test${path}?expires=${clock + 60}&signature=${'A'.repeat(43)}`,
      );
      expect(response.status).toBe(403);
    }
  });

  it('only downloads: other methods are refused', async () => {
    const url = await storage.signedUrl(key, 300);
    expect((await request(url, 'DELETE')).status).toBe(405);
    expect((await request(url, 'HEAD')).status).toBe(200);
  });

  it('derives the same signing key from one vault key in every process', async () => {
    const vaultKey = randomBytes(32).toString('base64url');
    const a = await loadUrlSigningKey({ dataDir: join(dataDir, 'a'), vaultKey });
    const b = await loadUrlSigningKey({ dataDir: join(dataDir, 'b'), vaultKey });
    expect(a.equals(b)).toBe(true);
    expect(
      (await loadUrlSigningKey({ dataDir })).equals(await loadUrlSigningKey({ dataDir })),
    ).toBe(true);
  });

  it('names a file with quotes or control characters safely', () => {
    expect(contentDisposition('a"b\r\n.pdf')).toBe(
      `attachment; filename="a_b__.pdf"; filename*=UTF-8''a%22b%0D%0A.pdf`,
    );
  });
});
