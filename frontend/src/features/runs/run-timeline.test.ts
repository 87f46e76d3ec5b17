import { describe, expect, it } from 'vitest';
import { buildRunTimeline, describeStepStatus, type TimelineRunInput } from './run-timeline.ts';

function run(overrides: Partial<TimelineRunInput> = {}): TimelineRunInput {
  return {
    status: 'COMPLETED',
    createdAt: '2026-03-01T10:00:00.000Z',
    startedAt: '2026-03-01T10:00:01.000Z',
    endedAt: '2026-03-01T10:00:05.000Z',
    attempts: 1,
    durationMs: 4000,
    triggerEvent: { name: 'crm/deal.assigned' },
    output: { id: 'task-1' },
    error: null,
    steps: [],
    ...overrides,
  };
}

function step(name: string, startedAt: string, status = 'completed') {
  return {
    stepId: name,
    name,
    op: 'StepRun',
    status,
    attempts: 1,
    startedAt,
    output: { ok: name },
  };
}

describe('a run’s timeline', () => {
  it('starts with the trigger, then the start, then steps in the order they started, and ends with how the run ended', () => {
    const entries = buildRunTimeline(
      run({
        steps: [
          step('create-tasks', '2026-03-01T10:00:03.000Z'),
          step('read-step-rules', '2026-03-01T10:00:02.000Z'),
        ],
      }),
    );
    expect(entries.map((e) => e.title)).toEqual([
      'Triggered by crm/deal.assigned',
      'Started',
      'read-step-rules',
      'create-tasks',
      'Completed',
    ]);
  });

  it('keeps the server’s order for steps that started at the same moment', () => {
    const at = '2026-03-01T10:00:02.000Z';
    const entries = buildRunTimeline(run({ steps: [step('b', at), step('a', at)] }));
    expect(entries.filter((e) => e.kind === 'step').map((e) => e.title)).toEqual(['b', 'a']);
  });

  it('says a run still going has not ended, with no end time and no output yet', () => {
    const entries = buildRunTimeline(
      run({ status: 'WAITING', endedAt: null, output: null, durationMs: null }),
    );
    const end = entries.at(-1)!;
    expect(end).toMatchObject({ kind: 'end', title: 'Waiting for an event', at: undefined });
    expect(end.kind === 'end' && end.hasOutput).toBe(false);
  });

  it('shows a queued run with only its trigger and that it waits to run', () => {
    const entries = buildRunTimeline(
      run({ status: 'QUEUED', startedAt: null, endedAt: null, output: null }),
    );
    expect(entries.map((e) => e.title)).toEqual([
      'Triggered by crm/deal.assigned',
      'Queued: waiting to run',
    ]);
  });

  it('ends a failed run with its error', () => {
    const error = { name: 'Error', message: 'boom' };
    const end = buildRunTimeline(run({ status: 'FAILED', output: null, error })).at(-1)!;
    expect(end).toMatchObject({ title: 'Failed', tone: 'error', error });
  });

  it('names the SDK call a step came from', () => {
    const entries = buildRunTimeline(
      run({ steps: [{ ...step('nap', '2026-03-01T10:00:02.000Z'), op: 'Sleep' }] }),
    );
    expect(entries[2]).toMatchObject({ kind: 'step', op: 'step.sleep' });
  });
});

describe('a step’s status in words', () => {
  it('tells a planned step from one waiting to be retried after failing', () => {
    expect(describeStepStatus({ status: 'planned', attempts: 0 })).toEqual({
      label: 'Planned',
      tone: 'progress',
    });
    expect(
      describeStepStatus({ status: 'planned', attempts: 2, error: { name: 'E', message: 'x' } }),
    ).toEqual({ label: 'Failed 2 times, will retry', tone: 'warning' });
  });

  it('marks completed steps as done and failed ones as errors', () => {
    expect(describeStepStatus({ status: 'completed', attempts: 1 }).tone).toBe('success');
    expect(describeStepStatus({ status: 'failed', attempts: 4 })).toEqual({
      label: 'Failed',
      tone: 'error',
    });
    expect(describeStepStatus({ status: 'waiting', attempts: 0 }).label).toBe(
      'Waiting for an event',
    );
  });
});
