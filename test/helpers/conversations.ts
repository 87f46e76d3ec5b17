// Fixtures for the inbox: a workspace with a person on a deal, connections (workspace-wide or
// private to a member) and inbound messages stored the way ingestion stores them.
import type { Db } from '../../lib/db/port.ts';
import { type IngestTarget, storeInboundMessages } from '../../lib/conversations/ingest.ts';
import type { Channel, InboundMessage } from '../../lib/conversations/message.ts';
import type { TestUser } from './factories.ts';
import type { createTestApi } from './graphql.ts';

type Api = ReturnType<typeof createTestApi>;

export async function createConnection(
  db: Db,
  workspaceId: string,
  options: { kind?: Channel; privateTo?: TestUser; name?: string; settings?: object } = {},
): Promise<IngestTarget> {
  const kind = options.kind ?? 'telegram';
  const [row] = await db.asService((tx) =>
    tx.query<{ id: string }>(
      `insert into integrations.connections (workspace_id, kind, name, credentials, private, owner_id, settings)
       values ($1, $2, $3, '{}', $4, $5, $6::jsonb) returning id`,
      [
        workspaceId,
        kind,
        options.name ?? `${kind} connection`,
        Boolean(options.privateTo),
        options.privateTo?.id ?? null,
        JSON.stringify(options.settings ?? {}),
      ],
    ),
  );
  return {
    workspaceId,
    connectionId: row!.id,
    channel: kind,
    privateOwnerId: options.privateTo?.id ?? null,
  };
}

let sequence = 0;

/** A Telegram-shaped inbound message in chat `chat`, sent `minutesAgo` before now. */
export function inbound(
  chat: string,
  text: string,
  options: { from?: string; name?: string; minutesAgo?: number; at?: Date } = {},
): InboundMessage {
  const n = ++sequence;
  const at = options.at ?? new Date(Date.now() - (options.minutesAgo ?? 0) * 60_000);
  return {
    externalId: `${chat}:${n}`,
    externalThreadId: chat,
    direction: 'inbound',
    from: { handle: options.from ?? `telegram:${chat}`, name: options.name ?? 'Ada L.' },
    to: [],
    sentAt: at.toISOString(),
    text,
    attachments: [],
    headers: { chat_id: chat, message_id: String(n) },
  };
}

/** Stores messages as ingestion does; the ids of their conversations. */
export async function storeMessages(
  db: Db,
  target: IngestTarget,
  messages: InboundMessage[],
): Promise<string[]> {
  const { stored } = await db.asService((tx) => storeInboundMessages(tx, target, messages));
  return [...new Set(stored.map((s) => s.conversationId))];
}

export async function createPerson(
  api: Api,
  owner: TestUser,
  workspaceId: string,
  input: { name: string; emails?: string[]; organizationId?: string },
): Promise<string> {
  const data = await api.as(
    owner,
    `mutation($input: CreatePersonInput!) {
      createPerson(input: $input) { ... on CreatePersonSuccess { person { id } } }
    }`,
    { input: { workspaceId, ...input } },
  );
  return data.createPerson.person.id;
}
