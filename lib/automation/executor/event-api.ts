// The executor's event API, as the Inngest SDK calls it (`POST <base>/e/<eventKey>` with a JSON
// event or array of events): answers exactly `{ ids, status: 200 }`, the only shape the SDK
// accepts. Invalid events are refused with 400 and nothing is stored.
import { InvalidEventError } from '../event-checks.ts';
import type { Executor, IncomingEvent } from './executor.ts';

export function createEventApi(executor: () => Executor | undefined) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'POST')
      return Response.json({ error: 'method not allowed', status: 405 }, { status: 405 });
    const target = executor();
    if (!target)
      return Response.json(
        { error: 'the embedded executor is not running', status: 503 },
        { status: 503 },
      );
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return Response.json({ error: 'the body is not JSON', status: 400 }, { status: 400 });
    }
    const events = (Array.isArray(body) ? body : [body]) as IncomingEvent[];
    if (!events.every((e) => e && typeof e === 'object' && typeof e.name === 'string')) {
      return Response.json({ error: 'every event needs a name', status: 400 }, { status: 400 });
    }
    try {
      const ids = await target.send(events);
      return Response.json({ ids, status: 200 });
    } catch (error) {
      if (error instanceof InvalidEventError)
        return Response.json({ error: error.message, status: 400 }, { status: 400 });
      throw error;
    }
  };
}
