// A fake Supabase Storage REST API on loopback (/storage/v1/…), for the endpoints supabase-js's
// storage client calls in lib/storage/supabase-storage.ts, answered as Storage does: upload an
// object (POST, x-upsert), download it with the service key, sign a URL for it (POST
// /object/sign/…, answering `{ signedURL }` relative to /storage/v1), download through that URL
// (its token checked and expiring; `download` makes it an attachment), and remove objects
// (DELETE /object/<bucket> with `{ prefixes }`). Errors are Storage's `{ statusCode, error,
// message }` bodies. Only the service-role key is accepted.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const SERVICE_ROLE_KEY = `service-role.${randomBytes(24).toString('base64url')}`;

interface StoredObject {
  bytes: Buffer;
  contentType: string;
}

export async function startFakeSupabaseStorage(
  options: { buckets?: string[]; serviceRoleKey?: string } = {},
) {
  const serviceKey = options.serviceRoleKey ?? SERVICE_ROLE_KEY;
  const buckets = new Map<string, Map<string, StoredObject>>(
    (options.buckets ?? ['attachments']).map((b) => [b, new Map()]),
  );
  const secret = randomBytes(32);
  const calls: { method: string; path: string; status: number }[] = [];
  let clockOffsetSeconds = 0;
  const now = () => Math.floor(Date.now() / 1000) + clockOffsetSeconds;

  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest();
  function tokenFor(url: string, expiresIn: number) {
    const payload = Buffer.from(JSON.stringify({ url, exp: now() + expiresIn })).toString(
      'base64url',
    );
    return `${payload}.${sign(payload).toString('base64url')}`;
  }
  function verifyToken(token: string, url: string): 'ok' | 'invalid' | 'expired' {
    const [payload = '', signature = ''] = token.split('.');
    const given = Buffer.from(signature, 'base64url');
    const expected = sign(payload);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as {
      url: string;
      exp: number;
    };
    if (claims.url !== url) return 'invalid';
    return claims.exp < now() ? 'expired' : 'ok';
  }

  async function body(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const method = req.method ?? 'GET';
    const send = (status: number, answer: unknown, headers: Record<string, string> = {}) => {
      calls.push({ method, path, status });
      if (Buffer.isBuffer(answer)) {
        res.writeHead(status, { 'content-length': String(answer.byteLength), ...headers });
        return res.end(answer);
      }
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(answer));
    };
    const error = (status: number, code: string, message: string) =>
      send(status, { statusCode: String(status === 400 ? code : status), error: code, message });
    const notFound = () =>
      send(400, { statusCode: '404', error: 'not_found', message: 'Object not found' });

    if (!path.startsWith('/storage/v1/')) return error(404, 'not_found', 'Route not found');
    const rest = path.slice('/storage/v1'.length);

    // Downloads through a signed URL need no key: the token is the permission.
    const signedGet = /^\/object\/sign\/([^/]+)\/(.+)$/.exec(rest);
    if (signedGet && method === 'GET') {
      const [, bucket = '', key = ''] = signedGet;
      const verdict = verifyToken(url.searchParams.get('token') ?? '', `${bucket}/${key}`);
      if (verdict !== 'ok') {
        return send(400, {
          statusCode: '400',
          error: 'InvalidJWT',
          message:
            verdict === 'expired' ? '"exp" claim timestamp check failed' : 'invalid signature',
        });
      }
      const object = buckets.get(bucket)?.get(key);
      if (!object) return notFound();
      const download = url.searchParams.get('download');
      return send(200, object.bytes, {
        'content-type': object.contentType,
        ...(download !== null
          ? {
              'content-disposition': `attachment; filename=${encodeURIComponent(download || key.split('/').at(-1)!)}`,
            }
          : {}),
      });
    }

    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (bearer !== serviceKey || req.headers.apikey !== serviceKey) {
      return send(400, { statusCode: '403', error: 'Unauthorized', message: 'invalid signature' });
    }

    if (signedGet && method === 'POST') {
      const [, bucket = '', key = ''] = signedGet;
      const { expiresIn } = JSON.parse((await body(req)).toString() || '{}') as {
        expiresIn?: number;
      };
      if (!Number.isInteger(expiresIn) || expiresIn! < 1) {
        return error(400, 'InvalidRequest', 'expiresIn must be a positive integer');
      }
      if (!buckets.get(bucket)?.has(key)) return notFound();
      const token = tokenFor(`${bucket}/${key}`, expiresIn!);
      return send(200, { signedURL: `/object/sign/${bucket}/${key}?token=${token}` });
    }

    const removal = /^\/object\/([^/]+)$/.exec(rest);
    if (removal && method === 'DELETE') {
      const objects = buckets.get(removal[1]!);
      if (!objects) return error(404, 'Bucket not found', 'Bucket not found');
      const { prefixes = [] } = JSON.parse((await body(req)).toString() || '{}') as {
        prefixes?: string[];
      };
      const removed = prefixes.filter((p) => objects.delete(p));
      return send(
        200,
        removed.map((name) => ({ name, bucket_id: removal[1], id: randomUUID() })),
      );
    }

    const object = /^\/object\/([^/]+)\/(.+)$/.exec(rest);
    if (object) {
      const [, bucket = '', key = ''] = object;
      const objects = buckets.get(bucket);
      if (!objects) return error(404, 'Bucket not found', 'Bucket not found');
      if (method === 'GET') {
        const found = objects.get(key);
        if (!found) return notFound();
        return send(200, found.bytes, { 'content-type': found.contentType });
      }
      if (method === 'POST' || method === 'PUT') {
        if (method === 'POST' && objects.has(key) && req.headers['x-upsert'] !== 'true') {
          return send(400, {
            statusCode: '409',
            error: 'Duplicate',
            message: 'The resource already exists',
          });
        }
        const bytes = await body(req);
        if ((req.headers['content-type'] ?? '').startsWith('multipart/form-data')) {
          return error(400, 'InvalidRequest', 'this fake takes raw bodies only');
        }
        objects.set(key, {
          bytes,
          contentType: req.headers['content-type'] ?? 'application/octet-stream',
        });
        return send(200, { Id: randomUUID(), Key: `${bucket}/${key}` });
      }
    }
    return error(404, 'not_found', 'Route not found');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(e));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    /** The project URL, as SUPABASE_URL names it. */
    url: `http://127.0.0.1:${port}`,
    serviceRoleKey: serviceKey,
    calls,
    object: (bucket: string, key: string) => buckets.get(bucket)?.get(key),
    /** Moves the fake's clock (signed URLs expire by it). */
    advanceClock(seconds: number) {
      clockOffsetSeconds += seconds;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeSupabaseStorage = Awaited<ReturnType<typeof startFakeSupabaseStorage>>;
