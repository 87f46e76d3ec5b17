// A file a Slack message carries: its url_private, fetched with the bot token (files:read) as
// Slack documents. The token goes only to Slack's file host, or to the configured API's own
// origin (a loopback peer in tests): a url_private pointing anywhere else is refused unread, so
// a crafted payload can neither leak the token nor make us fetch an internal address.
import { ConnectorError } from '../connector.ts';
import { BodyTooLarge, readLimited } from '../read-limited.ts';
import type { SlackEnv } from './client.ts';

const SLACK_FILE_HOSTS = new Set(['files.slack.com']);

export function isSlackFileUrl(env: SlackEnv, source: string): boolean {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return false;
  }
  if (url.protocol === 'https:' && SLACK_FILE_HOSTS.has(url.hostname) && !url.port) return true;
  return url.origin === new URL(env.apis.slackApiUrl).origin;
}

export async function fetchSlackFile(
  env: SlackEnv,
  source: string,
  maxBytes: number,
): Promise<{ bytes: Uint8Array; mime?: string }> {
  if (!isSlackFileUrl(env, source)) {
    throw new ConnectorError('The file is not on Slack’s file host', 'file_unavailable', false);
  }
  let response: Response;
  try {
    response = await fetch(source, {
      headers: { authorization: `Bearer ${env.credentials.botToken}` },
      // A redirect would carry the token elsewhere, or answer with Slack's sign-in page.
      redirect: 'manual',
      signal: env.signal,
    });
  } catch (error) {
    const what = error instanceof Error ? error.message : String(error);
    throw new ConnectorError(`Could not download the Slack file: ${what}`, 'unreachable', true);
  }
  if (!response.ok) {
    await response.body?.cancel();
    const retryable = response.status === 429 || response.status >= 500;
    throw new ConnectorError(
      `Slack answered ${response.status} for the file`,
      retryable ? 'server_error' : 'file_unavailable',
      retryable,
    );
  }
  const type = response.headers.get('content-type') ?? undefined;
  // Slack answers a token without files:read with its HTML sign-in page, status 200.
  if (type?.startsWith('text/html')) {
    await response.body?.cancel();
    throw new ConnectorError(
      'Slack did not serve the file: does the bot have the files:read scope?',
      'file_unavailable',
      false,
    );
  }
  return { bytes: await readAtMost(response, maxBytes), ...(type ? { mime: type } : {}) };
}

/** The body, refused as soon as it passes maxBytes (whatever Content-Length claimed). */
async function readAtMost(response: Response, maxBytes: number): Promise<Uint8Array> {
  try {
    return await readLimited(response, maxBytes);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    throw new ConnectorError(`The file is larger than ${maxBytes} bytes`, 'file_too_large', false);
  }
}
