// What Settings reads of a dead letter; replaying one answers it, so its row updates in place.
import { graphql } from '../../../../gql/gql.ts';

export const DeadLetterFieldsFragment = graphql(`
  fragment DeadLetterFields on DeadLetter {
    id
    source
    externalId
    error
    createdAt
    replayedAt
    replayCount
    resolvedAt
  }
`);
