// On connector/message.received for a message with files: each attachment's bytes into Waymark's
// storage (lib/conversations/attachments/store-attachment.ts), one step per attachment, so a
// retry fetches only what is not stored yet and a big file never delays the others' records.
import {
  pendingAttachments,
  storeAttachment,
} from '../../lib/conversations/attachments/store-attachment.ts';
import type { WaymarkInngest } from '../client.ts';
import { events } from '../events.ts';
import type { AutomationServices } from '../services.ts';

export const storeAttachments = (
  inngest: WaymarkInngest,
  { db, integrations }: AutomationServices,
) =>
  inngest.createFunction(
    {
      id: 'store-attachments',
      name: 'Store a message’s attachments',
      triggers: [{ event: events['connector/message.received'], if: 'event.data.attachments > 0' }],
      // One run per message, however often the event is delivered.
      idempotency: 'event.data.messageId',
      retries: 5,
      // Downloads are the channel's bandwidth and ours: a few at a time per connection.
      concurrency: [{ key: 'event.data.connectionId', limit: 2 }],
    },
    async ({ event, step }) => {
      if (!integrations.storage) return { stored: 0, why: 'no storage configured' };
      const { messageId } = event.data;
      const pending = await step.run('find-attachments', () =>
        db.asService((tx) => pendingAttachments(tx, messageId)),
      );
      const outcomes = [];
      for (const index of pending) {
        outcomes.push(
          await step.run(`store-attachment-${index}`, () =>
            storeAttachment({ db, integrations }, messageId, index),
          ),
        );
      }
      return { outcomes };
    },
  );
