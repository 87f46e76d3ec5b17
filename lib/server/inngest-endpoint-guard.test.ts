// A deployed /api/inngest runs only what Inngest signed: the real serve() handler of the Inngest
// SDK behind the guard, called with unsigned, forged and correctly signed requests.
import { createHmac } from 'node:crypto';
import { Inngest } from 'inngest';
import { serve } from 'inngest/edge';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config.ts';
import { guardInngestEndpoint } from './inngest-endpoint-guard.ts';

const SIGNING_KEY = 'signkey-prod-6f1c0de5a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c';
const URL_ = 'https://waymark.example/api/inngest';

/** A served function that records each run, with a client in the mode the config implies. */
function servedRecorder(options: { isDev: boolean; signingKey?: string }) {
  const runs: string[] = [];
  const client = new Inngest({ id: 'guard-test', ...options });
  const fn = client.createFunction(
    { id: 'record', triggers: [{ event: 'test/thing.happened' }] },
    async ({ event }) => {
      runs.push(event.id ?? 'run');
      return 'ran';
    },
  );
  return { runs, handler: serve({ client, functions: [fn] }) };
}

/** The body Inngest posts to call a function (see docs: the Inngest request protocol). */
function callBody(): Record<string, unknown> {
  const event = { data: {}, id: 'evt-1', name: 'test/thing.happened', ts: Date.now() };
  return {
    ctx: {
      attempt: 0,
      disable_immediate_execution: false,
      max_attempts: 1,
      run_id: 'run-1',
      stack: { current: 0, stack: [] },
      use_api: false,
    },
    event,
    events: [event],
    steps: {},
    version: 2,
  };
}

/** JSON with sorted keys and no spaces: JCS for the plain values these bodies hold. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : 1,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function post(body: Record<string, unknown>, signature?: string): Request {
  return new Request(`${URL_}?fnId=guard-test-record&stepId=step`, {
    method: 'POST',
    headers: {
      host: 'waymark.example',
      'content-type': 'application/json',
      ...(signature ? { 'x-inngest-signature': signature } : {}),
    },
    body: canonical(body),
  });
}

function sign(body: Record<string, unknown>, key = SIGNING_KEY): string {
  const ts = Math.round(Date.now() / 1000).toString();
  const hmac = createHmac('sha256', key.replace(/^signkey-\w+-/, ''));
  return `t=${ts}&s=${hmac.update(canonical(body) + ts).digest('hex')}`;
}

const production = { NODE_ENV: 'production', INNGEST_EVENT_KEY: 'event-key' };

describe('the deployed Inngest endpoint with a signing key', () => {
  const config = parseConfig({ ...production, INNGEST_SIGNING_KEY: SIGNING_KEY });

  it('answers an unsigned call with 401 and runs nothing', async () => {
    const { runs, handler } = servedRecorder({ isDev: false, signingKey: SIGNING_KEY });
    const response = await guardInngestEndpoint(config, handler)(post(callBody()));
    expect(response.status).toBe(401);
    expect(runs).toEqual([]);
  });

  it('answers a call signed with another key with 401 and runs nothing', async () => {
    const { runs, handler } = servedRecorder({ isDev: false, signingKey: SIGNING_KEY });
    const body = callBody();
    const forged = sign(body, 'signkey-prod-00000000000000000000000000000000');
    const response = await guardInngestEndpoint(config, handler)(post(body, forged));
    expect(response.status).toBe(401);
    expect(runs).toEqual([]);
  });

  it('is refused by the SDK too in cloud mode, guard or not (the guard is a second lock)', async () => {
    const { runs, handler } = servedRecorder({ isDev: false, signingKey: SIGNING_KEY });
    const response = await handler(post(callBody()));
    expect(response.status).toBe(401);
    expect(runs).toEqual([]);
  });

  it('runs a call Inngest signed', async () => {
    const { runs, handler } = servedRecorder({ isDev: false, signingKey: SIGNING_KEY });
    const body = callBody();
    const response = await guardInngestEndpoint(config, handler)(post(body, sign(body)));
    expect(response.status).toBe(200);
    expect(await response.json()).toBe('ran');
    expect(runs).toEqual(['evt-1']);
  });
});

describe('the deployed Inngest endpoint without a signing key', () => {
  it('refuses every request with 401, runs nothing, and says why once in the log', async () => {
    // As the Netlify function is today without keys: the client in dev mode, no verification.
    const { runs, handler } = servedRecorder({ isDev: true });
    const log: string[] = [];
    const guarded = guardInngestEndpoint(parseConfig({ NETLIFY: 'true' }), handler, (line) =>
      log.push(line),
    );
    const call = await guarded(post(callBody()));
    const introspection = await guarded(
      new Request(URL_, { headers: { host: 'waymark.example' } }),
    );
    expect([call.status, introspection.status]).toEqual([401, 401]);
    expect(runs).toEqual([]);
    expect(log).toEqual([
      'Refusing to serve /api/inngest: INNGEST_SIGNING_KEY is not set in a deployed context (NETLIFY=true). Set INNGEST_SIGNING_KEY to your Inngest signing key.',
    ]);
  });

  it('refuses with a key when INNGEST_DEV would turn signature checks off', async () => {
    const { runs, handler } = servedRecorder({ isDev: true, signingKey: SIGNING_KEY });
    const log: string[] = [];
    const config = parseConfig({
      ...production,
      INNGEST_SIGNING_KEY: SIGNING_KEY,
      INNGEST_DEV: '1',
    });
    const body = callBody();
    const response = await guardInngestEndpoint(config, handler, (line) => log.push(line))(
      post(body, sign(body)),
    );
    expect(response.status).toBe(401);
    expect(runs).toEqual([]);
    expect(log[0]).toMatch(/INNGEST_DEV/);
  });
});

describe('the local Inngest endpoint', () => {
  it('is left to the SDK (npm start and netlify dev with the Inngest dev server)', async () => {
    const { runs, handler } = servedRecorder({ isDev: true });
    const log: string[] = [];
    const guarded = guardInngestEndpoint(parseConfig({}), handler, (line) => log.push(line));
    expect(guarded).toBe(handler);
    expect(log).toEqual([]);
    expect(runs).toEqual([]);
  });
});
