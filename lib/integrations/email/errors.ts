// IMAP and SMTP failures as ConnectorErrors: whether a retry can help, in words of our own. The
// libraries' messages can quote the server's reply or the command sent, so none is passed on:
// no password (or anything else from the credentials) can reach an error, a log or the UI.
import { ConnectorError } from '../connector.ts';

interface LibraryError {
  code?: string;
  authenticationFailed?: boolean;
  tlsFailed?: boolean;
  mailboxMissing?: boolean;
  responseCode?: number;
  responseStatus?: string;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNECTION',
  'ETIMEDOUT',
  'ETIMEOUT',
  'CONNECT_TIMEOUT',
  'GREETING_TIMEOUT',
  'UPGRADE_TIMEOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EDNS',
  'ESOCKET',
  'EPIPE',
  'NoConnection',
  'EConnectionClosed',
]);

function fields(error: unknown): LibraryError {
  return typeof error === 'object' && error !== null ? (error as LibraryError) : {};
}

/** A failure talking to the IMAP server. */
export function imapError(error: unknown, server: string): ConnectorError {
  if (error instanceof ConnectorError) return error;
  const e = fields(error);
  if (e.authenticationFailed) {
    return new ConnectorError(`The IMAP server ${server} refused the login`, 'auth_failed', false);
  }
  if (e.tlsFailed) {
    return new ConnectorError(`TLS with the IMAP server ${server} failed`, 'tls_failed', false);
  }
  if (e.mailboxMissing) {
    return new ConnectorError(`A mailbox is missing on ${server}`, 'mailbox_missing', false);
  }
  if (e.code && NETWORK_CODES.has(e.code)) {
    return new ConnectorError(
      `The IMAP server ${server} is unreachable (${e.code})`,
      'unreachable',
      true,
    );
  }
  return new ConnectorError(
    `The IMAP server ${server} failed${e.code ? ` (${e.code})` : ''}`,
    'imap_failed',
    true,
  );
}

/** A failure handing a message to the SMTP server: 5xx and a refused login are permanent. */
export function smtpError(error: unknown, server: string): ConnectorError {
  if (error instanceof ConnectorError) return error;
  const e = fields(error);
  if (e.code === 'EAUTH') {
    return new ConnectorError(`The SMTP server ${server} refused the login`, 'auth_failed', false);
  }
  if (e.code === 'ETLS') {
    return new ConnectorError(`TLS with the SMTP server ${server} failed`, 'tls_failed', false);
  }
  if (typeof e.responseCode === 'number' && e.responseCode >= 500) {
    return new ConnectorError(
      `The SMTP server ${server} rejected the message (${e.responseCode})`,
      'rejected',
      false,
    );
  }
  if (typeof e.responseCode === 'number' && e.responseCode >= 400) {
    return new ConnectorError(
      `The SMTP server ${server} deferred the message (${e.responseCode})`,
      'deferred',
      true,
    );
  }
  if (e.code && NETWORK_CODES.has(e.code)) {
    return new ConnectorError(
      `The SMTP server ${server} is unreachable (${e.code})`,
      'unreachable',
      true,
    );
  }
  return new ConnectorError(
    `The SMTP server ${server} failed${e.code ? ` (${e.code})` : ''}`,
    'smtp_failed',
    true,
  );
}
