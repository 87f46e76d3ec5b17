// `npm start` builds the SPA when frontend/dist is missing or older than the SPA's sources, so a
// fresh clone needs only `npm install && npm start`. Vite is loaded only when a build is due.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface WebBuildResult {
  /** The folder to serve, or undefined when there is no built SPA. */
  staticDir: string | undefined;
}

/** Why the SPA needs building, or undefined when frontend/dist is up to date. */
export function staleReason(frontendDir: string): string | undefined {
  const builtIndex = join(frontendDir, 'dist', 'index.html');
  if (!existsSync(builtIndex)) return 'frontend/dist is missing';
  const builtAt = statSync(builtIndex).mtimeMs;
  const sources = ['index.html', 'vite.config.ts', 'src', 'public'].map((p) =>
    join(frontendDir, p),
  );
  return sources.some((source) => newestChange(source) > builtAt)
    ? 'frontend/dist is older than the SPA sources'
    : undefined;
}

export async function ensureWebBuild(frontendDir: string): Promise<WebBuildResult> {
  const distDir = join(frontendDir, 'dist');
  const reason = staleReason(frontendDir);
  if (!reason) return { staticDir: distDir };
  console.log(`Building the web app (${reason})…`);
  const started = Date.now();
  try {
    const { build } = await import('vite');
    await build({ configFile: join(frontendDir, 'vite.config.ts'), logLevel: 'warn' });
    console.log(
      `Built the web app into frontend/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return { staticDir: distDir };
  } catch (error) {
    const kept = existsSync(join(distDir, 'index.html'));
    console.error(
      `The web app could not be built${kept ? '; serving the previous build' : '; the API runs without it'}:`,
      error instanceof Error ? error.message : error,
    );
    return { staticDir: kept ? distDir : undefined };
  }
}

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}
