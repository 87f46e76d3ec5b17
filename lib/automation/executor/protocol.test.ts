// Answers shaped as the inngest 4.24 serve() handler gives them (captured from the SDK), and the
// request body it expects: see shared/design/inngest-protocol.md.
import { describe, expect, it } from 'vitest';
import { callBody, durationMs, readOutcome } from './protocol.ts';

const SDK_HEADERS = {
  'content-type': 'application/json',
  'x-inngest-framework': 'edge',
  'x-inngest-req-version': '2',
  'x-inngest-sdk': 'inngest-js:v4.24.0',
};

function answer(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { ...SDK_HEADERS, ...headers },
  });
}

const stepId = 'e0996a37c13d44c3b06074939d43fa3759bd32c1';
const base = (name: string) => ({ opts: {}, displayName: name, userland: { id: name } });
const stackError = {
  name: 'Error',
  message: 'nope',
  stack: 'Error: nope\n    at step.fn (engine.ts:2594:35)',
  __serialized: true,
};

describe('reading the handler’s answer', () => {
  it('200: the run completed with the return value', async () => {
    expect(await readOutcome(answer(200, { a: 5, b: 50 }))).toEqual({
      kind: 'completed',
      output: { a: 5, b: 50 },
    });
    expect(await readOutcome(answer(200, ''))).toEqual({ kind: 'completed', output: null });
  });

  it('206 StepRun: a step ran inline, with its id, name and data', async () => {
    const op = { id: stepId, op: 'StepRun', name: 'first', ...base('first'), data: 5 };
    expect(await readOutcome(answer(206, [op]))).toMatchObject({
      kind: 'ops',
      ops: [{ op: 'StepRun', id: stepId, name: 'first', displayName: 'first', data: 5 }],
      retryAfter: null,
    });
  });

  it('206 StepPlanned: every planned step of a parallel plan', async () => {
    const plan = ['a', 'b'].map((name, i) => ({
      op: 'StepPlanned',
      id: `${i}`.repeat(40),
      name,
      ...base(name),
      data: null,
    }));
    const outcome = await readOutcome(answer(206, plan));
    expect(outcome).toMatchObject({
      kind: 'ops',
      ops: [{ op: 'StepPlanned' }, { op: 'StepPlanned' }],
    });
  });

  it('206 Sleep: the duration (or an ISO date) is in `name`', async () => {
    const sleep = { op: 'Sleep', id: stepId, name: '1h', ...base('nap'), data: null };
    expect(await readOutcome(answer(206, [sleep]))).toMatchObject({
      kind: 'ops',
      ops: [{ op: 'Sleep', name: '1h', displayName: 'nap' }],
    });
  });

  it('206 WaitForEvent: the event name, timeout and `if`', async () => {
    const wait = {
      op: 'WaitForEvent',
      id: stepId,
      name: 'test/answer',
      ...base('wait-answer'),
      opts: { timeout: '1h', if: 'event.data.id == async.data.id' },
      data: null,
    };
    expect(await readOutcome(answer(206, [wait]))).toMatchObject({
      kind: 'ops',
      ops: [{ op: 'WaitForEvent', name: 'test/answer', opts: { timeout: '1h', if: wait.opts.if } }],
    });
  });

  it('206 InvokeFunction: the function id and payload', async () => {
    const invoke = {
      op: 'InvokeFunction',
      id: stepId,
      ...base('call-child'),
      opts: { payload: { data: { n: 1 } }, function_id: 'waymark-child' },
      data: null,
    };
    expect(await readOutcome(answer(206, [invoke]))).toMatchObject({
      kind: 'ops',
      ops: [
        {
          op: 'InvokeFunction',
          opts: { function_id: 'waymark-child', payload: { data: { n: 1 } } },
        },
      ],
    });
  });

  it('206 StepError: the error, and the retry-after the function asked for', async () => {
    const op = { id: stepId, op: 'StepError', name: 'bad', ...base('bad'), error: stackError };
    const outcome = await readOutcome(
      answer(206, [op], { 'x-inngest-no-retry': 'false', 'retry-after': '30' }),
    );
    expect(outcome).toMatchObject({
      kind: 'ops',
      ops: [
        { op: 'StepError', error: { name: 'Error', message: 'nope', stack: stackError.stack } },
      ],
      retryAfter: '30',
    });
  });

  it('206 StepFailed: the error the step failed with for good', async () => {
    const op = { id: stepId, op: 'StepFailed', name: 'bad', ...base('bad'), error: stackError };
    expect(await readOutcome(answer(206, [op], { 'x-inngest-no-retry': 'true' }))).toMatchObject({
      kind: 'ops',
      ops: [{ op: 'StepFailed', error: { message: 'nope' } }],
    });
  });

  it('206 RunComplete: the run completed (a checkpointing reply)', async () => {
    expect(await readOutcome(answer(206, [{ op: 'RunComplete', data: 'done' }]))).toEqual({
      kind: 'completed',
      output: 'done',
    });
  });

  it('500 without no-retry: retry the call, keeping the error and retry-after', async () => {
    const error = {
      name: 'Error',
      message: 'outside',
      stack: 'Error: outside',
      __serialized: true,
    };
    expect(
      await readOutcome(answer(500, error, { 'x-inngest-no-retry': 'false', 'retry-after': '60' })),
    ).toEqual({ kind: 'retry', error, retryAfter: '60' });
  });

  it('500 without a readable error: retry with an error naming the status', async () => {
    expect(await readOutcome(answer(500, 'Internal Server Error'))).toEqual({
      kind: 'retry',
      error: { name: 'Error', message: 'The handler answered 500' },
      retryAfter: null,
    });
  });

  it('400, or any error with no-retry: the run failed', async () => {
    const error = { name: 'NonRetriableError', message: 'never', __serialized: true };
    expect(await readOutcome(answer(400, error, { 'x-inngest-no-retry': 'true' }))).toEqual({
      kind: 'failed',
      error,
    });
    expect(await readOutcome(answer(500, error, { 'x-inngest-no-retry': 'true' }))).toEqual({
      kind: 'failed',
      error,
    });
  });

  describe('malformed answers fail the run with a MalformedResponse that says why', () => {
    it.each([
      [
        '206 with a body that is not JSON',
        206,
        '<html>Bad Gateway</html>',
        /206 with a body that is not JSON/,
      ],
      ['206 with an empty op list', 206, [], /cannot read: .*>=1/],
      [
        '206 with an op it does not know',
        206,
        [{ op: 'Nonsense', id: 'x' }],
        /cannot read: .*Expected 'StepRun'/,
      ],
      [
        '206 with an object instead of a list',
        206,
        { op: 'StepRun', id: 'x' },
        /cannot read: .*expected array/,
      ],
      ['206 with an op missing its id', 206, [{ op: 'StepRun', data: 1 }], /cannot read/],
      ['200 with a body that is not JSON', 200, 'done!', /200 with a body that is not JSON/],
      ['a status the protocol has no meaning for', 302, '', /Unexpected status 302/],
    ])('%s', async (_, status, body, message) => {
      const outcome = await readOutcome(answer(status, body));
      expect(outcome).toEqual({
        kind: 'malformed',
        error: { name: 'MalformedResponse', message: expect.stringMatching(message) },
      });
    });
  });
});

describe('durations', () => {
  const now = Date.parse('2026-11-21T10:00:00Z');

  it.each([
    ['1h', 3_600_000],
    ['30s', 30_000],
    ['1m30s', 90_000],
    ['100ms', 100],
    ['2d', 172_800_000],
    ['1w', 604_800_000],
  ])('%s is %i ms', (text, expected) => {
    expect(durationMs(text, now)).toBe(expected);
  });

  it('an ISO date is the time from now until then, never negative', () => {
    expect(durationMs('2026-11-21T11:00:00.000Z', now)).toBe(3_600_000);
    expect(durationMs('2026-11-21T09:00:00.000Z', now)).toBe(0);
  });

  it('garbage is undefined', () => {
    expect(durationMs('garbage', now)).toBeUndefined();
    // Date.parse would read these as dates; a duration the executor cannot read is no duration.
    expect(durationMs('1', now)).toBeUndefined();
    expect(durationMs('soon 5', now)).toBeUndefined();
    expect(durationMs('1h and then some', now)).toBeUndefined();
    expect(durationMs('', now)).toBeUndefined();
  });
});

describe('the body of a call', () => {
  it('carries the event, the memos, the stack in completion order and max_attempts', () => {
    const event = { name: 'test/steps', data: { n: 4 }, id: 'e1', ts: 1_700_000_000_000 };
    const body = JSON.parse(
      callBody({
        event,
        steps: { aaa: { data: 5 }, bbb: null },
        stack: ['aaa', 'bbb'],
        runId: 'run-1',
        attempt: 2,
        maxAttempts: 4,
        disableImmediateExecution: true,
      }),
    );
    expect(body).toEqual({
      event,
      events: [event],
      steps: { aaa: { data: 5 }, bbb: null },
      version: 2,
      ctx: {
        run_id: 'run-1',
        attempt: 2,
        max_attempts: 4,
        disable_immediate_execution: true,
        use_api: false,
        stack: { stack: ['aaa', 'bbb'], current: 2 },
      },
    });
    expect(body.ctx).not.toHaveProperty('fn_id');
  });
});
