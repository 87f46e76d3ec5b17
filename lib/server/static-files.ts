// Serves the SPA's files; unknown paths get index.html so client-side routes survive a reload.
// Hashed build output (/assets/*) is cached for a year as immutable, index.html is revalidated on
// every load (it names the current hashes), and text files go out as the brotli or gzip sibling
// written at build time (lib/server/precompress.ts) when the client accepts it. Source maps are
// never served.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Vite puts every hashed file here; their names change whenever their content does. */
const HASHED_PREFIX = '/assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Preferred first: brotli is smaller than gzip for the same text. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

export function createStaticHandler(root: string) {
  const base = normalize(root + sep);
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method Not Allowed', { status: 405 });
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url).pathname);
    } catch {
      // A malformed escape (`/%ZZ`): the client's mistake, said plainly, never a stack trace.
      return new Response('Bad Request: the path is not valid percent-encoding', { status: 400 });
    }
    // Source maps give away the sources; an old build may still hold some.
    if (pathname.endsWith('.map')) return notFound();
    const candidate = normalize(join(base, pathname));
    // Never leave the root, whatever the path says.
    const found = candidate.startsWith(base) && (await isFile(candidate)) ? candidate : undefined;
    // A missing hashed file is a stale page asking for an old build: index.html would arrive
    // as JavaScript and fail obscurely.
    if (!found && pathname.startsWith(HASHED_PREFIX)) return notFound();
    const file = found ?? join(base, 'index.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const encoding = await pickEncoding(file, request.headers.get('accept-encoding'));
    const body = await readFile(encoding ? file + encoding.suffix : file);
    const headers: Record<string, string> = {
      'content-type': type,
      'content-length': String(body.byteLength),
      'cache-control': cacheControl(found ? pathname : '/index.html'),
      vary: 'Accept-Encoding',
    };
    if (encoding) headers['content-encoding'] = encoding.name;
    return new Response(request.method === 'HEAD' ? null : body, { headers });
  };
}

function cacheControl(pathname: string): string {
  if (pathname.startsWith(HASHED_PREFIX)) return IMMUTABLE;
  if (pathname.endsWith('.html')) return 'no-cache';
  return 'public, max-age=3600';
}

async function pickEncoding(file: string, acceptEncoding: string | null) {
  const accepted = parseAcceptEncoding(acceptEncoding);
  for (const encoding of ENCODINGS) {
    if (accepted(encoding.name) && (await isFile(file + encoding.suffix))) return encoding;
  }
  return undefined;
}

/** Whether a coding is acceptable: named or `*`, with a q above 0 (RFC 9110 §12.5.3). */
function parseAcceptEncoding(header: string | null): (coding: string) => boolean {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(token, Number.isFinite(weight) ? weight : 0);
  }
  return (coding) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0;
}

function notFound(): Response {
  return new Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain' } });
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
