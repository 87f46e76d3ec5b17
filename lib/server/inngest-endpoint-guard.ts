// Deployed, `/api/inngest` runs only what Inngest signed. The SDK's serve() checks signatures only
// in cloud mode with a signing key; in dev mode (no Inngest variables, or INNGEST_DEV) it runs any
// POST as the service role. So a deployed endpoint without a key, or in dev mode, refuses every
// request, and one with a key refuses unsigned calls before the SDK sees them (the SDK then
// verifies the signature itself). Locally (`npm start`, `netlify dev`) nothing changes.
import type { Config } from '../config.ts';

export type FetchHandler = (request: Request) => Promise<Response>;

const SIGNATURE_HEADER = 'x-inngest-signature';

/** Why a deployed endpoint must not serve at all, or undefined when it may. */
export function inngestEndpointRefusal(
  config: Pick<Config, 'deployment' | 'inngestServe'>,
): string | undefined {
  if (!config.deployment.deployed) return undefined;
  if (!config.inngestServe.signingKey) {
    return `INNGEST_SIGNING_KEY is not set in a deployed context (${config.deployment.why})`;
  }
  if (config.inngestServe.devMode) {
    return `INNGEST_DEV puts the Inngest SDK in dev mode, which skips signature checks, in a deployed context (${config.deployment.why})`;
  }
  return undefined;
}

/**
 * Wraps the serve() handler. A refusal is logged once, when the guard is made (at start-up or a
 * function's cold start), and every request then gets 401: nothing can be verified.
 */
export function guardInngestEndpoint(
  config: Pick<Config, 'deployment' | 'inngestServe'>,
  handler: FetchHandler,
  log: (line: string) => void = console.error,
): FetchHandler {
  if (!config.deployment.deployed) return handler;
  const refusal = inngestEndpointRefusal(config);
  if (refusal) {
    log(
      `Refusing to serve /api/inngest: ${refusal}. Set INNGEST_SIGNING_KEY to your Inngest signing key.`,
    );
    return async () => unauthorized();
  }
  return async (request) => {
    // PUT is a sync: unsigned, the SDK registers the app with Inngest itself, authenticated by
    // the signing key; it runs no function.
    if (request.method !== 'PUT' && !request.headers.get(SIGNATURE_HEADER)) return unauthorized();
    return handler(request);
  };
}

function unauthorized(): Response {
  return Response.json({ message: 'Unauthorized' }, { status: 401 });
}
