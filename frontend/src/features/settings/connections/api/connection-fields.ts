// What Settings reads of a connection; every connections mutation answers it, so Apollo's cache
// keeps the list up to date. Never a secret: `credentialsHint` is the last characters of one.
import { gql } from '@apollo/client';

export const ConnectionFieldsFragment = gql`
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
`;
