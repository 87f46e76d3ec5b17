// A webhook call is Telegram's only if it carries the secret we gave setWebhook. The endpoint is
// generic, so the check is ours: both sides hashed to equal lengths, compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { WebhookRequest, WebhookVerdict } from '../connector.ts';
import { updateIdOf } from './normalize.ts';

export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

export function verifyWebhook(webhookSecret: string, request: WebhookRequest): WebhookVerdict {
  const given = request.headers.get(SECRET_HEADER);
  if (given === null || given === '') {
    return { kind: 'unauthorized', reason: 'the secret token header is missing' };
  }
  if (!timingSafeEqual(digest(given), digest(webhookSecret))) {
    return { kind: 'unauthorized', reason: 'the secret token does not match' };
  }
  let update: unknown;
  try {
    update = JSON.parse(request.rawBody);
  } catch {
    update = undefined;
  }
  const updateId = updateIdOf(update);
  if (updateId === undefined) {
    // Telegram retries a refused delivery, so a body we cannot read is acknowledged and kept
    // under its hash: normalize refuses it and it lands with the dead letters, once.
    const hash = createHash('sha256').update(request.rawBody).digest('hex').slice(0, 32);
    return {
      kind: 'items',
      items: [{ externalId: `malformed:${hash}`, payload: request.rawBody }],
    };
  }
  return { kind: 'items', items: [{ externalId: String(updateId), payload: update }] };
}
