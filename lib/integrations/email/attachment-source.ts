// Where a pulled email's attachment can be fetched again: the message's place in its mailbox and
// the attachment's position in it, `imap:<mailbox>:<uidvalidity>:<uid>:<index>:<sha256>`. The
// mailbox is percent-encoded (a name may hold ':'); UIDVALIDITY says whether the UID still names
// the same message; the hash, of the bytes first parsed, says whether the re-parsed attachment at
// that index is still the same file. Only pulled messages get one: a message pushed to the
// inbound webhook is not kept where the connector could read it again.
import { z } from 'zod';

export interface ImapAttachmentSource {
  mailbox: string;
  /** UIDVALIDITY as a decimal string (32-bit unsigned), as in the pull cursor. */
  uidValidity: string;
  uid: number;
  /** The position in mailparser's `attachments` of the message's source. */
  index: number;
  sha256: string;
}

const PATTERN = /^imap:([^:]+):(\d{1,10}):(\d{1,10}):(\d{1,3}):([0-9a-f]{64})$/;

const SourceSchema = z.object({
  mailbox: z.string().min(1).max(500),
  uidValidity: z.string().regex(/^\d+$/),
  uid: z.number().int().positive().max(0xffff_ffff),
  index: z.number().int().nonnegative().max(99),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export function formatImapAttachmentSource(source: ImapAttachmentSource): string {
  const { mailbox, uidValidity, uid, index, sha256 } = SourceSchema.parse(source);
  return `imap:${encodeURIComponent(mailbox)}:${uidValidity}:${uid}:${index}:${sha256}`;
}

/** The parts of a source written by formatImapAttachmentSource; undefined for anything else. */
export function parseImapAttachmentSource(source: string): ImapAttachmentSource | undefined {
  const match = PATTERN.exec(source);
  if (!match) return undefined;
  const [, mailbox, uidValidity, uid, index, sha256] = match;
  let decoded: string;
  try {
    decoded = decodeURIComponent(mailbox!);
  } catch {
    return undefined;
  }
  const parsed = SourceSchema.safeParse({
    mailbox: decoded,
    uidValidity,
    uid: Number(uid),
    index: Number(index),
    sha256,
  });
  return parsed.success ? parsed.data : undefined;
}
