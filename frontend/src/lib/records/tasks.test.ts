import { describe, expect, it } from 'vitest';
import { dueLabel, isOverdue, orderDoneTasks, orderTasks, type TaskLike } from './tasks.ts';

// A Wednesday morning, local time.
const now = new Date(2026, 2, 4, 9, 30);

function at(day: number, hour = 23, minute = 59): string {
  return new Date(2026, 2, day, hour, minute, 59, 999).toISOString();
}

function task(id: string, dueAt: string | null, overrides: Partial<TaskLike> = {}): TaskLike {
  return { id, dueAt, done: false, createdAt: at(1, 8, 0), ...overrides };
}

describe('the order of tasks', () => {
  it('puts overdue tasks first, then the ones due soonest, then undated ones', () => {
    const tasks = [
      task('undated', null),
      task('next-week', at(11)),
      task('overdue-yesterday', at(3)),
      task('tomorrow', at(5)),
      task('overdue-last-week', new Date(2026, 1, 25, 12, 0).toISOString()),
      task('today', at(4)),
    ];
    expect(orderTasks(tasks, now).map((t) => t.id)).toEqual([
      'overdue-last-week',
      'overdue-yesterday',
      'today',
      'tomorrow',
      'next-week',
      'undated',
    ]);
  });

  it('shows the newest undated task first', () => {
    const tasks = [
      task('older', null, { createdAt: at(1, 8, 0) }),
      task('newer', null, { createdAt: at(2, 8, 0) }),
    ];
    expect(orderTasks(tasks, now).map((t) => t.id)).toEqual(['newer', 'older']);
  });

  it('leaves a task where it is when it is completed', () => {
    const tasks = [task('a', at(3)), task('b', at(5)), task('c', null)];
    const before = orderTasks(tasks, now).map((t) => t.id);
    const completed = tasks.map((t) =>
      t.id === 'a' ? { ...t, done: true, doneAt: now.toISOString() } : t,
    );
    expect(orderTasks(completed, now).map((t) => t.id)).toEqual(before);
  });

  it('lists done tasks, the most recently done first', () => {
    const tasks = [
      task('monday', null, { done: true, doneAt: at(2, 10, 0) }),
      task('tuesday', null, { done: true, doneAt: at(3, 10, 0) }),
    ];
    expect(orderDoneTasks(tasks).map((t) => t.id)).toEqual(['tuesday', 'monday']);
  });
});

describe('what a task’s due date says', () => {
  it('calls an open task due before now overdue, and a done one not', () => {
    expect(isOverdue(task('a', at(3)), now)).toBe(true);
    expect(isOverdue(task('a', at(3), { done: true }), now)).toBe(false);
    expect(isOverdue(task('a', null), now)).toBe(false);
  });

  it('says how overdue in days people use', () => {
    expect(dueLabel(task('a', at(3)), now)).toEqual({
      text: 'Overdue · due yesterday',
      tone: 'overdue',
    });
  });

  it('says today and tomorrow, and the time when it is not the end of the day', () => {
    expect(dueLabel(task('a', at(4)), now)).toEqual({ text: 'Due today', tone: 'today' });
    expect(dueLabel(task('a', at(5, 15, 0)), now).text).toBe('Due tomorrow at 3:00 PM');
    expect(dueLabel(task('a', at(11)), now)).toEqual({ text: 'Due on Mar 11', tone: 'later' });
  });

  it('says when a done task was done, and when a task has no due date', () => {
    expect(dueLabel(task('a', at(3), { done: true, doneAt: at(4, 9, 0) }), now)).toEqual({
      text: 'Done today',
      tone: 'done',
    });
    expect(dueLabel(task('a', null), now)).toEqual({ text: 'No due date', tone: 'none' });
  });
});
