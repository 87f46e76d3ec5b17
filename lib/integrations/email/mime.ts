// One MIME message (from the inbound webhook or an IMAP fetch) turned into Waymark's message
// shape. mailparser accepts nearly any bytes, so "malformed" is decided here: no header block, or
// no sender address to attribute the message to.
import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject, type EmailAddress, type ParsedMail } from 'mailparser';
import {
  InboundMessageSchema,
  type Handle,
  type ParsedInboundMessage,
} from '../../conversations/message.ts';
import { bareMessageId, contentMessageId, messageIdsIn, threadRootOf } from './threading.ts';

/** Larger messages are refused rather than parsed (an attachment bomb stays a dead letter). */
export const MAX_MIME_BYTES = 25 * 1024 * 1024;

const LIMITS = { subject: 1000, text: 200_000, html: 2_000_000, attachments: 100, handles: 500 };

export class MalformedEmailError extends Error {
  constructor(reason: string) {
    super(`Malformed email: ${reason}`);
    this.name = 'MalformedEmailError';
  }
}

export interface MimeContext {
  /** The mailbox's own address: a message from it is outbound. */
  ownAddress: string;
  /** When the message carries no Date header: the IMAP internal date, else now. */
  fallbackDate?: Date;
  /**
   * Where the attachment at this index of the message can be fetched again (a pulled message's
   * place in its mailbox); without it attachments are kept as names only.
   */
  attachmentSource?: (index: number, sha256: string) => string;
}

/**
 * The parse both ingestion and a later fetch of an attachment use: the same options give the
 * same attachments in the same order, so an attachment's index names it in either.
 */
export function parseMime(raw: string | Buffer): Promise<ParsedMail> {
  return simpleParser(raw, { keepCidLinks: true, skipTextToHtml: true, skipTextLinks: true });
}

/** The message's attachments as Waymark keeps them, at most LIMITS.attachments. */
export function attachmentsOf(parsed: ParsedMail): ParsedMail['attachments'] {
  return parsed.attachments.slice(0, LIMITS.attachments);
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function messageFromMime(
  raw: string | Buffer,
  context: MimeContext,
): Promise<ParsedInboundMessage> {
  const size = typeof raw === 'string' ? Buffer.byteLength(raw) : raw.length;
  if (size === 0) throw new MalformedEmailError('the body is empty');
  if (size > MAX_MIME_BYTES) throw new MalformedEmailError(`larger than ${MAX_MIME_BYTES} bytes`);

  const parsed = await parseMime(raw);
  if (parsed.headerLines.length === 0) throw new MalformedEmailError('no header block');
  const from = handlesOf(parsed.from)[0];
  if (!from) throw new MalformedEmailError('no sender address (From)');

  const ownMessageId = parsed.messageId ? bareMessageId(parsed.messageId) : '';
  const messageId = ownMessageId || contentMessageId(raw);
  const inReplyTo = messageIdsIn(parsed.inReplyTo);
  const references = messageIdsIn(parsed.references);
  const own = context.ownAddress.toLowerCase();

  const to = dedupe([...handlesOf(parsed.to), ...handlesOf(parsed.cc)]).slice(0, LIMITS.handles);
  const headers: Record<string, string> = {};
  if (ownMessageId) headers.messageId = `<${ownMessageId}>`;
  if (inReplyTo.length) headers.inReplyTo = inReplyTo.map((id) => `<${id}>`).join(' ');
  if (references.length) headers.references = references.map((id) => `<${id}>`).join(' ');
  if (parsed.subject) headers.subject = parsed.subject.slice(0, LIMITS.subject);

  return InboundMessageSchema.parse({
    externalId: messageId,
    externalThreadId: threadRootOf({ messageId, inReplyTo, references }),
    direction: from.handle === own ? 'outbound' : 'inbound',
    from,
    to,
    sentAt: sentAtOf(parsed.date, context.fallbackDate).toISOString(),
    subject: parsed.subject?.slice(0, LIMITS.subject),
    text: (parsed.text ?? '').slice(0, LIMITS.text),
    html: typeof parsed.html === 'string' ? parsed.html.slice(0, LIMITS.html) : undefined,
    // mailparser has decoded every attachment already, so the hash is of the real bytes (its
    // own checksum is md5). With a source, store-attachments fetches the bytes again later.
    attachments: attachmentsOf(parsed).map((attachment, index) => {
      const sha256 = sha256Of(attachment.content);
      const source = context.attachmentSource?.(index, sha256);
      return {
        name: (attachment.filename ?? 'attachment').slice(0, 255),
        mime: (attachment.contentType || 'application/octet-stream').slice(0, 255),
        size: attachment.size ?? attachment.content.length,
        sha256,
        ...(source ? { source } : {}),
      };
    }),
    headers,
  });
}

/** Lowercased addresses with their display names, groups flattened. */
function handlesOf(field: AddressObject | AddressObject[] | undefined): Handle[] {
  if (!field) return [];
  const flat: EmailAddress[] = [];
  const walk = (address: EmailAddress) => {
    if (address.group) address.group.forEach(walk);
    else flat.push(address);
  };
  for (const object of Array.isArray(field) ? field : [field]) object.value.forEach(walk);
  return flat
    .filter((a) => a.address && a.address.includes('@'))
    .map((a) => ({
      handle: (a.address as string).trim().toLowerCase().slice(0, 320),
      ...(a.name ? { name: a.name.slice(0, 200) } : {}),
    }));
}

function dedupe(handles: Handle[]): Handle[] {
  const seen = new Set<string>();
  return handles.filter((h) => !seen.has(h.handle) && seen.add(h.handle));
}

/** The Date header, unless missing or unreadable (mailparser yields an Invalid Date then). */
function sentAtOf(header: Date | undefined, fallback: Date | undefined): Date {
  for (const date of [header, fallback]) if (date && !Number.isNaN(date.getTime())) return date;
  return new Date();
}
