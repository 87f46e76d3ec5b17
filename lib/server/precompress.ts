// Brotli and gzip siblings (`app-1a2b.js.br`, `app-1a2b.js.gz`) of the SPA's text files, written
// once at build time at the highest levels, so the Node server sends compressed files without
// compressing per request (lib/server/static-files.ts picks one by Accept-Encoding).
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Text formats worth compressing; images and fonts (woff2) are compressed already. */
export const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.webmanifest',
]);
/** Below this, the headers and the decoder cost more than the bytes saved. */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export async function precompressDir(dir: string): Promise<number> {
  let written = 0;
  for (const entry of await readdir(dir, { recursive: true })) {
    const file = join(dir, entry);
    if (!COMPRESSIBLE.has(extname(file)) || !(await stat(file)).isFile()) continue;
    const body = await readFile(file);
    if (body.byteLength < MIN_BYTES) continue;
    const [br, gz] = await Promise.all([
      brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
        },
      }),
      gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    // Keep a sibling only when it is smaller; the server falls back to the file itself.
    if (br.byteLength < body.byteLength) await writeFile(`${file}.br`, br);
    if (gz.byteLength < body.byteLength) await writeFile(`${file}.gz`, gz);
    written += 1;
  }
  return written;
}
