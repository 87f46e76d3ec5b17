// Serves a fetch-style handler on 127.0.0.1 with node:http, and the embedded auth server on it,
// so tests can drive real clients (supabase-js, fetch) over a real socket.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalAuthHandler } from '../../lib/auth/local-auth-server.ts';
import { generateLocalSecrets } from '../../lib/auth/local-secrets.ts';
import type { Db } from '../../lib/db/port.ts';

export type FetchHandler = (request: Request) => Promise<Response>;

export interface ServedHandler {
  /** http://127.0.0.1:<port>, no trailing slash. */
  url: string;
  close(): Promise<void>;
}

export interface AuthTestServer extends ServedHandler {
  anonKey: string;
  jwtSecret: string;
  issuer: string;
}

/** Serves a handler on a free loopback port; makeHandler gets the URL (an issuer may need it). */
export async function serveHandler(
  makeHandler: (url: string) => FetchHandler | Promise<FetchHandler>,
): Promise<ServedHandler> {
  let handler: FetchHandler = async () => new Response('starting', { status: 503 });
  const server = createServer((req, res) => {
    answer(req, res, handler).catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : undefined);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  handler = await makeHandler(url);
  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The embedded auth server on a free port, with fresh secrets; its issuer is `${url}/auth/v1`. */
export async function startAuthServer(
  db: Db,
  options: { accessTokenTtlSeconds?: number } = {},
): Promise<AuthTestServer> {
  let secrets = { jwtSecret: '', anonKey: '', issuer: '' };
  const served = await serveHandler(async (url) => {
    const issuer = `${url}/auth/v1`;
    secrets = { ...(await generateLocalSecrets(issuer)), issuer };
    return createLocalAuthHandler({ db, ...secrets, ...options });
  });
  return { ...served, ...secrets };
}

async function answer(req: IncomingMessage, res: ServerResponse, handler: FetchHandler) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && chunks.length > 0;
  const request = new Request(`http://${req.headers.host}${req.url}`, {
    method: req.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
  const response = await handler(request);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}
