// A relay process for the kill test: the outbox relay over a Postgres database, delivering to an
// Inngest event API (RELAY_INNGEST_URL) in small batches, until it is killed.
import { createInngestClient } from '../../inngest/client.ts';
import { inngestDeliverer } from '../../lib/automation/relay/inngest-deliverer.ts';
import { createOutboxRelay } from '../../lib/automation/relay/outbox-relay.ts';
import { openPostgres } from '../../lib/db/postgres-adapter.ts';

const db = openPostgres(process.env.RELAY_DB!, { max: 2 });
const inngest = createInngestClient({
  mode: 'inngest',
  eventKey: process.env.RELAY_EVENT_KEY!,
  baseUrl: process.env.RELAY_INNGEST_URL!,
});
const relay = createOutboxRelay({
  db,
  deliver: inngestDeliverer(inngest),
  batchSize: 7,
  pollMs: 20,
  onError: () => {},
});
relay.start();
console.log('RELAYING');
