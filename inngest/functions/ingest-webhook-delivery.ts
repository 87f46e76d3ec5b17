// A verified webhook delivery (stored and acknowledged by the endpoint) into conversations.
// One step, one transaction: a retry after a crash finds the delivery unprocessed and does it
// whole, or processed and does nothing.
import { ingestDelivery } from '../../lib/integrations/webhooks/ingest-delivery.ts';
import type { WaymarkInngest } from '../client.ts';
import { events } from '../events.ts';
import type { AutomationServices } from '../services.ts';

export const ingestWebhookDelivery = (
  inngest: WaymarkInngest,
  { db, integrations }: AutomationServices,
) =>
  inngest.createFunction(
    {
      id: 'ingest-webhook-delivery',
      name: 'Store a webhook delivery’s messages',
      triggers: [{ event: events['connector/webhook.received'] }],
      // A malformed payload is a dead letter, not a failure: retries are for the database.
      retries: 3,
    },
    async ({ event, step }) =>
      step.run('store-messages', () =>
        db.asService((tx) => ingestDelivery(tx, integrations, event.data.deliveryId)),
      ),
  );
