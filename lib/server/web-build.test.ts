import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staleReason } from './web-build.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function frontendWith(files: Record<string, number>): string {
  dir = mkdtempSync(join(tmpdir(), 'waymark-web-build-'));
  for (const [path, secondsAgo] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, '');
    const at = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(file, at, at);
  }
  return dir;
}

describe('when npm start builds the SPA', () => {
  it('builds when there is no build', () => {
    expect(staleReason(frontendWith({ 'index.html': 60, 'src/main.tsx': 60 }))).toBe(
      'frontend/dist is missing',
    );
  });

  it('builds when a source changed after the last build', () => {
    const frontend = frontendWith({ 'dist/index.html': 60, 'src/features/a/b.tsx': 10 });
    expect(staleReason(frontend)).toBe('frontend/dist is older than the SPA sources');
  });

  it('keeps a build newer than every source', () => {
    const frontend = frontendWith({ 'index.html': 120, 'src/main.tsx': 60, 'dist/index.html': 10 });
    // Folders get the time of their last entry change; set them back too.
    const past = new Date(Date.now() - 120_000);
    utimesSync(join(frontend, 'src'), past, past);
    expect(staleReason(frontend)).toBeUndefined();
  });
});

describe('the production build of the SPA', () => {
  it('writes no source maps, since everything in frontend/dist is published', async () => {
    const { default: viteConfig } = await import('../../frontend/vite.config.ts');
    expect(viteConfig.build?.sourcemap).toBe(false);
  });
});
