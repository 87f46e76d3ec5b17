// Rotation's database half: every connection's credentials re-sealed under the vault's current
// key, in one transaction (all or nothing), so the previous keys can then be dropped.
import { json, type Db } from '../db/port.ts';
import type { Vault } from './vault.ts';

export async function resealAllCredentials(
  db: Db,
  vault: Vault,
): Promise<{ resealed: number; current: number }> {
  return db.asService(async (tx) => {
    const rows = await tx.query<{ id: string; credentials: { kid?: string } }>(
      'select id, credentials from integrations.connections order by id for update',
    );
    let resealed = 0;
    for (const row of rows) {
      if (row.credentials?.kid === vault.keyId) continue;
      await tx.query('update integrations.connections set credentials = $2::jsonb where id = $1', [
        row.id,
        json(vault.reseal(row.credentials)),
      ]);
      resealed++;
    }
    return { resealed, current: rows.length - resealed };
  });
}
