// Dead letters: what could not be turned into messages, kept with the error for admins to see
// and replay. Users read them through RLS (admins only); the service writes them.
import { json, type Tx } from '../../db/port.ts';

export type DeadLetter = {
  id: string;
  connectionId: string;
  workspaceId: string;
  source: 'webhook' | 'pull' | 'send';
  externalId: string | null;
  error: string;
  createdAt: Date;
  replayedAt: Date | null;
  replayCount: number;
  resolvedAt: Date | null;
};

const COLUMNS = `id, connection_id as "connectionId", workspace_id as "workspaceId", source,
  external_id as "externalId", error, created_at as "createdAt", replayed_at as "replayedAt",
  replay_count as "replayCount", resolved_at as "resolvedAt"`;

export interface NewDeadLetter {
  source: 'webhook' | 'pull' | 'send';
  externalId?: string | null | undefined;
  payload: unknown;
  error: string;
}

/** Inserts dead letters of one connection in one statement (tx as the service). */
export async function insertDeadLetters(
  tx: Tx,
  connection: { id: string; workspaceId: string },
  letters: NewDeadLetter[],
): Promise<void> {
  if (letters.length === 0) return;
  await tx.query(
    `insert into integrations.dead_letters (workspace_id, connection_id, source, external_id, payload, error)
     select $1, $2, l ->> 'source', l ->> 'externalId', coalesce(l -> 'payload', 'null'::jsonb), l ->> 'error'
       from jsonb_array_elements($3::jsonb) l`,
    [
      connection.workspaceId,
      connection.id,
      json(
        letters.map((l) => ({
          source: l.source,
          externalId: l.externalId ?? null,
          payload: l.payload ?? null,
          error: l.error.slice(0, 2000),
        })),
      ),
    ],
  );
}

export async function selectDeadLetter(tx: Tx, id: string): Promise<DeadLetter | undefined> {
  const [row] = await tx.query<DeadLetter>(
    `select ${COLUMNS} from integrations.dead_letters where id = $1`,
    [id],
  );
  return row;
}

export async function selectDeadLetterPayload(tx: Tx, id: string) {
  const [row] = await tx.query<DeadLetter & { payload: unknown }>(
    `select ${COLUMNS}, payload from integrations.dead_letters where id = $1 for update`,
    [id],
  );
  return row;
}

/** A page of a connection's dead letters, newest first, after the keyset (createdAt, id). */
export function selectDeadLetterPage(
  tx: Tx,
  connectionId: string,
  after: { createdAt: string; id: string } | undefined,
  limit: number,
): Promise<DeadLetter[]> {
  return tx.query<DeadLetter>(
    `select ${COLUMNS} from integrations.dead_letters
      where connection_id = $1
        and ($2::timestamptz is null or (created_at, id) < ($2::timestamptz, $3::uuid))
      order by created_at desc, id desc limit $4`,
    [connectionId, after?.createdAt ?? null, after?.id ?? null, limit],
  );
}

export async function recordReplay(tx: Tx, id: string, error: string | null): Promise<void> {
  await tx.query(
    `update integrations.dead_letters set replayed_at = now(), replay_count = replay_count + 1,
        resolved_at = case when $2::text is null then now() else resolved_at end,
        error = coalesce($2, error)
      where id = $1`,
    [id, error],
  );
}
