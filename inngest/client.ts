// The Inngest client, built per automation (lib/server/create-automation.ts), never at import:
// against Inngest Cloud or a self-hosted Inngest with its keys, or against the embedded
// executor's event API in this process. The functions cannot tell which.
import { Inngest } from 'inngest';

export const APP_ID = 'waymark' as const;

/** The one client type every function and step helper is written against. */
export type WaymarkInngest = Inngest<{ id: typeof APP_ID }>;

export type InngestTarget =
  | { mode: 'inngest'; eventKey?: string; signingKey?: string; baseUrl?: string }
  | { mode: 'embedded'; fetch: typeof fetch };

const embeddedBaseUrl = 'http://waymark.embedded/';

export function createInngestClient(target: InngestTarget): WaymarkInngest {
  if (target.mode === 'embedded') {
    return new Inngest({ id: APP_ID, isDev: true, baseUrl: embeddedBaseUrl, fetch: target.fetch });
  }
  return new Inngest({
    id: APP_ID,
    isDev: false,
    eventKey: target.eventKey,
    signingKey: target.signingKey,
    baseUrl: target.baseUrl,
  });
}
