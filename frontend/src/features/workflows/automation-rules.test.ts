import { describe, expect, it } from 'vitest';
import { describeTask, readStepTasks, withStepTasks } from './automation-rules.ts';

describe('automation rules in a step’s metadata', () => {
  it('reads the tasks created on entering the step', () => {
    expect(
      readStepTasks({
        onEnter: { tasks: [{ title: 'Send proposal', dueInDays: 2 }, { title: 'Call' }] },
      }),
    ).toEqual({
      tasks: [{ title: 'Send proposal', dueInDays: 2 }, { title: 'Call' }],
      problem: undefined,
    });
  });

  it('has no tasks for a step without rules', () => {
    expect(readStepTasks({})).toEqual({ tasks: [], problem: undefined });
  });

  it('says so when the rules are not in the shape the automation reads, since none of them runs then', () => {
    const read = readStepTasks({ onEnter: { tasks: [{ title: '', dueInDays: 2 }] } });
    expect(read.tasks).toEqual([]);
    expect(read.problem).toMatch(/none of them runs/);
    expect(
      readStepTasks({ onEnter: { tasks: [{ title: 'x', dueInDays: 400 }] } }).problem,
    ).toBeDefined();
    expect(readStepTasks({ onEnter: 'tasks' }).problem).toBeDefined();
  });

  it('replaces the tasks and keeps everything else in the metadata', () => {
    const metadata = { color: 'teal', onEnter: { notify: true, tasks: [{ title: 'Old' }] } };
    expect(withStepTasks(metadata, [{ title: 'New', dueInDays: 1 }])).toEqual({
      color: 'teal',
      onEnter: { notify: true, tasks: [{ title: 'New', dueInDays: 1 }] },
    });
  });

  it('drops the on-enter rules once no task is left', () => {
    expect(withStepTasks({ color: 'teal', onEnter: { tasks: [{ title: 'Old' }] } }, [])).toEqual({
      color: 'teal',
    });
  });

  it('describes a task with its due date', () => {
    expect(describeTask({ title: 'Send proposal', dueInDays: 2 })).toBe(
      'Create the task “Send proposal”, due 2 days after entering the step.',
    );
    expect(describeTask({ title: 'Call', dueInDays: 0 })).toBe(
      'Create the task “Call”, due the day the step is entered.',
    );
    expect(describeTask({ title: 'Call' })).toBe('Create the task “Call”, with no due date.');
  });
});
