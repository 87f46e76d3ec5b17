// What the inbox reads of a conversation and the things in it, named once so the list, the live
// stream, the open conversation and the reply box share one shape each (and Apollo's cache
// merges what they answer).
import { graphql } from '../../../gql/gql.ts';

/** A conversation as the list shows it; the live stream answers the same. */
export const ConversationSummaryFieldsFragment = graphql(`
  fragment ConversationSummaryFields on Conversation {
    id
    channel
    subject
    preview
    unread
    lastMessageAt
    messageCount
    status
    person {
      id
      name
    }
    organization {
      id
      name
    }
    assigneeId
    participants {
      handle
      name
    }
  }
`);

/** A participant of an open conversation, linked to their person and its organization. */
export const LinkedParticipantFieldsFragment = graphql(`
  fragment LinkedParticipantFields on Participant {
    handle
    name
    person {
      id
      name
      organization {
        id
        name
      }
    }
  }
`);

export const MessageFieldsFragment = graphql(`
  fragment MessageFields on Message {
    id
    direction
    sender {
      handle
      name
      person {
        id
        name
      }
    }
    text
    html
    sentAt
    attachments {
      name
      mime
      size
      url
    }
    editedAt
    deleted
  }
`);

/** A reply not yet stored as a message; sending one answers it. */
export const ReplyFieldsFragment = graphql(`
  fragment ReplyFields on Reply {
    id
    text
    status
    error
    createdAt
    sentAt
  }
`);
