// Small factories for the inbox's component tests: conversations, messages and the mocks of the
// documents the inbox page asks for.
import { testWorkspace } from '../../../testing/render.tsx';
import { WorkspaceMembersDocument } from '../../../hooks/use-workspace-members.ts';
import { ConversationDocument, MESSAGES_PAGE_SIZE } from '../api/conversation.ts';
import { ConversationsDocument, INBOX_PAGE_SIZE } from '../api/conversations.ts';
import type { Channel, ConversationFilter } from '../../../gql/graphql.ts';
import { MarkConversationReadDocument } from '../api/mark-conversation-read.ts';

export const meId = '00000000-0000-4000-8000-0000000000a1';

export function conversation(
  id: string,
  channel: Channel,
  person: string | null,
  extra: Record<string, unknown> = {},
) {
  return {
    __typename: 'Conversation' as const,
    id,
    channel,
    subject: null,
    preview: `Hello from ${person ?? 'someone'}`,
    unread: false,
    lastMessageAt: '2026-12-03T09:00:00.000Z',
    messageCount: 1,
    status: 'open',
    person: person ? { __typename: 'Person' as const, id: `person-${id}`, name: person } : null,
    organization: null,
    assigneeId: null,
    participants: [
      {
        __typename: 'Participant' as const,
        handle: `telegram:${id}`,
        name: person ?? null,
      },
    ],
    ...extra,
  };
}

export function message(id: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Message' as const,
    id,
    direction: 'INBOUND',
    sender: { __typename: 'Participant' as const, handle: 'telegram:1', name: 'Ada', person: null },
    text,
    html: null,
    sentAt: '2026-12-03T09:00:00.000Z',
    attachments: [],
    editedAt: null,
    deleted: false,
    ...extra,
  };
}

type Summary = ReturnType<typeof conversation>;

export function detail(
  summary: Summary,
  messages: ReturnType<typeof message>[],
  replies: unknown[] = [],
) {
  return {
    ...summary,
    connectionId: 'connection-1',
    connection: {
      __typename: 'Connection' as const,
      id: 'connection-1',
      name: 'Sales bot',
      status: 'CONNECTED' as const,
    },
    person: summary.person ? { ...summary.person } : null,
    participants: summary.participants.map((p) => ({
      ...p,
      person: summary.person ? { ...summary.person, organization: null } : null,
    })),
    messages: {
      __typename: 'MessageConnection' as const,
      edges: messages.map((node) => ({
        __typename: 'MessageEdge' as const,
        cursor: node.id,
        node,
      })),
      pageInfo: { __typename: 'PageInfo' as const, hasPreviousPage: false, startCursor: null },
    },
    replies,
  };
}

export const membersMock = {
  request: { query: WorkspaceMembersDocument },
  result: {
    data: {
      me: {
        __typename: 'User',
        id: meId,
        workspaces: [
          {
            __typename: 'Workspace',
            id: testWorkspace.id,
            members: [
              { __typename: 'WorkspaceMember', userId: meId, email: 'me@acme.test', role: 'OWNER' },
            ],
          },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

export function listMock(
  nodes: Summary[],
  matches: (filter: ConversationFilter) => boolean = () => true,
) {
  return {
    request: {
      query: ConversationsDocument,
      variables: (variables: { workspaceId: string; filter: ConversationFilter; first: number }) =>
        variables.workspaceId === testWorkspace.id &&
        variables.first === INBOX_PAGE_SIZE &&
        matches(variables.filter),
    },
    result: {
      data: {
        conversations: {
          __typename: 'ConversationConnection',
          totalCount: nodes.length,
          edges: nodes.map((node) => ({ __typename: 'ConversationEdge', cursor: node.id, node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function conversationMock(value: { id: string }) {
  return {
    request: { query: ConversationDocument, variables: { id: value.id, last: MESSAGES_PAGE_SIZE } },
    result: { data: { conversation: value } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function markReadMock(id: string) {
  return {
    request: { query: MarkConversationReadDocument, variables: { input: { conversationId: id } } },
    result: {
      data: {
        markConversationRead: {
          __typename: 'MarkConversationReadSuccess',
          conversation: { __typename: 'Conversation', id, unread: false },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
