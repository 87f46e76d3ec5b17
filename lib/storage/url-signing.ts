// The local adapter's signed URLs: /files/<key>?expires=<unix seconds>&name=<file name>&signature=…
// where the signature is HMAC-SHA256 over the key, the expiry and the name, so none of them can
// be changed without the URL failing. Checked in constant time.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const FILES_PATH = '/files/';

export interface SignedFileRequest {
  key: string;
  expires: number;
  fileName: string | undefined;
}

function mac(secret: Buffer, { key, expires, fileName }: SignedFileRequest): Buffer {
  return createHmac('sha256', secret)
    .update(`waymark-file-v1\n${key}\n${expires}\n${fileName ?? ''}`)
    .digest();
}

export function signFileUrl(baseUrl: string, secret: Buffer, request: SignedFileRequest): string {
  const query = new URLSearchParams({ expires: String(request.expires) });
  if (request.fileName !== undefined) query.set('name', request.fileName);
  query.set('signature', mac(secret, request).toString('base64url'));
  const path = request.key.split('/').map(encodeURIComponent).join('/');
  return `${baseUrl.replace(/\/+$/, '')}${FILES_PATH}${path}?${query}`;
}

export type Verdict =
  | { ok: true; request: SignedFileRequest }
  | { ok: false; reason: 'malformed' | 'expired' | 'bad_signature' };

/** Whether url is one signFileUrl made with secret and has not expired at nowSeconds. */
export function verifyFileUrl(url: URL, secret: Buffer, nowSeconds: number): Verdict {
  if (!url.pathname.startsWith(FILES_PATH)) return { ok: false, reason: 'malformed' };
  let key: string;
  try {
    key = url.pathname.slice(FILES_PATH.length).split('/').map(decodeURIComponent).join('/');
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const expiresText = url.searchParams.get('expires') ?? '';
  const signature = url.searchParams.get('signature') ?? '';
  if (!/^\d{1,12}$/.test(expiresText) || !/^[A-Za-z0-9_-]{43}$/.test(signature)) {
    return { ok: false, reason: 'malformed' };
  }
  const request = {
    key,
    expires: Number(expiresText),
    fileName: url.searchParams.get('name') ?? undefined,
  };
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(secret, request);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'bad_signature' };
  }
  // Checked after the signature, so an expired URL says nothing about a forged one.
  if (request.expires < nowSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, request };
}
