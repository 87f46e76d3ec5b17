// Reading workflow definitions, batched for GraphQL's loaders.
import type { ServiceContext } from '../db/service-context.ts';
import * as sql from './definitions-sql.ts';

export type {
  StatusRow,
  StepRow,
  TransitionRow,
  VersionRow,
  WorkflowRow,
} from './definitions-sql.ts';

export const listWorkflows = (
  ctx: ServiceContext,
  filter: { workspaceId: string; entityType?: string | null },
) => sql.selectWorkflows(ctx.tx, filter);
export const loadWorkflows = (ctx: ServiceContext, ids: readonly string[]) =>
  sql.selectWorkflowsByIds(ctx.tx, ids);
export const loadVersionsOfWorkflows = (ctx: ServiceContext, ids: readonly string[]) =>
  sql.selectVersionsOfWorkflows(ctx.tx, ids);
export const loadVersions = (ctx: ServiceContext, ids: readonly string[]) =>
  sql.selectVersionsByIds(ctx.tx, ids);
export const loadStepsOfVersions = (ctx: ServiceContext, ids: readonly string[]) =>
  sql.selectStepsOfVersions(ctx.tx, ids);
export const loadSteps = (ctx: ServiceContext, ids: readonly string[]) =>
  sql.selectStepsByIds(ctx.tx, ids);
export const loadTransitionsOfVersions = (ctx: ServiceContext, ids: readonly string[]) =>
  sql.selectTransitionsOfVersions(ctx.tx, ids);
export const loadStatuses = (ctx: ServiceContext, ids: readonly string[]) =>
  sql.selectStatusesByIds(ctx.tx, ids);
