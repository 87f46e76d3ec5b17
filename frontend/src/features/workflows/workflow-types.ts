// The shapes the workflow page works with, as the API answers them.
import type { WorkflowQuery } from '../../gql/graphql.ts';

export type Workflow = NonNullable<WorkflowQuery['workflow']>;
export type WorkflowVersion = Workflow['versions'][number];
export type WorkflowStep = WorkflowVersion['steps'][number];
export type WorkflowTransition = WorkflowVersion['transitions'][number];
