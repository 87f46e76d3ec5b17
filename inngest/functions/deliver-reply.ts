// On conversation/reply.queued: send the reply through its conversation's channel, exactly once.
// The claim (queued → sending) commits in the same step as the send, before the platform is
// called: a step re-run after a crash finds 'sending' and marks the reply 'unknown' instead of
// sending it again. A retryable refusal (429, 5xx) puts it back to queued and throws, so the
// executor retries with backoff; a final refusal fails it with the channel's reason.
import { NonRetriableError } from 'inngest';
import {
  claimReply,
  failReply,
  giveUpOnReply,
  recordSentReply,
  replyTargetOf,
  requeueReply,
} from '../../lib/conversations/replies/delivery.ts';
import { ConnectorError, type SentMessage } from '../../lib/integrations/connector.ts';
import { selectConnection } from '../../lib/integrations/connections/sql.ts';
import { openConnection } from '../../lib/integrations/open-connection.ts';
import type { WaymarkInngest } from '../client.ts';
import { events } from '../events.ts';
import type { AutomationServices } from '../services.ts';

/** The channel's code and message: what a person reads on the reply and the connection. */
const reasonOf = (error: ConnectorError) => `${error.code}: ${error.message}`;

export const deliverReply = (inngest: WaymarkInngest, { db, integrations }: AutomationServices) =>
  inngest.createFunction(
    {
      id: 'deliver-reply',
      name: 'Deliver a reply',
      triggers: [{ event: events['conversation/reply.queued'] }],
      // One run per reply, however often the event is delivered.
      idempotency: 'event.data.outboundId',
      retries: 5,
      onFailure: async ({ event, error }) => {
        const { outboundId } = event.data.event.data as { outboundId: string };
        await db.asService((tx) =>
          giveUpOnReply(tx, outboundId, `gave up after retries: ${error.message}`.slice(0, 500)),
        );
      },
    },
    async ({ event, step }) => {
      const { outboundId } = event.data;
      const sent = await step.run('claim-and-send', async () => {
        const claim = await db.asService((tx) => claimReply(tx, outboundId));
        if (claim.outcome !== 'claimed') return claim;
        const { reply } = claim;
        // Opened in its own short transaction: none stays open while the platform answers.
        const { opened, target } = await db.asService(async (tx) => {
          // A disabled connection is not opened (its credentials may be gone): nothing to send with.
          const connection = await selectConnection(tx, reply.connectionId);
          if (connection?.status === 'disabled') return { opened: 'disabled' as const };
          return {
            opened: await openConnection(tx, integrations, reply.connectionId),
            target: await replyTargetOf(tx, reply.conversationId),
          };
        });
        if (opened === 'disabled') {
          const reason = 'connection_disabled: the connection is disabled; enable it to send';
          await db.asService((tx) => failReply(tx, reply, reason));
          return { outcome: 'failed' as const, reason: 'connection_disabled' };
        }
        if (!opened) {
          await db.asService((tx) =>
            failReply(tx, reply, 'connection_deleted: the connection is gone'),
          );
          return { outcome: 'failed' as const, reason: 'connection_deleted' };
        }
        try {
          const message: SentMessage = await opened.connector.send(opened.env, target, {
            text: reply.text,
            idempotencyKey: reply.idempotencyKey,
          });
          return { outcome: 'sent' as const, reply, message };
        } catch (error) {
          if (error instanceof ConnectorError && error.retryable) {
            await db.asService((tx) => requeueReply(tx, reply, reasonOf(error)));
            throw new Error(`Retrying: ${error.code}`);
          }
          const reason =
            error instanceof ConnectorError
              ? reasonOf(error)
              : 'send_failed: the channel refused the reply';
          await db.asService((tx) => failReply(tx, reply, reason));
          if (!(error instanceof ConnectorError)) throw new NonRetriableError(reason);
          return { outcome: 'failed' as const, reason: error.code };
        }
      });
      if (sent.outcome !== 'sent') return sent;
      await step.run('record', () =>
        db.asService((tx) => recordSentReply(tx, sent.reply, sent.message)),
      );
      return { outcome: 'sent', externalId: sent.message.externalId };
    },
  );
