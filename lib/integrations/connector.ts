// The connector port: what Waymark needs from a channel (Slack, Telegram, email), one adapter a
// folder (lib/integrations/<kind>/). The generic parts (the webhook endpoint, the pull scheduler,
// ingestion, reply delivery, the vault) call only this interface.
import type { z } from 'zod';
import type { Channel, InboundMessage } from '../conversations/message.ts';

/** The platform API bases, from server configuration only (never from user input: no SSRF). */
export interface ConnectorApis {
  slackApiUrl: string;
  telegramApiUrl: string;
}

export interface ConnectorEnv<Credentials, Settings> {
  connectionId: string;
  credentials: Credentials;
  settings: Settings;
  apis: ConnectorApis;
  /** Aborts a pull or a send when the process stops. */
  signal?: AbortSignal;
}

/** A webhook request as the endpoint received it: the raw body is what signatures cover. */
export interface WebhookRequest {
  headers: Headers;
  rawBody: string;
}

export type WebhookVerdict =
  /** Not from the platform (bad signature or secret, stale timestamp): 401, nothing stored. */
  | { kind: 'unauthorized'; reason: string }
  /** A protocol handshake answered directly (Slack's url_verification), nothing stored. */
  | { kind: 'respond'; response: Response }
  /**
   * Items to store, each with the platform's id (Slack event_id, Telegram update_id, an email's
   * Message-ID), so a retried delivery stores nothing new. An empty list is acknowledged.
   */
  | { kind: 'items'; items: { externalId: string; payload: unknown }[] };

/** A page of pulled messages and the cursor that follows them, committed together. */
export interface PullPage {
  /** Which cursor this page advances: 'updates' (Telegram), 'imap:INBOX', 'slack:C123'. */
  scope: string;
  messages: InboundMessage[];
  /** Payloads that could not be turned into messages: they go to the dead-letter table. */
  malformed?: { externalId?: string; payload: unknown; error: string }[];
  cursor: unknown;
}

/** What a reply is sent into: the conversation's thread and the last message it answers. */
export interface ReplyTarget {
  externalThreadId: string;
  /** The latest message's channel ids (`headers` of the stored message). */
  replyTo?: { externalId: string; headers: Record<string, string>; from: string; subject?: string };
  /** Every participant's handle, for email's To/Cc. */
  participants: string[];
  subject?: string;
}

export interface SentMessage {
  /** The external id the channel gave the sent message: it is stored as an outbound message. */
  externalId: string;
  sentAt: string;
  headers?: Record<string, string>;
}

/** A file's bytes as the channel served them; mime when the channel says (else the attachment's). */
export interface FetchedFile {
  bytes: Uint8Array;
  mime?: string;
}

/** A failure the platform reported. retryable: a 429 or 5xx; not: a revoked token, a blocked bot. */
export class ConnectorError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly retryable: boolean,
    /** Seconds the platform asked us to wait (429 Retry-After / retry_after). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ConnectorError';
  }
}

export interface Connector<Credentials = unknown, Settings = unknown> {
  kind: Channel;
  /** What an admin enters; validated on create and on update. Secrets live only here. */
  credentials: z.ZodType<Credentials>;
  /** Non-secret options (mailboxes, channels, the conversation gap…). */
  settings: z.ZodType<Settings>;
  /** The secret whose last four characters the UI shows. */
  hint(credentials: Credentials): string;
  /** Checks the credentials against the platform; the account's name, or a ConnectorError. */
  test(env: ConnectorEnv<Credentials, Settings>): Promise<{ accountName: string }>;
  /** Verifies and splits one webhook request; undefined when the channel has no push path. */
  webhook?(
    env: ConnectorEnv<Credentials, Settings>,
    request: WebhookRequest,
  ): Promise<WebhookVerdict>;
  /** Turns one stored webhook item into messages; throws on a malformed payload. */
  normalize(env: ConnectorEnv<Credentials, Settings>, payload: unknown): Promise<InboundMessage[]>;
  /**
   * Pages of new messages since the cursors (scope → the cursor value last committed), oldest
   * first. The caller commits each page's messages and cursor in one transaction before asking
   * for the next, so a crash repeats at most the page in flight and stores nothing twice.
   */
  pull?(
    env: ConnectorEnv<Credentials, Settings>,
    cursors: ReadonlyMap<string, unknown>,
  ): AsyncIterable<PullPage>;
  /** Sends a reply into the thread. idempotencyKey is stable across retries of one reply. */
  send(
    env: ConnectorEnv<Credentials, Settings>,
    target: ReplyTarget,
    reply: { text: string; idempotencyKey: string },
  ): Promise<SentMessage>;
  /**
   * The bytes of a file a message refers to (an attachment's `source`: a Telegram file_id, a
   * Slack url_private), refusing anything over maxBytes with a ConnectorError `file_too_large`.
   * Optional: a channel without it keeps its attachments as names only.
   */
  fetchAttachment?(
    env: ConnectorEnv<Credentials, Settings>,
    source: string,
    options: { maxBytes: number },
  ): Promise<FetchedFile>;
  /** Connects the platform's push to our endpoint (Telegram setWebhook); optional. */
  register?(env: ConnectorEnv<Credentials, Settings>, webhookUrl: string): Promise<void>;
}
