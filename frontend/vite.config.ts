// The SPA's build (`npm run build:web`, or `npm start` when frontend/dist is missing or stale) and
// its dev server (`npm run dev`), which proxies the API to the tsx server on WAYMARK_API_PORT.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompressDir } from '../lib/server/precompress.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = `http://localhost:${process.env.WAYMARK_API_PORT ?? process.env.PORT ?? 8888}`;

export default defineConfig({
  root,
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in the build: everything in dist is published (Netlify, the Node server),
    // and maps would hand out the sources. The dev server still has them.
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
            },
            {
              name: 'chakra',
              test: /node_modules[\\/](@chakra-ui|@ark-ui|@zag-js|@emotion|@pandacss)[\\/]/,
            },
            { name: 'data', test: /node_modules[\\/](@apollo|graphql|rxjs|@supabase|zod)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: Number(process.env.WAYMARK_WEB_PORT ?? 5173),
    strictPort: true,
    // The Host header is kept, so /api/config answers with the dev server's own origin and
    // supabase-js calls /auth/v1 through this proxy too.
    proxy: Object.fromEntries(
      ['/graphql', '/auth/v1', '/api', '/healthz'].map((p) => [
        p,
        { target: api, changeOrigin: false },
      ]),
    ),
  },
});

/** Brotli and gzip siblings of the built text files, for the Node server (Netlify compresses on its own). */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'waymark-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompressDir(outDir);
    },
  };
}
