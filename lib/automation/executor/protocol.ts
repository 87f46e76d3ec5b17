// The Inngest request protocol (see shared design inngest-protocol.md), as data: the body the
// executor sends to the serve() handler, and what the handler's answer means. Anything else the
// handler says is malformed, and fails the run instead of looping.
import { z } from 'zod';

export interface RunEvent {
  name: string;
  data: Record<string, unknown>;
  id: string;
  ts: number;
  user?: Record<string, unknown>;
}

export interface CallRequest {
  event: RunEvent;
  /** step hash → memo ({data} | {error} | null | a matched event) */
  steps: Record<string, unknown>;
  /** step hashes in completion order */
  stack: string[];
  runId: string;
  attempt: number;
  maxAttempts: number;
  disableImmediateExecution: boolean;
}

export function callBody(req: CallRequest): string {
  return JSON.stringify({
    event: req.event,
    events: [req.event],
    steps: req.steps,
    version: 2,
    ctx: {
      run_id: req.runId,
      attempt: req.attempt,
      max_attempts: req.maxAttempts,
      disable_immediate_execution: req.disableImmediateExecution,
      use_api: false,
      stack: { stack: req.stack, current: req.stack.length },
    },
  });
}

const SerializedError = z
  .object({
    name: z.string().optional(),
    message: z.string().optional(),
    stack: z.string().optional(),
  })
  .passthrough();
export type SerializedError = z.infer<typeof SerializedError>;

const Base = {
  id: z.string().min(1),
  name: z.string().optional(),
  displayName: z.string().optional(),
  /** When the step ran, as the SDK measured it: a = start (ns since the epoch), b = duration (ns). */
  timing: z.object({ a: z.number(), b: z.number() }).partial().nullish(),
};

/** The SDK's step timing in milliseconds, when it sent one. */
export function stepTiming(op: {
  timing?: { a?: number; b?: number } | null;
}): { startedAtMs: number; durationMs: number } | undefined {
  const a = op.timing?.a;
  if (typeof a !== 'number' || a <= 0) return undefined;
  return { startedAtMs: a / 1e6, durationMs: Math.max(0, (op.timing?.b ?? 0) / 1e6) };
}

const Op = z.discriminatedUnion('op', [
  z.object({ op: z.literal('StepRun'), ...Base, data: z.unknown().optional() }),
  z.object({
    op: z.literal('StepPlanned'),
    ...Base,
    opts: z.record(z.string(), z.unknown()).nullish(),
  }),
  z.object({ op: z.literal('Sleep'), ...Base, name: z.string() }),
  z.object({
    op: z.literal('WaitForEvent'),
    ...Base,
    name: z.string(),
    opts: z
      .object({ timeout: z.string(), if: z.string().nullish(), event: z.string().optional() })
      .passthrough(),
  }),
  z.object({
    op: z.literal('InvokeFunction'),
    ...Base,
    opts: z
      .object({
        function_id: z.string(),
        payload: z.object({ data: z.unknown().optional() }).passthrough().optional(),
        timeout: z.string().optional(),
      })
      .passthrough(),
  }),
  z.object({ op: z.literal('StepError'), ...Base, error: SerializedError }),
  z.object({ op: z.literal('StepFailed'), ...Base, error: SerializedError }),
  z.object({
    op: z.literal('RunComplete'),
    id: z.string().optional(),
    data: z.unknown().optional(),
  }),
]);
export type Op = z.infer<typeof Op>;

export type Outcome =
  | { kind: 'completed'; output: unknown }
  | { kind: 'ops'; ops: Op[]; retryAfter: string | null }
  | { kind: 'retry'; error: SerializedError; retryAfter: string | null }
  | { kind: 'failed'; error: SerializedError }
  | { kind: 'malformed'; error: SerializedError };

function malformed(message: string): Outcome {
  return { kind: 'malformed', error: { name: 'MalformedResponse', message } };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: text === '' ? null : JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function asError(value: unknown, fallback: string): SerializedError {
  const parsed = SerializedError.safeParse(value);
  return parsed.success && (parsed.data.message || parsed.data.name)
    ? parsed.data
    : { name: 'Error', message: fallback };
}

/** What an answer of the handler means for the run. */
export async function readOutcome(response: Response): Promise<Outcome> {
  const text = await response.text();
  const body = parseJson(text);
  const noRetry = response.headers.get('x-inngest-no-retry') === 'true';
  const retryAfter = response.headers.get('retry-after');
  const status = response.status;

  if (status === 200)
    return body.ok
      ? { kind: 'completed', output: body.value }
      : malformed('200 with a body that is not JSON');
  if (status === 206) {
    if (!body.ok) return malformed('206 with a body that is not JSON');
    const ops = z.array(Op).min(1).safeParse(body.value);
    if (!ops.success)
      return malformed(
        `206 with an op list the executor cannot read: ${ops.error.issues[0]?.message ?? ''}`,
      );
    const complete = ops.data.find((o) => o.op === 'RunComplete');
    if (complete)
      return {
        kind: 'completed',
        output: complete.op === 'RunComplete' ? complete.data : undefined,
      };
    return { kind: 'ops', ops: ops.data, retryAfter };
  }
  const error = asError(body.ok ? body.value : undefined, `The handler answered ${status}`);
  if (status >= 500 && !noRetry) return { kind: 'retry', error, retryAfter };
  if (status >= 400) return { kind: 'failed', error };
  return malformed(`Unexpected status ${status}`);
}

/** Durations as the SDK writes them ("1h", "30s", "2d", "1m30s") or an ISO date; ms from now. */
export function durationMs(text: string, now = Date.now()): number | undefined {
  const units: Record<string, number> = {
    ms: 1,
    s: 1e3,
    m: 60e3,
    h: 3_600e3,
    d: 86_400e3,
    w: 604_800e3,
  };
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g)];
  if (parts.length > 0 && parts.map((p) => p[0]).join('') === text.replace(/\s+/g, '')) {
    return parts.reduce((sum, p) => sum + Number(p[1]) * units[p[2]!]!, 0);
  }
  // Only an ISO date counts: Date.parse reads far too much ('1', 'soon 5') as a date.
  if (!/^\d{4}-\d{2}-\d{2}(T|$)/.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
