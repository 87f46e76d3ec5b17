// POST /webhooks/{kind}/{connectionId}: verify, store, acknowledge; processing happens later and
// durably (ingest-webhook-delivery), so a platform's short deadline (Slack: 3 s) is always met and
// a crash after the acknowledgement loses nothing. Bodies and secrets are never logged.
import { z } from 'zod';
import { emitEvents } from '../../automation/outbox.ts';
import { type Db, SYSTEM_USER_ID } from '../../db/port.ts';
import { type Channel, ChannelSchema } from '../../conversations/message.ts';
import type { WebhookVerdict } from '../connector.ts';
import { openConnection } from '../open-connection.ts';
import type { IntegrationServices } from '../services.ts';
import { BodyTooLarge, readLimited } from './read-limited.ts';
import { insertDeliveries } from './sql.ts';

export const WEBHOOK_PATH = /^\/webhooks\/([a-z]+)\/([^/]+)$/;

export interface WebhookHandlerOptions {
  db: Db;
  integrations: IntegrationServices;
  /** Called once stored deliveries committed: their events are in the outbox to deliver. */
  afterDelivery?: () => void;
}

type Outcome =
  | { status: 'not-found' | 'unreadable' }
  | { status: 'verdict'; verdict: WebhookVerdict; stored: number };

export function createWebhookHandler({ db, integrations, afterDelivery }: WebhookHandlerOptions) {
  return async function handleWebhook(request: Request): Promise<Response> {
    const match = WEBHOOK_PATH.exec(new URL(request.url).pathname);
    const kind = ChannelSchema.safeParse(match?.[1]);
    const connectionId = z.uuid().safeParse(match?.[2]);
    if (!kind.success || !connectionId.success) return notFound();
    if (request.method !== 'POST') {
      return answer(405, 'method_not_allowed', 'Webhooks are POSTed', { allow: 'POST' });
    }
    let rawBody: string;
    try {
      rawBody = await readLimited(request);
    } catch (error) {
      if (error instanceof BodyTooLarge) return answer(413, 'too_large', 'The body is over 1 MB');
      throw error;
    }

    let outcome: Outcome;
    try {
      outcome = await db.asService(async (tx) => {
        const open = await openLive(tx, integrations, connectionId.data, kind.data);
        if (!open?.connector.webhook) return { status: 'not-found' } as const;
        // Verification is local work (an HMAC, a secret compare): it shares the store's
        // transaction, so an acknowledgement costs one round trip of commits.
        let verdict: WebhookVerdict;
        try {
          verdict = await open.connector.webhook(open.env, { headers: request.headers, rawBody });
        } catch {
          // Unverified, so nothing of it is kept (no dead letter for whoever POSTs garbage).
          return { status: 'unreadable' } as const;
        }
        if (verdict.kind !== 'items') return { status: 'verdict', verdict, stored: 0 } as const;
        const { connection } = open;
        const ids = await insertDeliveries(tx, connection, verdict.items);
        await emitEvents(
          tx,
          { workspaceId: connection.workspaceId, userId: SYSTEM_USER_ID },
          ids.map((deliveryId) => ({
            name: 'connector/webhook.received',
            data: { workspaceId: connection.workspaceId, connectionId: connection.id, deliveryId },
          })),
        );
        return { status: 'verdict', verdict, stored: ids.length } as const;
      });
    } catch (error) {
      // The name only: a message could quote the body.
      console.error(`webhook ${kind.data}/${connectionId.data} failed: ${(error as Error).name}`);
      return answer(500, 'unavailable', 'The delivery could not be stored; send it again');
    }

    if (outcome.status === 'not-found') return notFound();
    if (outcome.status === 'unreadable') {
      return answer(400, 'unprocessable', 'The delivery could not be read');
    }
    if (outcome.status !== 'verdict') return notFound();
    const { verdict, stored } = outcome;
    if (verdict.kind === 'unauthorized')
      return answer(401, 'unauthorized', 'Not signed by the platform');
    if (verdict.kind === 'respond') return verdict.response;
    if (stored > 0) afterDelivery?.();
    return Response.json({ ok: true });
  };
}

/** The live connection of that kind; undefined when unknown, deleted, disabled or uninstalled. */
async function openLive(
  tx: Parameters<typeof openConnection>[0],
  integrations: IntegrationServices,
  id: string,
  kind: Channel,
) {
  const [row] = await tx.query<{ kind: string; status: string }>(
    'select kind, status from integrations.connections where id = $1 and deleted_at is null',
    [id],
  );
  if (!row || row.kind !== kind || row.status === 'disabled') return undefined;
  try {
    return await openConnection(tx, integrations, id);
  } catch (error) {
    // No connector registered for the kind: as if the route did not exist.
    if (error instanceof Error && error.message.startsWith('No connector is registered'))
      return undefined;
    throw error;
  }
}

function notFound(): Response {
  return answer(404, 'not_found', 'No such webhook');
}

function answer(status: number, error: string, message: string, headers?: Record<string, string>) {
  return Response.json({ error, message }, { status, headers });
}
