// GraphQL for the sales pipeline: `pipeline(workflowId)`, `staleDeals` and `dealProbability`.
import { z } from 'zod';
import { builder } from '../../graphql/builder.ts';
import { serviceContext } from '../../graphql/context.ts';
import { MoneyRef } from '../../graphql/money.ts';
import { learnedStepFields } from '../../wfm/learning-schema.ts';
import { WorkflowRef, WorkflowStepRef } from '../../wfm/schema.ts';
import { DealRef } from '../deals/schema.ts';
import {
  dealProbability,
  type DealProbability,
  type Pipeline,
  pipeline,
  type PipelineStepRow,
  type StaleDealRow,
  staleDeals,
  topDealIdsByStep,
} from './service.ts';

/** A step's deals are loaded for every step of a pipeline at once, keyed by workflow and step. */
const stepKey = (s: PipelineStepRow) => `${s.workflowId}:${s.key}`;

const PipelineStepRef = builder.objectRef<PipelineStepRow>('PipelineStep').implement({
  description:
    'A column of the pipeline: the deals in a step (deals still on an older version of the workflow count under the step with the same key).',
  fields: (t) => ({
    step: t.field({ type: WorkflowStepRef, resolve: (s) => s.stepId }),
    count: t.exposeInt('count', { description: 'Live deals in the step.' }),
    totals: t.field({
      type: [MoneyRef],
      description:
        'Sum of their amounts, one per currency they have amounts in (by code); never added across currencies.',
      resolve: (s) => s.totals,
    }),
    weightedTotals: t.field({
      type: [MoneyRef],
      description: 'Sum of amount × probability, per currency like `totals`, rounded to cents.',
      resolve: (s) => s.weightedTotals,
    }),
    staleCount: t.exposeInt('staleCount', {
      description: 'Deals in the step longer than its expected dwell.',
    }),
    deals: t.loadableList({
      type: DealRef,
      description: 'The biggest deals of the step first.',
      byPath: true,
      args: {
        first: t.arg.int({ defaultValue: 50, description: 'At most 100.' }),
      },
      load: async (keys: string[], ctx, args) => {
        const byWorkflow = new Map<string, Map<string, string[]>>();
        for (const workflowId of new Set(keys.map((k) => k.slice(0, k.indexOf(':'))))) {
          byWorkflow.set(
            workflowId,
            await topDealIdsByStep(serviceContext(ctx), workflowId, args.first),
          );
        }
        return keys.map((k) => {
          const at = k.indexOf(':');
          return byWorkflow.get(k.slice(0, at))?.get(k.slice(at + 1)) ?? [];
        });
      },
      resolve: stepKey,
    }),
  }),
});

const PipelineRef = builder.objectRef<Pipeline>('Pipeline').implement({
  description: "A deal workflow's steps, each with its deals and their value.",
  fields: (t) => ({
    workflow: t.field({ type: WorkflowRef, resolve: (p) => p.workflowId }),
    steps: t.field({
      type: [PipelineStepRef],
      description: "The active version's steps in order, then older steps that still hold deals.",
      resolve: (p) => p.steps,
    }),
  }),
});

const StaleDealRef = builder.objectRef<StaleDealRow>('StaleDeal').implement({
  description: 'An open deal that has been in its step longer than the step expects.',
  fields: (t) => ({
    deal: t.field({ type: DealRef, resolve: (s) => s.dealId }),
    step: t.field({ type: WorkflowStepRef, resolve: (s) => s.stepId }),
    enteredStepAt: t.expose('enteredStepAt', { type: 'DateTime' }),
    daysInStep: t.exposeFloat('daysInStep'),
    expectedDwellDays: t.exposeFloat('expectedDwellDays', {
      description: "The step's configured expected dwell.",
    }),
    overdueDays: t.float({ resolve: (s) => s.daysInStep - s.expectedDwellDays }),
  }),
});

const DealProbabilityRef = builder.objectRef<DealProbability>('DealProbability').implement({
  description:
    "A deal's chances in its current step: the step's configured probability and dwell beside what the workflow's history says.",
  fields: (t) => ({
    ...learnedStepFields(t),
    deal: t.field({ type: DealRef, resolve: (p) => p.dealId }),
  }),
});

builder.queryField('pipeline', (t) =>
  t.field({
    type: PipelineRef,
    nullable: true,
    description: "A deal workflow's pipeline; null when the workflow is not yours to see.",
    args: { workflowId: t.arg.id({ required: true, validate: z.uuid() }) },
    resolve: (_root, args, ctx) => pipeline(serviceContext(ctx), String(args.workflowId)),
  }),
);

builder.queryField('staleDeals', (t) =>
  t.field({
    type: [StaleDealRef],
    description:
      "A workspace's open deals that have been in their step longer than its expected dwell, the longest overdue first.",
    args: {
      workspaceId: t.arg.id({ required: true, validate: z.uuid() }),
      first: t.arg.int({ defaultValue: 50, description: 'At most 100.' }),
    },
    resolve: (_root, args, ctx) =>
      staleDeals(serviceContext(ctx), { workspaceId: String(args.workspaceId), first: args.first }),
  }),
);

builder.queryField('dealProbability', (t) =>
  t.field({
    type: DealProbabilityRef,
    nullable: true,
    description: 'Null when the deal does not exist or is not yours to see.',
    args: { dealId: t.arg.id({ required: true, validate: z.uuid() }) },
    resolve: (_root, args, ctx) => dealProbability(serviceContext(ctx), String(args.dealId)),
  }),
);
