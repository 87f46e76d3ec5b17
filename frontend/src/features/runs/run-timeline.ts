// A run as a timeline: what triggered it, when it started, each step in the order it started
// (with its output or error), and how it ended, or that it has not yet.
import { isActiveRun, runStatusLabel, type RunStatus } from './run-status.ts';

export interface RunError {
  name: string;
  message: string;
  stack?: string | null;
}

export interface TimelineStepInput {
  stepId: string;
  name: string;
  op: string;
  status: string;
  attempts: number;
  startedAt: string;
  endedAt?: string | null;
  durationMs?: number | null;
  output?: unknown;
  error?: RunError | null;
}

export interface TimelineRunInput {
  status: RunStatus;
  createdAt: string;
  startedAt?: string | null;
  endedAt?: string | null;
  attempts: number;
  durationMs?: number | null;
  triggerEvent: { name: string };
  output?: unknown;
  error?: RunError | null;
  steps: readonly TimelineStepInput[];
}

/** How an entry reads at a glance: its indicator's color and the word beside it. */
export type Tone = 'neutral' | 'progress' | 'success' | 'warning' | 'error';

export type TimelineEntry =
  | { kind: 'trigger'; key: string; at: string; title: string }
  | { kind: 'start'; key: string; at: string; title: string; detail: string | undefined }
  | {
      kind: 'step';
      key: string;
      at: string;
      title: string;
      op: string;
      statusLabel: string;
      tone: Tone;
      detail: string | undefined;
      durationMs: number | null | undefined;
      output: unknown;
      hasOutput: boolean;
      error: RunError | null | undefined;
    }
  | {
      kind: 'end';
      key: string;
      at: string | undefined;
      title: string;
      tone: Tone;
      durationMs: number | null | undefined;
      output: unknown;
      hasOutput: boolean;
      error: RunError | null | undefined;
    };

export function buildRunTimeline(run: TimelineRunInput): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    {
      kind: 'trigger',
      key: 'trigger',
      at: run.createdAt,
      title: `Triggered by ${run.triggerEvent.name}`,
    },
  ];
  if (run.startedAt) {
    entries.push({
      kind: 'start',
      key: 'start',
      at: run.startedAt,
      title: 'Started',
      detail: run.attempts > 1 ? `${run.attempts} attempts so far` : undefined,
    });
  }

  // Steps in the order they started; steps that started together keep the server's order.
  const steps = run.steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => time(a.step.startedAt) - time(b.step.startedAt) || a.index - b.index);
  for (const { step } of steps) {
    const { label, tone } = describeStepStatus(step);
    entries.push({
      kind: 'step',
      key: `step:${step.stepId}`,
      at: step.startedAt,
      title: step.name,
      op: describeOp(step.op),
      statusLabel: label,
      tone,
      detail: step.attempts > 1 ? `${step.attempts} attempts` : undefined,
      durationMs: step.durationMs,
      output: step.output,
      hasOutput: step.output !== undefined && step.output !== null,
      error: step.error,
    });
  }

  const active = isActiveRun(run.status);
  entries.push({
    kind: 'end',
    key: 'end',
    at: active ? undefined : (run.endedAt ?? undefined),
    title: active ? stillGoing(run.status) : runStatusLabel(run.status),
    tone: endTone(run.status),
    durationMs: active ? undefined : run.durationMs,
    output: run.output,
    hasOutput: !active && run.output !== undefined && run.output !== null,
    error: run.error,
  });
  return entries;
}

/** A step's status in words: a planned step with an error is waiting to be retried. */
export function describeStepStatus(step: {
  status: string;
  attempts: number;
  error?: RunError | null;
}): { label: string; tone: Tone } {
  switch (step.status) {
    case 'completed':
      return { label: 'Completed', tone: 'success' };
    case 'failed':
      return { label: 'Failed', tone: 'error' };
    case 'planned':
      return step.error
        ? {
            label: `Failed ${step.attempts === 1 ? 'once' : `${step.attempts} times`}, will retry`,
            tone: 'warning',
          }
        : { label: 'Planned', tone: 'progress' };
    case 'sleeping':
      return { label: 'Sleeping', tone: 'progress' };
    case 'waiting':
      return { label: 'Waiting for an event', tone: 'progress' };
    default:
      return { label: capitalize(step.status), tone: 'neutral' };
  }
}

const OPS: Record<string, string> = {
  StepRun: 'step.run',
  Step: 'step.run',
  StepPlanned: 'step.run',
  StepError: 'step.run',
  StepFailed: 'step.run',
  Sleep: 'step.sleep',
  WaitForEvent: 'step.waitForEvent',
  InvokeFunction: 'step.invoke',
};

/** The SDK call a step came from (step.run, step.sleep, …); the raw op when unknown. */
export function describeOp(op: string): string {
  return OPS[op] ?? op;
}

function stillGoing(status: RunStatus): string {
  switch (status) {
    case 'QUEUED':
      return 'Queued: waiting to run';
    case 'SLEEPING':
      return 'Sleeping until its next step';
    case 'WAITING':
      return 'Waiting for an event';
    default:
      return 'Running';
  }
}

function endTone(status: RunStatus): Tone {
  switch (status) {
    case 'COMPLETED':
      return 'success';
    case 'FAILED':
      return 'error';
    case 'CANCELLED':
      return 'warning';
    default:
      return 'progress';
  }
}

function time(iso: string): number {
  const ms = new Date(iso).getTime();
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
