// What Settings reads of a connection; every connections mutation answers it, so Apollo's cache
// keeps the list up to date. Never a secret: `credentialsHint` is the last characters of one.
import { graphql } from '../../../../gql/gql.ts';

export const ConnectionFieldsFragment = graphql(`
  fragment ConnectionFields on Connection {
    id
    workspaceId
    kind
    name
    settings
    credentialsHint
    private
    status
    lastSyncAt
    lastError
    lastErrorAt
    syncIntervalSeconds
    webhookUrl
    createdAt
  }
`);
