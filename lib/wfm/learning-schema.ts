// GraphQL for what status history teaches about each workflow step: learned win probability and
// dwell time beside the configured ones.
import { z } from 'zod';
import { builder, type WaymarkTypes } from '../graphql/builder.ts';
import { serviceContext } from '../graphql/context.ts';
import { type StepStats, workflowStepStats } from './learning.ts';
import { WorkflowStepRef } from './schema.ts';

/** The learned numbers shared by WorkflowStepStats and entity views such as DealProbability. */
export function learnedStepFields<T extends StepStats>(
  t: PothosSchemaTypes.ObjectFieldBuilder<WaymarkTypes, T>,
) {
  return {
    step: t.field({ type: WorkflowStepRef, resolve: (s) => s.stepId }),
    defaultProbability: t.float({
      resolve: (s) => s.defaultProbability,
      description: "The step's configured win probability, 0–1.",
    }),
    learnedProbability: t.float({
      resolve: (s) => s.learnedProbability,
      description:
        'Share of the entities that entered the step (in any version) and are now closed that were won, with a prior of 5 closed entities at the default probability.',
    }),
    sampleSize: t.int({
      resolve: (s) => s.sampleSize,
      description: 'Closed (won or lost) entities the probability was learned from.',
    }),
    expectedDwellDays: t.float({
      resolve: (s) => s.expectedDwellDays,
      nullable: true,
      description: 'The configured expected time in the step.',
    }),
    learnedDwellDays: t.float({
      resolve: (s) => s.learnedDwellDays,
      nullable: true,
      description:
        'Mean days of completed stays in the step, with a prior of 3 stays at the configured dwell.',
    }),
    dwellSampleSize: t.int({
      resolve: (s) => s.dwellSampleSize,
      description: 'Completed stays the dwell was learned from.',
    }),
  };
}

export const WorkflowStepStatsRef = builder.objectRef<StepStats>('WorkflowStepStats').implement({
  description: 'What status history says about a step, beside what it was configured with.',
  fields: (t) => ({
    ...learnedStepFields(t),
    key: t.exposeString('key'),
    entered: t.int({
      resolve: (s) => s.entered,
      description: 'Entities that ever entered the step.',
    }),
    won: t.int({
      resolve: (s) => s.won,
      description: 'Of the closed entities, those that were won.',
    }),
  }),
});

builder.queryField('workflowStepStats', (t) =>
  t.field({
    type: [WorkflowStepStatsRef],
    description:
      "The steps of the workflow's active version, in order, with their learned win probability and dwell (history of every version, matched by step key).",
    args: { workflowId: t.arg.id({ required: true, validate: z.uuid() }) },
    resolve: (_root, args, ctx) => workflowStepStats(serviceContext(ctx), String(args.workflowId)),
  }),
);
