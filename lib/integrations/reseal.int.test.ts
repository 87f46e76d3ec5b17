// Rotation in the database: every connection re-sealed under the new key, after which the old
// key is not needed.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createConnection } from '../../test/helpers/connections.ts';
import { createTestApi } from '../../test/helpers/graphql.ts';
import { registerTestConnector } from '../../test/helpers/test-connector.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../test/helpers/workspace.ts';
import type { Db } from '../db/port.ts';
import { openConnection } from './open-connection.ts';
import { resealAllCredentials } from './reseal.ts';
import { createVault, generateVaultKey } from './vault.ts';

registerTestConnector('slack');
const apis = { slackApiUrl: 'http://127.0.0.1:9/', telegramApiUrl: 'http://127.0.0.1:9' };

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

it('re-seals every connection so the new key alone opens them', async () => {
  const oldKey = generateVaultKey();
  const newKey = generateVaultKey();
  const api = createTestApi(db, { integrations: { vault: createVault(oldKey), apis } });
  const ws = await createWorkspaceWithOwner(db, api);
  const ids: string[] = [];
  for (const token of ['first-token-1111', 'second-token-2222']) {
    ids.push(
      await createConnection(api, ws.owner, {
        workspaceId: ws.workspaceId,
        kind: 'SLACK',
        credentials: { token },
      }),
    );
  }
  const rotating = createVault(newKey, [oldKey]);
  expect(await resealAllCredentials(db, rotating)).toEqual({ resealed: 2, current: 0 });
  expect(await resealAllCredentials(db, rotating)).toEqual({ resealed: 0, current: 2 });
  const newOnly = { vault: createVault(newKey), apis };
  const opened = await db.asService((tx) => openConnection(tx, newOnly, ids[1]!));
  expect(opened?.env.credentials).toEqual({ token: 'second-token-2222' });
});
