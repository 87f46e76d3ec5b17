// The draft step editor's form: what it starts from, what it can tell before asking the API
// (numbers in range, task titles given), the changes it sends, and where the API's field errors
// go (its input names are not the form's).
import { z } from 'zod';
import {
  MAX_DUE_IN_DAYS,
  MAX_TASK_TITLE,
  MAX_TASKS,
  type StepTask,
} from '../../../../lib/wfm/step-automation-rules.ts';
import { readStepTasks, sameTasks, withStepTasks } from './automation-rules.ts';

export interface EditableStep {
  id: string;
  name: string;
  defaultProbability: number;
  expectedDwellDays?: number | null;
  metadata: Record<string, unknown>;
}

export interface StepFormValues {
  name: string;
  /** Percent, as typed. */
  probability: string;
  /** Days, as typed; empty for none. */
  dwell: string;
  tasks: { title: string; dueInDays: string }[];
}

export interface StepFormErrors {
  name?: string;
  probability?: string;
  dwell?: string;
  /** About the tasks as a whole (too many, too large). */
  tasks?: string;
  /** Per task, by index. */
  task?: Record<number, { title?: string; dueInDays?: string }>;
  /** What belongs to no field. */
  form?: string;
}

export interface StepUpdate {
  name?: string;
  defaultProbability?: number;
  expectedDwellDays?: number | null;
  metadata?: Record<string, unknown>;
}

export function stepFormValues(step: EditableStep): StepFormValues {
  return {
    name: step.name,
    probability: formatPercentInput(step.defaultProbability),
    dwell: step.expectedDwellDays == null ? '' : String(step.expectedDwellDays),
    tasks: readStepTasks(step.metadata).tasks.map((task) => ({
      title: task.title,
      dueInDays: task.dueInDays === undefined ? '' : String(task.dueInDays),
    })),
  };
}

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

function number(text: string): number | undefined {
  const trimmed = text.trim().replace(/%$/, '').trim();
  if (!NUMBER.test(trimmed)) return undefined;
  return Number(trimmed.replace(',', '.'));
}

const StepForm = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Give the step a name.')
    .max(100, 'Keep the name to 100 characters.'),
  probability: z.string().transform((text, ctx) => {
    const value = number(text);
    if (value === undefined || value < 0 || value > 100) {
      ctx.addIssue({ code: 'custom', message: 'Enter a percentage from 0 to 100, like 40.' });
      return z.NEVER;
    }
    return Number((value / 100).toFixed(6));
  }),
  dwell: z.string().transform((text, ctx) => {
    if (text.trim() === '') return null;
    const value = number(text);
    if (value === undefined || value <= 0 || value > 99_999) {
      ctx.addIssue({
        code: 'custom',
        message: 'Enter the days as a number above 0, like 7, or leave it empty for none.',
      });
      return z.NEVER;
    }
    return Math.round(value * 100) / 100;
  }),
  tasks: z
    .array(
      z.object({
        title: z
          .string()
          .trim()
          .min(1, 'Give the task a title, or remove it.')
          .max(MAX_TASK_TITLE, `Keep the title to ${MAX_TASK_TITLE} characters.`),
        dueInDays: z.string().transform((text, ctx): number | undefined => {
          if (text.trim() === '') return undefined;
          const value = number(text);
          if (
            value === undefined ||
            !Number.isInteger(value) ||
            value < 0 ||
            value > MAX_DUE_IN_DAYS
          ) {
            ctx.addIssue({
              code: 'custom',
              message: `Enter whole days from 0 to ${MAX_DUE_IN_DAYS}, or leave it empty for no due date.`,
            });
            return z.NEVER;
          }
          return value;
        }),
      }),
    )
    .max(MAX_TASKS, `A step can create at most ${MAX_TASKS} tasks.`),
});

export interface ParsedStepForm {
  name: string;
  defaultProbability: number;
  expectedDwellDays: number | null;
  tasks: StepTask[];
}

export function parseStepForm(
  values: StepFormValues,
): { ok: true; value: ParsedStepForm } | { ok: false; errors: StepFormErrors } {
  const parsed = StepForm.safeParse(values);
  if (parsed.success) {
    return {
      ok: true,
      value: {
        name: parsed.data.name,
        defaultProbability: parsed.data.probability,
        expectedDwellDays: parsed.data.dwell,
        tasks: parsed.data.tasks.map((task) =>
          task.dueInDays === undefined
            ? { title: task.title }
            : { title: task.title, dueInDays: task.dueInDays },
        ),
      },
    };
  }
  const errors: StepFormErrors = {};
  for (const issue of parsed.error.issues) {
    const [field, index, taskField] = issue.path;
    if (field === 'tasks' && typeof index === 'number') {
      const key = taskField === 'dueInDays' ? 'dueInDays' : 'title';
      errors.task ??= {};
      errors.task[index] ??= {};
      errors.task[index][key] ??= issue.message;
    } else if (field === 'name' || field === 'probability' || field === 'dwell') {
      errors[field] ??= issue.message;
    } else if (field === 'tasks') {
      errors.tasks ??= issue.message;
    } else {
      errors.form ??= issue.message;
    }
  }
  return { ok: false, errors };
}

/** Only what changed: the API changes only what it is given. */
export function stepUpdate(step: EditableStep, form: ParsedStepForm): StepUpdate {
  const update: StepUpdate = {};
  if (form.name !== step.name) update.name = form.name;
  if (Math.abs(form.defaultProbability - step.defaultProbability) > 1e-9) {
    update.defaultProbability = form.defaultProbability;
  }
  if (form.expectedDwellDays !== (step.expectedDwellDays ?? null)) {
    update.expectedDwellDays = form.expectedDwellDays;
  }
  const stored = readStepTasks(step.metadata);
  // Unreadable stored rules are left alone unless tasks are given to replace them.
  const unchanged = stored.problem ? form.tasks.length === 0 : sameTasks(stored.tasks, form.tasks);
  if (!unchanged) update.metadata = withStepTasks(step.metadata, form.tasks);
  return update;
}

const API_FIELDS: Record<string, keyof StepFormErrors> = {
  name: 'name',
  defaultProbability: 'probability',
  expectedDwellDays: 'dwell',
  metadata: 'tasks',
};

/**
 * The API's field errors (keyed by its input names, already in words) placed on the form's
 * fields; an error about the step itself (it is no longer a draft's) goes above the form.
 */
export function stepErrorsFromApi(
  fieldErrors: Readonly<Record<string, string>>,
  message: string,
): StepFormErrors {
  const errors: StepFormErrors = {};
  const unplaced: string[] = [];
  for (const [field, text] of Object.entries(fieldErrors)) {
    const target = API_FIELDS[field];
    if (target && target !== 'task' && target !== 'form') errors[target] = text;
    else if (field === 'id' && /draft/.test(text)) {
      errors.form =
        'This version is no longer a draft (it was published), so its steps cannot change. Reload the page and edit a new draft.';
    } else unplaced.push(text);
  }
  if (unplaced.length > 0 || Object.keys(errors).length === 0) {
    errors.form ??= unplaced[0] ?? message;
  }
  return errors;
}

/** 0.35 as "35", 0.333 as "33.3". */
export function formatPercentInput(probability: number): string {
  return String(Math.round(probability * 1000) / 10);
}
