// A file a message refers to (its attachment's source is a file_id): getFile names its path,
// then the bytes come from <api root>/file/bot<token>/<path>. That URL holds the token, so a
// failure is reported without it.
import { ConnectorError } from '../connector.ts';
import { botApi, callBotApi, redactToken, type TelegramEnv } from './bot-api.ts';

/** The Bot API serves files up to 20 MB; anything bigger is refused before it is read. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export async function downloadFile(
  env: TelegramEnv,
  fileId: string,
  maxBytes = MAX_FILE_BYTES,
): Promise<{ bytes: Uint8Array; filePath: string }> {
  const token = env.credentials.botToken;
  const file = await callBotApi(env, 'getFile', (signal) => botApi(env).getFile(fileId, signal));
  if (!file.file_path) {
    throw new ConnectorError(
      'Telegram has no downloadable copy of this file',
      'file_unavailable',
      false,
    );
  }
  const limit = Math.min(maxBytes, MAX_FILE_BYTES);
  if ((file.file_size ?? 0) > limit) {
    throw new ConnectorError(
      `The file is larger than ${limit === MAX_FILE_BYTES ? 'the Bot API serves (20 MB)' : `${limit} bytes`}`,
      'file_too_large',
      false,
    );
  }
  const root = env.apis.telegramApiUrl.replace(/\/+$/, '');
  let response: Response;
  try {
    response = await fetch(`${root}/file/bot${token}/${file.file_path}`, { signal: env.signal });
  } catch (error) {
    const what = error instanceof Error ? error.message : String(error);
    throw new ConnectorError(
      redactToken(`Could not download the Telegram file: ${what}`, token),
      'unreachable',
      true,
    );
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new ConnectorError(
      `Telegram answered ${response.status} for the file`,
      response.status >= 500 ? 'server_error' : 'file_unavailable',
      response.status >= 500,
    );
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > limit) {
    throw new ConnectorError(
      `The file is larger than ${limit === MAX_FILE_BYTES ? 'the Bot API serves (20 MB)' : `${limit} bytes`}`,
      'file_too_large',
      false,
    );
  }
  return { bytes, filePath: file.file_path };
}
