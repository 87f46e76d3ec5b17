// POST /webhooks/{kind}/{connectionId}: verify, store, acknowledge; processing happens later and
// durably (ingest-webhook-delivery), so a platform's short deadline (Slack: 3 s) is always met and
// a crash after the acknowledgement loses nothing. Bodies and secrets are never logged.
import { z } from 'zod';
import { type Db, json } from '../../db/port.ts';
import { type Channel, ChannelSchema } from '../../conversations/message.ts';
import type { WebhookVerdict } from '../connector.ts';
import type { IntegrationServices } from '../services.ts';
import { createOpenedConnections } from './opened-connections.ts';
import { BodyTooLarge, readLimited } from '../read-limited.ts';

export const WEBHOOK_PATH = /^\/webhooks\/([a-z]+)\/([^/]+)$/;

export interface WebhookHandlerOptions {
  db: Db;
  integrations: IntegrationServices;
  /** Called once stored deliveries committed: their events are in the outbox to deliver. */
  afterDelivery?: () => void;
}

type Outcome =
  | { status: 'not-found' }
  | { status: 'unreadable' }
  | { status: 'verdict'; verdict: WebhookVerdict; stored: number };

export function createWebhookHandler({ db, integrations, afterDelivery }: WebhookHandlerOptions) {
  const connections = createOpenedConnections(db, integrations);
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
      rawBody = (await readLimited(request)).toString('utf8');
    } catch (error) {
      if (error instanceof BodyTooLarge) return answer(413, 'too_large', 'The body is over 1 MB');
      throw error;
    }

    let outcome: Outcome;
    try {
      outcome = await acceptDelivery(connectionId.data, kind.data, request.headers, rawBody);
    } catch (error) {
      // The name only: a message could quote the body.
      console.error(`webhook ${kind.data}/${connectionId.data} failed: ${(error as Error).name}`);
      return answer(500, 'unavailable', 'The delivery could not be stored; send it again');
    }

    if (outcome.status === 'not-found') return notFound();
    if (outcome.status === 'unreadable') {
      return answer(400, 'unprocessable', 'The delivery could not be read');
    }
    const { verdict, stored } = outcome;
    if (verdict.kind === 'unauthorized')
      return answer(401, 'unauthorized', 'Not signed by the platform');
    if (verdict.kind === 'respond') return verdict.response;
    if (stored > 0) afterDelivery?.();
    return Response.json({ ok: true });
  };

  /**
   * Verifies with the connection as opened in memory and stores in one statement; when that
   * copy turns out stale (a refused signature, changed credentials), once more with a fresh read.
   */
  async function acceptDelivery(
    id: string,
    kind: Channel,
    headers: Headers,
    rawBody: string,
  ): Promise<Outcome> {
    // A copy read for this very delivery is not read again: only one kept from before can be stale.
    const remembered = connections.remembered(id, kind);
    for (const fresh of remembered ? [false, true] : [true]) {
      const open = fresh ? await connections.load(id, kind) : remembered;
      if (!open?.connector.webhook) return { status: 'not-found' };
      let verdict: WebhookVerdict;
      try {
        verdict = await open.connector.webhook(open.env, { headers, rawBody });
      } catch {
        // Unverified, so nothing of it is kept (no dead letter for whoever POSTs garbage).
        return { status: 'unreadable' };
      }
      if (verdict.kind === 'unauthorized' && !fresh) continue;
      if (verdict.kind !== 'items') return { status: 'verdict', verdict, stored: 0 };
      const [row] = await db.asService((tx) =>
        tx.query<{ result: string }>(
          'select integrations.accept_webhook($1, $2, $3, $4::jsonb) as result',
          [id, kind, open.fingerprint, json(verdict.items)],
        ),
      );
      if (row!.result === 'gone') {
        connections.forget(id);
        return { status: 'not-found' };
      }
      if (row!.result !== 'stale')
        return { status: 'verdict', verdict, stored: Number(row!.result) };
    }
    // Changed again between a fresh read and its insert: the platform retries.
    throw new Error('The connection kept changing while a delivery was stored');
  }
}

function notFound(): Response {
  return answer(404, 'not_found', 'No such webhook');
}

function answer(status: number, error: string, message: string, headers?: Record<string, string>) {
  return Response.json({ error, message }, { status, headers });
}
