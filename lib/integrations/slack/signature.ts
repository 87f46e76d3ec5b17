// Slack's request signing (v0): HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the app's
// signing secret, sent as `X-Slack-Signature: v0=<hex>`. A timestamp far from now is refused so a
// captured delivery cannot be replayed later.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack's own tolerance: a delivery more than five minutes away from our clock is refused. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export function slackSignature(signingSecret: string, timestamp: string, rawBody: string): string {
  const hmac = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`, 'utf8');
  return `v0=${hmac.digest('hex')}`;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export function checkSlackSignature(
  signingSecret: string,
  headers: Headers,
  rawBody: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): SignatureCheck {
  const timestamp = headers.get('x-slack-request-timestamp');
  const signature = headers.get('x-slack-signature');
  if (!timestamp || !signature)
    return { ok: false, reason: 'the Slack signature headers are missing' };
  if (!/^\d{1,12}$/.test(timestamp))
    return { ok: false, reason: 'the Slack timestamp is not a number' };
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS)
    return { ok: false, reason: 'the Slack timestamp is more than five minutes from now' };
  const expected = Buffer.from(slackSignature(signingSecret, timestamp, rawBody), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  // timingSafeEqual needs equal lengths; a length mismatch tells an attacker nothing secret.
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'the Slack signature does not match' };
  return { ok: true };
}
