// A workspace's custom fields for one record type, in display order: what a record page shows
// below the record's own fields, and what its forms let people fill in.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/gql.ts';
import type { EntityType } from '../../gql/graphql.ts';

const RecordCustomFieldDefinitionsDocument = graphql(`
  query RecordCustomFieldDefinitions($workspaceId: ID!, $entityType: EntityType!) {
    customFieldDefinitions(workspaceId: $workspaceId, entityType: $entityType) {
      id
      key
      label
      type
      options
      required
      position
    }
  }
`);

export function useCustomFieldDefinitions(workspaceId: string, entityType: EntityType) {
  const result = useQuery(RecordCustomFieldDefinitionsDocument, {
    variables: { workspaceId, entityType },
  });
  return { ...result, definitions: result.data?.customFieldDefinitions ?? [] };
}
