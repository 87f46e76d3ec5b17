// Adds a note to a record; it shows at the top of the record's timeline.
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql/gql.ts';
import type { EntityType } from '../../gql/graphql.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../lib/mutation-outcome.ts';
import { RecordTimelineDocument } from './record-timeline.ts';

const CreateRecordNoteDocument = graphql(`
  mutation CreateRecordNote($input: CreateNoteInput!) {
    createNote(input: $input) {
      __typename
      ... on CreateNoteSuccess {
        note {
          id
          body
        }
      }
      ...ApiErrorFields
    }
  }
`);

export function useCreateNote() {
  const [mutate, state] = useMutation(CreateRecordNoteDocument, {
    refetchQueries: ({ data }) =>
      data?.createNote.__typename === 'CreateNoteSuccess' ? [RecordTimelineDocument] : [],
    awaitRefetchQueries: true,
  });
  async function createNote(input: {
    entityType: EntityType;
    entityId: string;
    body: string;
  }): Promise<MutationOutcome<{ id: string }>> {
    try {
      const { data } = await mutate({ variables: { input } });
      return outcomeOf(
        data?.createNote,
        (r) => (r.__typename === 'CreateNoteSuccess' ? r.note : undefined),
        { body: 'The note' },
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return { createNote, creating: state.loading };
}
