// Messages with a contact appear on the contact's timeline, their organization's and their
// deals', read through conversations' published view: a private connection's only for its owner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/port.ts';
import type { TestUser } from '../../../test/helpers/factories.ts';
import { createTestApi } from '../../../test/helpers/graphql.ts';
import { openTestDb } from '../../../test/helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../../../test/helpers/workspace.ts';
import {
  createConnection,
  createPerson,
  storeMessages,
} from '../../../test/helpers/conversations.ts';
import type { InboundMessage } from '../../conversations/message.ts';

let db: Db;
let api: ReturnType<typeof createTestApi>;
let owner: TestUser;
let member: TestUser;
let adaId: string;
let bobId: string;
let orgId: string;
let dealId: string;

const TIMELINE = `query($type: EntityType!, $id: ID!) {
  timeline(entityType: $type, entityId: $id, first: 20) {
    edges { node { __typename
      ... on TimelineMessage { text channel direction senderHandle conversation { id subject } } } }
  }
}`;

function email(id: string, from: string, text: string, minutesAgo: number): InboundMessage {
  return {
    externalId: id,
    externalThreadId: id,
    direction: 'inbound',
    from: { handle: from },
    to: [{ handle: 'sales@waymark.test' }],
    sentAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    subject: 'Renewal',
    text,
    attachments: [],
    headers: {},
  };
}

async function items(user: TestUser, type: string, id: string): Promise<string[]> {
  const data = await api.as(user, TIMELINE, { type, id });
  return data.timeline.edges
    .map((e: any) => e.node)
    .filter((node: any) => node.__typename === 'TimelineMessage')
    .map((node: any) => `${node.channel} ${node.direction} ${node.text}`);
}

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
  const ws = await createWorkspaceWithOwner(db, api);
  owner = ws.owner;
  member = await ws.addMember('MEMBER');
  const org = await api.as(
    owner,
    `mutation($ws: ID!) { createOrganization(input: {workspaceId: $ws, name: "Acme"}) {
      ... on CreateOrganizationSuccess { organization { id } } } }`,
    { ws: ws.workspaceId },
  );
  orgId = org.createOrganization.organization.id;
  adaId = await createPerson(api, owner, ws.workspaceId, {
    name: 'Ada',
    emails: ['ada@acme.test'],
    organizationId: orgId,
  });
  bobId = await createPerson(api, owner, ws.workspaceId, {
    name: 'Bob',
    emails: ['bob@else.test'],
  });
  const deal = await api.as(
    owner,
    `mutation($input: CreateDealInput!) { createDeal(input: $input) {
      ... on CreateDealSuccess { deal { id } } } }`,
    { input: { workspaceId: ws.workspaceId, name: 'Acme renewal', personIds: [adaId] } },
  );
  dealId = deal.createDeal.deal.id;
  const mailbox = await createConnection(db, ws.workspaceId, { kind: 'email' });
  const privateMailbox = await createConnection(db, ws.workspaceId, {
    kind: 'email',
    privateTo: member,
  });
  await storeMessages(db, mailbox, [
    email('m1@acme.test', 'ada@acme.test', 'Shall we renew?', 30),
    email('m2@else.test', 'bob@else.test', 'Unrelated', 20),
  ]);
  await storeMessages(db, privateMailbox, [
    email('m3@acme.test', 'ada@acme.test', 'Between us', 10),
  ]);
});
afterAll(() => db.close());

describe('messages on timelines', () => {
  it("show on the contact's, their organization's and their deal's timeline", async () => {
    for (const [type, id] of [
      ['PERSON', adaId],
      ['ORGANIZATION', orgId],
      ['DEAL', dealId],
    ] as const) {
      expect(await items(owner, type, id)).toEqual(['EMAIL INBOUND Shall we renew?']);
    }
    expect(await items(owner, 'PERSON', bobId)).toEqual(['EMAIL INBOUND Unrelated']);
  });

  it("show a private connection's messages to its owner only", async () => {
    expect(await items(member, 'PERSON', adaId)).toEqual([
      'EMAIL INBOUND Between us',
      'EMAIL INBOUND Shall we renew?',
    ]);
  });

  it('link to their conversation', async () => {
    const data = await api.as(owner, TIMELINE, { type: 'PERSON', id: adaId });
    expect(data.timeline.edges[0].node.conversation).toMatchObject({ subject: 'Renewal' });
  });
});
