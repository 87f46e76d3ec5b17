// Tasks (activities): a record's, adding one, and completing or reopening one in place. Completion
// shows at once (an optimistic answer); if the API refuses, Apollo drops the optimistic answer, so
// the task shows as it was, and the refusal is kept to show beside it.
import { useMutation, useQuery } from '@apollo/client/react';
import type { DocumentNode } from 'graphql';
import { useCallback, useState } from 'react';
import { graphql } from '../../gql/gql.ts';
import type { EntityType } from '../../gql/graphql.ts';
import { describeRequestError, describeTypedError, isTypedApiError } from '../../lib/api-errors.ts';
import { type MutationOutcome, outcomeOf, requestFailed } from '../../lib/mutation-outcome.ts';
import { RecordTimelineDocument } from './record-timeline.ts';

export const TaskFieldsFragment = graphql(`
  fragment TaskFields on Activity {
    id
    kind
    title
    body
    done
    doneAt
    dueAt
    overdue
    createdAt
    assigneeId
    entityType
    entityId
  }
`);

export const RecordTasksDocument = graphql(`
  query RecordTasks($workspaceId: ID!, $entityType: EntityType!, $entityId: ID!, $after: String) {
    activities(
      workspaceId: $workspaceId
      filter: { entityType: $entityType, entityId: $entityId }
      orderBy: { field: DUE_AT, direction: ASC }
      first: 25
      after: $after
    ) {
      edges {
        node {
          ...TaskFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A record's tasks by due date (undated last), 25 at a time: the API's query cost limit counts page sizes. */
export function useRecordTasks(workspaceId: string, entityType: EntityType, entityId: string) {
  const result = useQuery(RecordTasksDocument, {
    variables: { workspaceId, entityType, entityId },
    fetchPolicy: 'cache-and-network',
  });
  const connection = result.data?.activities;

  function loadMore() {
    if (!connection?.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return;
    // The cache appends the page (relayStylePagination in lib/apollo.ts).
    return result.fetchMore({ variables: { after: connection.pageInfo.endCursor } });
  }

  return {
    ...result,
    tasks: connection?.edges.map((edge) => edge.node) ?? [],
    hasMore: Boolean(connection?.pageInfo.hasNextPage),
    loadMore,
  };
}

const CreateTaskActivityDocument = graphql(`
  mutation CreateTaskActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      __typename
      ... on CreateActivitySuccess {
        activity {
          ...TaskFields
        }
      }
      ...ApiErrorFields
    }
  }
`);

export interface NewTask {
  workspaceId: string;
  title: string;
  dueAt: string | null;
  body?: string | null;
  entityType?: EntityType;
  entityId?: string;
}

/** Adds a task (yours unless assigned otherwise); `refetch` names the lists that show it. */
export function useCreateTask(refetch: readonly DocumentNode[] = []) {
  const [mutate, state] = useMutation(CreateTaskActivityDocument);
  async function createTask(
    task: NewTask,
  ): Promise<MutationOutcome<{ id: string; title: string }>> {
    try {
      const { data } = await mutate({
        variables: { input: { ...task, kind: 'TASK' } },
        refetchQueries: ({ data: answer }) =>
          answer?.createActivity.__typename === 'CreateActivitySuccess'
            ? [RecordTasksDocument, RecordTimelineDocument, ...refetch]
            : [],
        awaitRefetchQueries: true,
      });
      return outcomeOf(
        data?.createActivity,
        (r) => (r.__typename === 'CreateActivitySuccess' ? r.activity : undefined),
        { title: 'The title', dueAt: 'The due date', body: 'The notes' },
      );
    } catch (error) {
      return requestFailed(error);
    }
  }
  return { createTask, creating: state.loading };
}

export const CompleteActivityInPlaceDocument = graphql(`
  mutation CompleteActivityInPlace($input: CompleteActivityInput!) {
    completeActivity(input: $input) {
      __typename
      ... on CompleteActivitySuccess {
        activity {
          __typename
          id
          done
          doneAt
          overdue
        }
      }
      ...ApiErrorFields
    }
  }
`);

const ReopenActivityInPlaceDocument = graphql(`
  mutation ReopenActivityInPlace($input: ReopenActivityInput!) {
    reopenActivity(input: $input) {
      __typename
      ... on ReopenActivitySuccess {
        activity {
          __typename
          id
          done
          doneAt
          overdue
        }
      }
      ...ApiErrorFields
    }
  }
`);

interface Toggled {
  id: string;
  title: string;
  dueAt?: string | null;
}

/**
 * Marks tasks done or not done in place. `refusals` holds, by task id, why the API refused the
 * last change (the task shows as it was again); it is cleared when that task changes again.
 */
export function useTaskCompletion() {
  const [complete] = useMutation(CompleteActivityInPlaceDocument);
  const [reopen] = useMutation(ReopenActivityInPlaceDocument);
  const [refusals, setRefusals] = useState<Readonly<Record<string, string>>>({});

  const refuse = useCallback((task: Toggled, done: boolean, reason: string) => {
    setRefusals((current) => ({
      ...current,
      [task.id]: `“${task.title}” was not ${done ? 'completed' : 'reopened'}: ${reason}`,
    }));
  }, []);

  const setDone = useCallback(
    async (task: Toggled, done: boolean): Promise<boolean> => {
      setRefusals(({ [task.id]: _, ...others }) => others);
      const now = new Date();
      let result: { __typename?: string } | undefined;
      try {
        if (done) {
          const { data } = await complete({
            variables: { input: { id: task.id } },
            optimisticResponse: {
              completeActivity: {
                __typename: 'CompleteActivitySuccess',
                activity: {
                  __typename: 'Activity',
                  id: task.id,
                  done: true,
                  doneAt: now.toISOString(),
                  overdue: false,
                },
              },
            },
          });
          result = data?.completeActivity;
        } else {
          const { data } = await reopen({
            variables: { input: { id: task.id } },
            optimisticResponse: {
              reopenActivity: {
                __typename: 'ReopenActivitySuccess',
                activity: {
                  __typename: 'Activity',
                  id: task.id,
                  done: false,
                  doneAt: null,
                  overdue: task.dueAt != null && Date.parse(task.dueAt) < now.getTime(),
                },
              },
            },
          });
          result = data?.reopenActivity;
        }
      } catch (error) {
        refuse(task, done, describeRequestError(error));
        return false;
      }
      if (result?.__typename === 'CompleteActivitySuccess') return true;
      if (result?.__typename === 'ReopenActivitySuccess') return true;
      refuse(
        task,
        done,
        result && isTypedApiError(result)
          ? describeTypedError(result)
          : 'The server sent no answer. Try again.',
      );
      return false;
    },
    [complete, reopen, refuse],
  );

  return { setDone, refusals };
}
