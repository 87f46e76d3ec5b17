// The Supabase adapter through the real supabase-js client, against a loopback Storage API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FakeSupabaseStorage,
  startFakeSupabaseStorage,
} from '../../test/peers/supabase-storage.ts';
import type { StoragePort } from './port.ts';
import { createSupabaseStorage } from './supabase-storage.ts';

let peer: FakeSupabaseStorage;
let storage: StoragePort;
const key = '3f8a2c1e-0000-4000-8000-000000000001/3f8a2c1e-0000-4000-8000-000000000002/abc';

beforeAll(async () => {
  peer = await startFakeSupabaseStorage();
  storage = createSupabaseStorage({ url: peer.url, serviceRoleKey: peer.serviceRoleKey });
});
afterAll(() => peer.close());

describe('the Supabase Storage adapter', () => {
  it('puts bytes in the private attachments bucket with their content type, and gets them back', async () => {
    await storage.put(key, Buffer.from('%PDF-1.7 quote'), { contentType: 'application/pdf' });
    expect(peer.object('attachments', key)).toMatchObject({ contentType: 'application/pdf' });
    const got = await storage.get(key);
    expect(Buffer.from(got!.bytes).toString()).toBe('%PDF-1.7 quote');
    expect(got!.contentType).toBe('application/pdf');
  });

  it('puts the same key again without complaint (a retried step)', async () => {
    await storage.put(key, Buffer.from('%PDF-1.7 quote'), { contentType: 'application/pdf' });
    expect(Buffer.from((await storage.get(key))!.bytes).toString()).toBe('%PDF-1.7 quote');
  });

  it('signs a URL that downloads the file as an attachment, until it expires', async () => {
    const url = await storage.signedUrl(key, 300, { fileName: 'quote.pdf' });
    expect(url.startsWith(`${peer.url}/storage/v1/object/sign/attachments/`)).toBe(true);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename=quote.pdf');
    expect(await response.text()).toBe('%PDF-1.7 quote');

    peer.advanceClock(301);
    expect((await fetch(url)).status).toBe(400);
    peer.advanceClock(-301);
  });

  it('answers undefined for a missing file and removes a file', async () => {
    expect(await storage.get(`${key}-missing`)).toBeUndefined();
    await storage.remove(key);
    expect(peer.object('attachments', key)).toBeUndefined();
    expect(await storage.get(key)).toBeUndefined();
  });

  it('fails with our words when the key is not the service role’s', async () => {
    const wrong = createSupabaseStorage({ url: peer.url, serviceRoleKey: 'x'.repeat(40) });
    const failure = await wrong
      .put(key, Buffer.from('x'), { contentType: 'text/plain' })
      .catch((e: unknown) => e as Error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/^Supabase Storage refused the upload/);
    expect((failure as Error).message).not.toContain('x'.repeat(40));
  });

  it('refuses a key that could climb out of its folder before calling Supabase', async () => {
    const before = peer.calls.length;
    await expect(
      storage.put('../other-bucket/x', Buffer.from('x'), { contentType: 'text/plain' }),
    ).rejects.toThrow('Not a storage key');
    expect(peer.calls.length).toBe(before);
  });
});
