// The local adapter: files in a folder under the data dir (`<dataDir>/storage/objects/<key>`,
// their content type beside them in `meta/<key>.json`), downloads through this server's own
// /files/ route with HMAC-signed, expiring URLs (url-signing.ts). Writes go to a temporary file
// renamed into place, so a crash never leaves half a file under a key.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { assertStorageKey, safeContentType, type StoragePort, StorageError } from './port.ts';
import { signFileUrl, verifyFileUrl } from './url-signing.ts';

const MetaSchema = z.object({ contentType: z.string() });

export interface LocalStorageOptions {
  /** The storage folder, `<dataDir>/storage`. */
  root: string;
  /** Where people reach this server: signed URLs start with it. */
  publicUrl: string;
  signingKey: Buffer;
  /** The clock, in seconds (tests move it). */
  now?: () => number;
}

export function createLocalStorage(options: LocalStorageOptions): StoragePort {
  const root = resolve(options.root);
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));

  /** The file's path, checked to be inside the folder (the key's rules already make it so). */
  function pathOf(area: 'objects' | 'meta', key: string, suffix = ''): string {
    const base = join(root, area);
    const path = resolve(base, `${assertStorageKey(key)}${suffix}`);
    if (!path.startsWith(base + sep)) throw new StorageError('Not a storage key');
    return path;
  }

  async function writeAtomically(path: string, data: Uint8Array | string) {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, data, { mode: 0o600 });
    await rename(temporary, path);
  }

  async function contentTypeOf(key: string): Promise<string> {
    try {
      const meta = MetaSchema.parse(
        JSON.parse(await readFile(pathOf('meta', key, '.json'), 'utf8')),
      );
      return safeContentType(meta.contentType);
    } catch {
      return 'application/octet-stream';
    }
  }

  return {
    kind: 'local',

    async put(key, bytes, { contentType }) {
      // The bytes first: a file without its meta is served as octet-stream, never the reverse.
      await writeAtomically(pathOf('objects', key), bytes);
      await writeAtomically(
        pathOf('meta', key, '.json'),
        JSON.stringify({ contentType: safeContentType(contentType) }),
      );
    },

    async get(key) {
      try {
        const bytes = new Uint8Array(await readFile(pathOf('objects', key)));
        return { bytes, contentType: await contentTypeOf(key) };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // A key that names a folder (a message's) holds no file of its own.
        if (code === 'ENOENT' || code === 'EISDIR') return undefined;
        throw error;
      }
    },

    async signedUrl(key, ttlSeconds, { fileName } = {}) {
      assertStorageKey(key);
      return signFileUrl(options.publicUrl, options.signingKey, {
        key,
        expires: now() + Math.max(1, Math.floor(ttlSeconds)),
        fileName,
      });
    },

    async remove(key) {
      await rm(pathOf('objects', key), { force: true });
      await rm(pathOf('meta', key, '.json'), { force: true });
    },

    async serveSignedUrl(request) {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return refusal(405, 'method_not_allowed', 'Files are only downloaded');
      }
      const verdict = verifyFileUrl(new URL(request.url), options.signingKey, now());
      if (!verdict.ok) {
        return refusal(
          403,
          'forbidden',
          verdict.reason === 'expired' ? 'This link has expired' : 'This link is not valid',
        );
      }
      const { key, fileName } = verdict.request;
      let path: string;
      let size: number;
      try {
        path = pathOf('objects', key);
        const stats = await stat(path);
        if (!stats.isFile()) throw new StorageError('Not a file');
        size = stats.size;
      } catch {
        return refusal(404, 'not_found', 'No such file');
      }
      const headers = downloadHeaders(await contentTypeOf(key), size, fileName ?? lastSegment(key));
      if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
      const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
      return new Response(body, { status: 200, headers });
    },
  };
}

/**
 * A download, never a page: whatever a sender's file holds (HTML, SVG), the browser saves it
 * instead of rendering it on our origin, and does not guess another type.
 */
function downloadHeaders(contentType: string, size: number, fileName: string): Headers {
  return new Headers({
    'content-type': contentType,
    'content-length': String(size),
    'content-disposition': contentDisposition(fileName),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, no-store',
    'referrer-policy': 'no-referrer',
  });
}

/** `attachment` with an ASCII fallback name and the exact one in RFC 5987 form. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_').slice(0, 200) || 'file';
  const exact = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${exact}`;
}

function lastSegment(key: string): string {
  return key.slice(key.lastIndexOf('/') + 1);
}

function refusal(status: number, error: string, message: string): Response {
  return Response.json(
    { error, message },
    { status, headers: { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' } },
  );
}
