// The whole HTTP surface as one fetch handler: the local server (main.ts) and the Netlify
// functions mount the same routes, so what runs locally is what runs deployed.
import type { Db } from '../db/port.ts';
import { createGraphqlServer } from '../graphql/yoga.ts';
import type { IntegrationServices } from '../integrations/services.ts';
import { createWebhookHandler } from '../integrations/webhooks/handler.ts';
import { FILES_PATH } from '../storage/url-signing.ts';
import type { AuthSetup } from './auth-setup.ts';
import { SERVE_PATH } from './create-automation.ts';
import { createStaticHandler } from './static-files.ts';

export interface AppOptions {
  db: Db;
  auth: AuthSetup;
  /** Folder of the SPA's built files; undefined serves no SPA (functions-only deploys). */
  staticDir?: string;
  /** The durable functions' serve() handler, when Inngest calls in; the embedded executor calls it in process. */
  inngestHandler?: (request: Request) => Promise<Response>;
  /** Called once a mutation's transaction committed: it may have written events to deliver. */
  afterMutation?: () => void;
  /** The connectors' vault and API bases (connections, webhooks), and the attachments' storage. */
  integrations: IntegrationServices;
  /** The server's public URL: webhook addresses are built from it. */
  publicUrl: string;
}

export type App = (request: Request) => Promise<Response>;

export function createApp(options: AppOptions): App {
  const { db, auth, staticDir, inngestHandler, afterMutation, integrations, publicUrl } = options;
  const yoga = createGraphqlServer({
    db,
    authenticate: auth.authenticate,
    afterMutation,
    integrations,
    publicUrl,
  });
  // A stored delivery wrote events, as a mutation does: the same nudge delivers them.
  const webhooks = createWebhookHandler({ db, integrations, afterDelivery: afterMutation });
  const serveStatic = staticDir ? createStaticHandler(staticDir) : undefined;

  return async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname === '/graphql' || pathname.startsWith('/graphql/')) return yoga.fetch(request);
    if (pathname.startsWith('/auth/v1/') && auth.localAuth) return auth.localAuth(request);
    if (pathname === '/api/config') return Response.json(auth.publicConfig(request));
    if (pathname === SERVE_PATH && inngestHandler) return inngestHandler(request);
    if (pathname === '/healthz') return health(db);
    if (pathname.startsWith('/webhooks/')) return webhooks(request);
    // The local storage's signed download links (Supabase serves its own).
    if (pathname.startsWith(FILES_PATH) && integrations.storage?.serveSignedUrl) {
      return integrations.storage.serveSignedUrl(request);
    }
    if (serveStatic && !pathname.startsWith('/api/') && !pathname.startsWith('/auth/')) {
      return serveStatic(request);
    }
    return Response.json(
      { error: 'not_found', message: `No route for ${pathname}` },
      { status: 404 },
    );
  };
}

async function health(db: Db): Promise<Response> {
  try {
    await db.asService((tx) => tx.query('select 1'));
    return Response.json({ status: 'ok', database: db.kind });
  } catch {
    return Response.json({ status: 'unavailable', database: db.kind }, { status: 503 });
  }
}
