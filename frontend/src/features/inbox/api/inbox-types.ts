// HAND-WRITTEN result types for the inbox's documents, from issue 13's GraphQL contract as merged
// (a conversation names its assignee and connection by id: `assigneeId`, `connectionId`). The
// server's schema is not on this branch yet, so codegen cannot type these documents: once it is
// merged, the documents move to `graphql(...)` from gql/gql.ts and these types give way to the
// generated ones (the names below match what codegen will call them).

export type Channel = 'SLACK' | 'TELEGRAM' | 'EMAIL';
export type MessageDirection = 'INBOUND' | 'OUTBOUND';
export type ReplyStatus = 'QUEUED' | 'SENDING' | 'SENT' | 'FAILED' | 'UNKNOWN';

export interface ConversationFilter {
  channel?: Channel | null;
  unread?: boolean | null;
  assigneeId?: string | null;
  personId?: string | null;
  organizationId?: string | null;
  dealId?: string | null;
}

export interface RecordRef {
  __typename?: 'Person' | 'Organization';
  id: string;
  name: string;
}

export interface Participant {
  __typename?: 'Participant';
  handle: string;
  name?: string | null;
  person?: (RecordRef & { organization?: RecordRef | null }) | null;
}

export interface Attachment {
  __typename?: 'Attachment';
  name: string;
  mime: string;
  size: number;
  url?: string | null;
}

export interface Message {
  __typename?: 'Message';
  id: string;
  direction: MessageDirection;
  sender: Participant;
  text: string;
  html?: string | null;
  sentAt: string;
  attachments: Attachment[];
  editedAt?: string | null;
  deleted: boolean;
}

export interface Reply {
  __typename?: 'Reply';
  id: string;
  text: string;
  status: ReplyStatus;
  error?: string | null;
  createdAt: string;
  sentAt?: string | null;
}

/** A conversation as the list shows it. */
export interface ConversationSummary {
  __typename?: 'Conversation';
  id: string;
  channel: Channel;
  subject?: string | null;
  preview: string;
  unread: boolean;
  lastMessageAt: string;
  messageCount: number;
  status: string;
  person?: RecordRef | null;
  organization?: RecordRef | null;
  assigneeId?: string | null;
  participants: Participant[];
}

export interface ConversationsQuery {
  conversations: {
    __typename?: 'ConversationConnection';
    totalCount: number;
    edges: { __typename?: 'ConversationEdge'; cursor: string; node: ConversationSummary }[];
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
  };
}

export interface ConversationsQueryVariables {
  workspaceId: string;
  filter?: ConversationFilter | null;
  first?: number | null;
  after?: string | null;
}

export interface InboxUnreadCountQuery {
  conversations: { __typename?: 'ConversationConnection'; totalCount: number };
}

export interface InboxUnreadCountQueryVariables {
  workspaceId: string;
}

/** A conversation as its view shows it: the summary, its messages and pending replies. */
export interface ConversationDetail extends ConversationSummary {
  connectionId: string;
  messages: {
    __typename?: 'MessageConnection';
    edges: { __typename?: 'MessageEdge'; cursor: string; node: Message }[];
    pageInfo: { __typename?: 'PageInfo'; hasPreviousPage: boolean; startCursor?: string | null };
  };
  replies: Reply[];
}

export interface ConversationQuery {
  conversation?: ConversationDetail | null;
}

export interface ConversationQueryVariables {
  id: string;
  last?: number | null;
}

/** The API's typed errors as the inbox's mutations select them (see lib/api-errors.ts). */
export type InboxMutationError =
  | {
      __typename: 'ValidationError';
      message: string;
      code: string;
      fieldErrors: { path: string[]; message: string }[];
    }
  | { __typename: 'ForbiddenError'; message: string; code: string }
  | { __typename: 'NotFoundError'; message: string; code: string; entity: string };

export interface SendReplyMutation {
  sendReply: { __typename: 'SendReplySuccess'; reply: Reply } | InboxMutationError;
}

export interface SendReplyMutationVariables {
  input: { conversationId: string; text: string };
}

export interface MarkConversationReadMutation {
  markConversationRead:
    | {
        __typename: 'MarkConversationReadSuccess';
        conversation: { __typename?: 'Conversation'; id: string; unread: boolean };
      }
    | InboxMutationError;
}

export interface MarkConversationReadMutationVariables {
  input: { conversationId: string };
}

export interface AssignConversationMutation {
  assignConversation:
    | {
        __typename: 'AssignConversationSuccess';
        conversation: { __typename?: 'Conversation'; id: string; assigneeId?: string | null };
      }
    | InboxMutationError;
}

export interface AssignConversationMutationVariables {
  input: { conversationId: string; assigneeId: string | null };
}

export interface ConversationUpdatedSubscription {
  conversationUpdated: ConversationSummary;
}
