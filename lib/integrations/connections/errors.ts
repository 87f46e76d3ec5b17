// The platform refused or failed: its code and its message, scrubbed of the connection's secrets.
import { AppError, ErrorCode } from '../../errors/app-errors.ts';
import { ConnectorError } from '../connector.ts';

export class ConnectorFailedError extends AppError {
  override name = 'ConnectorFailedError';
  readonly code = ErrorCode.ConnectorFailed;
  constructor(
    message: string,
    /** The connector's own code (`invalid_auth`, `unauthorized`, `timeout`…). */
    readonly connectorCode: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }

  static from(error: ConnectorError, credentials: unknown): ConnectorFailedError {
    return new ConnectorFailedError(
      scrubSecrets(error.message, credentials),
      error.code,
      error.retryable,
    );
  }
}

/**
 * The message with every secret string of the credentials replaced: adapters report the
 * platform's words, and this makes sure no token echoed back by a platform reaches a user.
 */
export function scrubSecrets(message: string, credentials: unknown): string {
  let scrubbed = message;
  for (const secret of secretStrings(credentials))
    scrubbed = scrubbed.split(secret).join('[secret]');
  return scrubbed.slice(0, 1000);
}

function secretStrings(value: unknown): string[] {
  if (typeof value === 'string') return value.length >= 6 ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(secretStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(secretStrings);
  return [];
}

/** A connector's failure as the text stored on the connection (last_error, dead letters). */
export function failureText(error: unknown, credentials: unknown): string {
  if (error instanceof ConnectorError) return scrubSecrets(error.message, credentials);
  if (error instanceof Error) return scrubSecrets(error.message, credentials);
  return 'Unknown failure';
}
