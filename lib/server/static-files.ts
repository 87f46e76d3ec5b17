// Serves the SPA's files; unknown paths get index.html so client-side routes survive a reload.
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

export function createStaticHandler(root: string) {
  const base = normalize(root + sep);
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method Not Allowed', { status: 405 });
    }
    const pathname = decodeURIComponent(new URL(request.url).pathname);
    const candidate = normalize(join(base, pathname));
    // Never leave the root, whatever the path says.
    const file =
      candidate.startsWith(base) && (await isFile(candidate))
        ? candidate
        : join(base, 'index.html');
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    return new Response(request.method === 'HEAD' ? null : body, {
      headers: {
        'content-type': type,
        'cache-control': file.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
      },
    });
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
