// The one Inngest client. With Inngest keys or a base URL in the environment it talks to Inngest
// Cloud or a self-hosted server; otherwise to the embedded executor, in process. The functions
// cannot tell which.
import { Inngest } from 'inngest';
import { usesInngestServer } from '../lib/config.ts';
import { EMBEDDED_EVENT_BASE_URL, embeddedFetch } from '../lib/automation/embedded-transport.ts';

export const inngest = new Inngest(
  usesInngestServer()
    ? { id: 'waymark' }
    : { id: 'waymark', isDev: true, baseUrl: EMBEDDED_EVENT_BASE_URL, fetch: embeddedFetch },
);
