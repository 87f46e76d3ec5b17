// RFC 5322 threading, as pure functions: the ids a message carries, the thread it belongs to and
// the headers a reply needs so it threads in Waymark and in the customer's mail client alike.
import { createHash } from 'node:crypto';

/** `<a@b>` → `a@b`; what Waymark stores as an email's external id. */
export function bareMessageId(id: string): string {
  return id.trim().replace(/^<+/, '').replace(/>+$/, '').trim();
}

/** Every `<id>` in a header value (References, In-Reply-To), in order, without brackets. */
export function messageIdsIn(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  const text = Array.isArray(value) ? value.join(' ') : value;
  const bracketed = [...text.matchAll(/<([^<>\s]+)>/g)].map((m) => m[1] as string);
  if (bracketed.length > 0) return bracketed;
  // Some senders omit the brackets: take whitespace-separated ids that look like one.
  return text.split(/\s+/).filter((id) => id.includes('@'));
}

/** The id of a message that has no Message-ID: stable, so a redelivery is still a duplicate. */
export function contentMessageId(raw: string | Buffer): string {
  return `sha256:${createHash('sha256').update(raw).digest('hex')}`;
}

/** The thread's root: the first of References, else In-Reply-To, else the message itself. */
export function threadRootOf(ids: {
  messageId: string;
  inReplyTo: string[];
  references: string[];
}): string {
  return ids.references[0] ?? ids.inReplyTo[0] ?? ids.messageId;
}

/** `Re: ` once, whatever the earlier replies prefixed (`Re:`, `RE:`, `Aw:`). */
export function replySubject(subject: string | undefined): string {
  const original = (subject ?? '').trim();
  if (/^(re|aw|sv|antw)\s*:/i.test(original)) return original;
  return original ? `Re: ${original}` : 'Re:';
}

/**
 * In-Reply-To and References of a reply to `parent` (RFC 5322 §3.6.4): the parent's References
 * (or, lacking them, its single In-Reply-To) followed by the parent's Message-ID.
 */
export function replyThreadingHeaders(parent: {
  messageId?: string;
  inReplyTo?: string;
  references?: string;
}): { inReplyTo?: string; references?: string } {
  if (!parent.messageId) return {};
  const parentId = `<${bareMessageId(parent.messageId)}>`;
  let ancestors = messageIdsIn(parent.references);
  if (ancestors.length === 0) {
    const inReplyTo = messageIdsIn(parent.inReplyTo);
    if (inReplyTo.length === 1) ancestors = inReplyTo;
  }
  const references = [...ancestors.map((id) => `<${id}>`), parentId]
    .filter((id, i, all) => all.indexOf(id) === i)
    .join(' ');
  return { inReplyTo: parentId, references };
}
