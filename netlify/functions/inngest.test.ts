// The Netlify function as deployed without Inngest's keys: the audit's forged POST ran a step as
// the service role; now every request gets 401 and the log says why.
import { afterAll, describe, expect, it, vi } from 'vitest';

afterAll(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('netlify/functions/inngest.ts deployed without INNGEST_SIGNING_KEY', () => {
  it('answers 401 to an unsigned call and to introspection, and logs the refusal', async () => {
    // At run time a Netlify function sees SITE_ID (and URL, SITE_NAME), not NETLIFY or CONTEXT.
    vi.stubEnv('SITE_ID', '1d01c0c0-4554-4747-93b8-34ce3448ab95');
    vi.stubEnv('NETLIFY_DEV', undefined);
    for (const name of ['INNGEST_SIGNING_KEY', 'INNGEST_EVENT_KEY', 'INNGEST_BASE_URL']) {
      vi.stubEnv(name, undefined);
    }
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { default: handler } = await import('./inngest.ts');
    const url = 'https://waymark.example/api/inngest';
    const headers = { host: 'waymark.example', 'content-type': 'application/json' };
    const call = await handler(
      new Request(`${url}?fnId=waymark-review-new-deal&stepId=step`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ event: { name: 'crm/deal.assigned', data: {} }, steps: {} }),
      }),
    );
    const introspection = await handler(new Request(url, { headers }));
    expect([call.status, introspection.status]).toEqual([401, 401]);
    expect(errors.mock.calls.map((c) => String(c[0]))).toContainEqual(
      expect.stringContaining('Refusing to serve /api/inngest: INNGEST_SIGNING_KEY is not set'),
    );
  });
});
