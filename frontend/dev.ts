// `npm run dev`: the API server (tsx watch, restarting on server changes) and Vite's dev server
// (hot reload for the SPA, proxying the API to it) in one command. Open the Vite address.
import { spawn } from 'node:child_process';
import { createServer } from 'vite';

const apiPort = process.env.PORT ?? '8888';
const api = spawn('npx', ['tsx', 'watch', 'lib/server/main.ts', '--no-web-build'], {
  stdio: 'inherit',
  env: { ...process.env, PORT: apiPort },
});

process.env.WAYMARK_API_PORT = apiPort;
const vite = await createServer({
  configFile: new URL('./vite.config.ts', import.meta.url).pathname,
});
await vite.listen();
vite.printUrls();
console.log(`  API (proxied): http://localhost:${apiPort}`);

const stop = () => {
  api.kill('SIGTERM');
  void vite.close().finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
api.once('exit', (code) => {
  console.error(`The API server exited (${code ?? 'signal'}); stopping.`);
  void vite.close().finally(() => process.exit(code ?? 1));
});
