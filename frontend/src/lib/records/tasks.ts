// Tasks in the order people work through them, and what their due dates say. The order depends
// on due dates only, never on whether a task is done, so completing one leaves it where it is.
import { daysFromToday, relativeDay, timeOfDay } from './dates.ts';

export interface TaskLike {
  id: string;
  done: boolean;
  dueAt?: string | null;
  doneAt?: string | null;
  createdAt: string;
}

/** Not done and due before now. */
export function isOverdue(task: TaskLike, now: Date): boolean {
  return !task.done && task.dueAt != null && Date.parse(task.dueAt) < now.getTime();
}

/**
 * Tasks to do: overdue first (the longest overdue first), then the ones due soonest, then those
 * without a due date (the newest first). Ties keep a stable order by id.
 */
export function orderTasks<T extends TaskLike>(tasks: readonly T[], now: Date): T[] {
  const group = (task: T) =>
    task.dueAt == null ? 2 : Date.parse(task.dueAt) < now.getTime() ? 0 : 1;
  return [...tasks].sort((a, b) => {
    const byGroup = group(a) - group(b);
    if (byGroup !== 0) return byGroup;
    if (a.dueAt != null && b.dueAt != null) {
      const byDue = Date.parse(a.dueAt) - Date.parse(b.dueAt);
      if (byDue !== 0) return byDue;
    }
    const byCreated = Date.parse(b.createdAt) - Date.parse(a.createdAt);
    return byCreated !== 0 ? byCreated : a.id.localeCompare(b.id);
  });
}

/** Done tasks, the most recently done first. */
export function orderDoneTasks<T extends TaskLike>(tasks: readonly T[]): T[] {
  const doneAt = (task: T) => (task.doneAt ? Date.parse(task.doneAt) : 0);
  return [...tasks].sort((a, b) => doneAt(b) - doneAt(a) || a.id.localeCompare(b.id));
}

export type DueTone = 'overdue' | 'today' | 'later' | 'none' | 'done';

/** What a task's dates say, in words: "Overdue · due yesterday", "Due today", "Done today". */
export function dueLabel(task: TaskLike, now: Date): { text: string; tone: DueTone } {
  if (task.done) {
    return {
      text: task.doneAt ? `Done ${relativeDay(new Date(task.doneAt), now)}` : 'Done',
      tone: 'done',
    };
  }
  if (task.dueAt == null) return { text: 'No due date', tone: 'none' };
  const due = new Date(task.dueAt);
  const time = timeOfDay(due);
  const when = `${relativeDay(due, now)}${time ? ` at ${time}` : ''}`;
  if (isOverdue(task, now)) return { text: `Overdue · due ${when}`, tone: 'overdue' };
  return { text: `Due ${when}`, tone: daysFromToday(due, now) === 0 ? 'today' : 'later' };
}
