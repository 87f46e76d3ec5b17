// The outbox relay against a loopback server that speaks Inngest's event API: what a mutation
// commits reaches Inngest once, under the outbox row's id, in the order written per entity;
// nothing from a rolled-back transaction; nothing lost when Inngest fails or the relay dies
// between sending and marking.
import { testVault } from '../../../test/helpers/automation.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi } from '../../../test/helpers/graphql.ts';
import {
  type InngestEventApi,
  startInngestEventApi,
} from '../../../test/helpers/inngest-event-api.ts';
import { openTestDb } from '../../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../../test/helpers/workspace.ts';
import { createInngestClient } from '../../../inngest/client.ts';
import type { Db } from '../../db/port.ts';
import { createAutomation } from '../../server/create-automation.ts';
import { inngestDeliverer } from './inngest-deliverer.ts';
import { createOutboxRelay, type Deliverer } from './outbox-relay.ts';

const EVENT_KEY = 'relay-test-key';

let db: Db;
let inngestApi: InngestEventApi;
let workspaceId: string;

beforeAll(async () => {
  db = await openTestDb();
  inngestApi = await startInngestEventApi(EVENT_KEY);
  ({ workspaceId } = await createWorkspaceWithOwner(db, createTestApi(db)));
});
afterAll(async () => {
  await inngestApi.close();
  await db.close();
});

const inngest = () =>
  createInngestClient({ mode: 'inngest', eventKey: EVENT_KEY, baseUrl: inngestApi.url });

/** Whatever earlier tests left (the workspace's own events) is delivered and forgotten. */
beforeEach(async () => {
  await createOutboxRelay({ db, deliver: inngestDeliverer(inngest()) }).deliverPending();
  inngestApi.arrivals.length = 0;
  inngestApi.resent = 0;
});

/** Writes one event per (entity, n) pair, each in its own committed transaction. */
async function write(pairs: [entity: string, n: number][]): Promise<string[]> {
  const ids: string[] = [];
  for (const [entity, n] of pairs) {
    const [row] = await db.asService((tx) =>
      tx.query<{ id: string }>(
        `insert into automation.outbox (workspace_id, name, data) values ($1, 'test/relay.tick', $2::jsonb) returning id`,
        [workspaceId, JSON.stringify({ entity, n })],
      ),
    );
    ids.push(row!.id);
  }
  return ids;
}

const pending = () =>
  db.asService((tx) =>
    tx.query<{ count: number }>(
      `select count(*)::int as count from automation.outbox where delivered_at is null`,
    ),
  );

describe('the outbox relay, delivering to Inngest', () => {
  it('sends each committed event once under its outbox id, and nothing from a rolled-back transaction', async () => {
    const ids = await write([
      ['a', 1],
      ['b', 1],
    ]);
    await db
      .asService(async (tx) => {
        await tx.query(
          `insert into automation.outbox (workspace_id, name, data) values ($1, 'test/relay.tick', '{"entity":"ghost","n":1}')`,
          [workspaceId],
        );
        throw new Error('the change failed');
      })
      .catch(() => {});
    const relay = createOutboxRelay({ db, deliver: inngestDeliverer(inngest()) });
    expect(await relay.deliverPending()).toBe(2);
    expect(await relay.deliverPending()).toBe(0);
    expect(inngestApi.arrivals.map((e) => [e.id, e.name, e.data])).toEqual([
      [ids[0], 'test/relay.tick', { entity: 'a', n: 1 }],
      [ids[1], 'test/relay.tick', { entity: 'b', n: 1 }],
    ]);
    expect(inngestApi.resent).toBe(0);
    expect(await pending()).toEqual([{ count: 0 }]);
  });

  it('keeps each entity in the order its events were written, across batches', async () => {
    const pairs: [string, number][] = [];
    for (let n = 1; n <= 6; n++) for (const entity of ['a', 'b', 'c']) pairs.push([entity, n]);
    await write(pairs);
    const relay = createOutboxRelay({ db, deliver: inngestDeliverer(inngest()), batchSize: 4 });
    expect(await relay.deliverPending()).toBe(18);
    for (const entity of ['a', 'b', 'c']) {
      const order = inngestApi.arrivals
        .filter((e) => e.data.entity === entity)
        .map((e) => e.data.n);
      expect(order).toEqual([1, 2, 3, 4, 5, 6]);
    }
  });

  it('keeps a batch Inngest refused, and sends it on the next turn', async () => {
    await write([['a', 1]]);
    inngestApi.failNext(5); // more than the SDK's own retries
    const relay = createOutboxRelay({ db, deliver: inngestDeliverer(inngest()) });
    await expect(relay.deliverPending()).rejects.toThrow();
    expect(inngestApi.arrivals).toEqual([]);
    expect(await pending()).toEqual([{ count: 1 }]);
    expect(await relay.deliverPending()).toBe(1);
    expect(inngestApi.arrivals.map((e) => e.data)).toEqual([{ entity: 'a', n: 1 }]);
  });

  it('resends a batch after dying between sending and marking, and Inngest keeps one of each', async () => {
    const ids = await write([
      ['a', 1],
      ['a', 2],
    ]);
    const send = inngestDeliverer(inngest());
    const dyingAfterSend: Deliverer = async (tx, events) => {
      await send(tx, events);
      throw new Error('the relay died before marking');
    };
    await expect(
      createOutboxRelay({ db, deliver: dyingAfterSend }).deliverPending(),
    ).rejects.toThrow('died before marking');
    expect(await pending()).toEqual([{ count: 2 }]);
    await createOutboxRelay({ db, deliver: send }).deliverPending();
    expect(inngestApi.arrivals.map((e) => e.id)).toEqual(ids);
    expect(inngestApi.resent).toBe(2);
    expect(await pending()).toEqual([{ count: 0 }]);
  });
});

describe('createAutomation with Inngest keys', () => {
  it('relays what a GraphQL mutation commits, nudged by the mutation and not by a query', async () => {
    const automation = createAutomation(
      {
        automation: { mode: 'inngest', eventKey: EVENT_KEY, baseUrl: inngestApi.url },
        smtp: undefined,
        publicUrl: 'http://localhost:8888',
        deployment: { deployed: false, why: 'local' },
        inngestServe: { signingKey: undefined, devMode: false },
        connectorApis: { slackApiUrl: 'http://127.0.0.1:9/', telegramApiUrl: 'http://127.0.0.1:9' },
        vault: testVault,
      },
      db,
    );
    let nudges = 0;
    const api = createTestApi(db, {
      afterMutation: () => {
        nudges++;
        automation.nudge();
      },
    });
    const { owner, workspaceId: ws } = await createWorkspaceWithOwner(db, api, 'Relayed');
    expect(nudges).toBe(1);
    await automation.start();
    try {
      const created = await api.as(
        owner,
        `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { ... on CreateOrganizationSuccess { organization { id } } } }`,
        { input: { workspaceId: ws, name: 'Relayed Ltd' } },
      );
      await api.as(owner, `query { me { id } }`);
      expect(nudges).toBe(2);
      const organizationId = created.createOrganization.organization.id;
      const isOurs = () =>
        inngestApi.arrivals.some(
          (e) => e.name === 'crm/organization.created' && e.data.organizationId === organizationId,
        );
      for (let i = 0; i < 200 && !isOurs(); i++) await new Promise((r) => setTimeout(r, 50));
      expect(isOurs()).toBe(true);
    } finally {
      await automation.stop();
    }
  });
});
