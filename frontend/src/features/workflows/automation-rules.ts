// The step editor's side of a step's automation rules (their shape and limits are
// lib/wfm/step-automation-rules.ts): the automation (run-step-automations) skips every rule of a
// step whose rules are not in that shape, so the editor checks them before saving and says so
// when a step's stored rules are unreadable.
import { StepRules, type StepTask } from '../../../../lib/wfm/step-automation-rules.ts';

export interface ReadRules {
  tasks: StepTask[];
  /** Set when the stored rules are not in the shape the automation reads (so none runs). */
  problem: string | undefined;
}

export function readStepTasks(metadata: Record<string, unknown>): ReadRules {
  const parsed = StepRules.safeParse(metadata);
  if (!parsed.success) {
    return {
      tasks: [],
      problem:
        'This step’s automation rules are not in the shape automations read, so none of them runs. Saving tasks here replaces them.',
    };
  }
  const tasks = parsed.data.onEnter?.tasks ?? [];
  return {
    tasks: tasks.map((task) =>
      task.dueInDays === undefined ? { title: task.title } : { ...task },
    ),
    problem: undefined,
  };
}

/** The metadata with its on-enter tasks replaced, everything else in it kept as it was. */
export function withStepTasks(
  metadata: Record<string, unknown>,
  tasks: readonly StepTask[],
): Record<string, unknown> {
  const { onEnter, ...rest } = metadata;
  const otherOnEnter: Record<string, unknown> = isPlainObject(onEnter) ? { ...onEnter } : {};
  delete otherOnEnter.tasks;
  if (tasks.length === 0) {
    return Object.keys(otherOnEnter).length > 0 ? { ...rest, onEnter: otherOnEnter } : rest;
  }
  return {
    ...rest,
    onEnter: {
      ...otherOnEnter,
      tasks: tasks.map((task) =>
        task.dueInDays === undefined
          ? { title: task.title }
          : { title: task.title, dueInDays: task.dueInDays },
      ),
    },
  };
}

/** Metadata keys automations do not read here, shown as they are. */
export function otherMetadata(metadata: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...metadata };
  delete rest.onEnter;
  return rest;
}

/** "Create the task “Send proposal”, due 2 days after entering the step." */
export function describeTask(task: StepTask): string {
  const due =
    task.dueInDays === undefined
      ? 'with no due date'
      : task.dueInDays === 0
        ? 'due the day the step is entered'
        : `due ${formatDays(task.dueInDays)} after entering the step`;
  return `Create the task “${task.title}”, ${due}.`;
}

export function sameTasks(a: readonly StepTask[], b: readonly StepTask[]): boolean {
  return (
    a.length === b.length &&
    a.every((task, i) => task.title === b[i]?.title && task.dueInDays === b[i]?.dueInDays)
  );
}

function formatDays(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
