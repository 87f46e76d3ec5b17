// The Events API endpoint's Slack half: verify, answer the handshake, and hand back each event
// keyed by its event_id, so Slack's retries (X-Slack-Retry-Num, same event_id) store nothing new.
// Normalizing happens later, from the stored payload, so the 3-second acknowledgement stays cheap.
import { createHash } from 'node:crypto';
import type { WebhookRequest, WebhookVerdict } from '../connector.ts';
import type { SlackEnv } from './client.ts';
import { checkSlackSignature } from './signature.ts';

export async function receiveSlackWebhook(
  env: SlackEnv,
  request: WebhookRequest,
): Promise<WebhookVerdict> {
  const check = checkSlackSignature(
    env.credentials.signingSecret,
    request.headers,
    request.rawBody,
  );
  if (!check.ok) return { kind: 'unauthorized', reason: check.reason };

  let body: unknown;
  try {
    body = JSON.parse(request.rawBody);
  } catch {
    return malformed(request.rawBody);
  }
  if (typeof body !== 'object' || body === null) return malformed(request.rawBody);
  const delivery = body as {
    type?: unknown;
    challenge?: unknown;
    event_id?: unknown;
    team_id?: unknown;
  };

  if (delivery.type === 'url_verification') {
    if (typeof delivery.challenge !== 'string') return malformed(request.rawBody);
    return { kind: 'respond', response: Response.json({ challenge: delivery.challenge }) };
  }
  if (delivery.type !== 'event_callback') return { kind: 'items', items: [] };
  if (typeof delivery.event_id !== 'string' || delivery.event_id === '') return malformed(body);
  // One signing secret signs an app's events for every workspace it is installed in.
  if (env.settings.teamId && delivery.team_id !== env.settings.teamId)
    return { kind: 'items', items: [] };
  return { kind: 'items', items: [{ externalId: delivery.event_id, payload: body }] };
}

/**
 * A signed delivery we cannot read. It is stored (Slack would retry a refusal forever) under a
 * hash of its body, so a retry of it is one item too, and normalizing it dead-letters it.
 */
function malformed(payload: unknown): WebhookVerdict {
  const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 32);
  return { kind: 'items', items: [{ externalId: `malformed:${digest}`, payload }] };
}
