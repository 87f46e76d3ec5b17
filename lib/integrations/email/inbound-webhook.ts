// The inbound-parse push: a service (Postmark, Mailgun, SendGrid, an MTA pipe) POSTs the raw MIME
// of each received message to /webhooks/email/<connection id> with the connection's secret in
// `X-Waymark-Inbound-Secret`. Only the header block is read here, to find the Message-ID the
// delivery is deduplicated on; the full parse happens in normalize(), durably, after the ack.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { WebhookRequest, WebhookVerdict } from '../connector.ts';
import { bareMessageId, contentMessageId } from './threading.ts';

export const INBOUND_SECRET_HEADER = 'x-waymark-inbound-secret';

/** Compared as digests: constant time whatever the lengths, and the secret is never echoed. */
export function inboundSecretMatches(expected: string, given: string | null): boolean {
  if (!given) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(expected), digest(given));
}

/**
 * A body that is not MIME at all still becomes an item: normalize() rejects it, so it lands in
 * the dead letters where an admin sees it, instead of a 4xx the sending service retries forever.
 */
export function splitInboundEmail(inboundSecret: string, request: WebhookRequest): WebhookVerdict {
  if (!inboundSecretMatches(inboundSecret, request.headers.get(INBOUND_SECRET_HEADER))) {
    return { kind: 'unauthorized', reason: 'missing or wrong inbound secret' };
  }
  const messageId = headerMessageId(request.rawBody);
  return {
    kind: 'items',
    items: [
      {
        externalId: messageId ? bareMessageId(messageId) : contentMessageId(request.rawBody),
        payload: { mime: request.rawBody },
      },
    ],
  };
}

/** The Message-ID header of a raw message, unfolded; undefined when there is none. */
export function headerMessageId(raw: string): string | undefined {
  const end = raw.search(/\r?\n\r?\n/);
  const head = (end === -1 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  for (const line of head.split(/\r?\n/)) {
    const match = /^message-id\s*:\s*(.+)$/i.exec(line);
    if (match?.[1] && bareMessageId(match[1])) return match[1].trim();
  }
  return undefined;
}
