// What other modules tell a connection about its platform: reply delivery records a refusal
// (a revoked token, a blocked bot) here, so Settings → Connections shows it. Nothing else stops.
import type { Tx } from '../db/port.ts';

/** The connection's last error is message, as of now. tx runs as the service. */
export async function recordConnectionError(
  tx: Tx,
  connectionId: string,
  message: string,
): Promise<void> {
  await tx.query(
    `update integrations.connections set last_error = $2, last_error_at = now()
      where id = $1 and deleted_at is null`,
    [connectionId, message.slice(0, 1000)],
  );
}
