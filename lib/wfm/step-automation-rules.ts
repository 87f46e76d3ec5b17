// The automation rules a workflow step keeps in its metadata: on entering the step, create these
// tasks, e.g. {"onEnter": {"tasks": [{"title": "Send proposal", "dueInDays": 2}]}}. Pure (zod
// only): the run-step-automations function reads them, and the SPA's step editor checks them
// before saving, so both hold rules to the same shape and limits.
import { z } from 'zod';

export const MAX_TASKS = 20;
export const MAX_TASK_TITLE = 300;
export const MAX_DUE_IN_DAYS = 365;

export const StepTask = z.object({
  title: z.string().min(1).max(MAX_TASK_TITLE),
  /** Days after entering the step; no due date when absent. */
  dueInDays: z.number().min(0).max(MAX_DUE_IN_DAYS).optional(),
});

export type StepTask = z.infer<typeof StepTask>;

/** A step's metadata as automations read it; metadata not in this shape runs no rule at all. */
export const StepRules = z.object({
  onEnter: z.object({ tasks: z.array(StepTask).max(MAX_TASKS).default([]) }).optional(),
});
