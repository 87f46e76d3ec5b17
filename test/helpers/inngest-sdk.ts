// Waymark's functions run by @inngest/test's engine, the SDK's own execution engine driven the
// way Inngest drives it: one invocation per step, the memoized state of the earlier steps handed
// back each time. Built for a real client and real services over a test database; events the
// functions send go to a loopback Inngest event API.
//
// Not covered here: @inngest/test 1.0.0 always starts the SDK in StepMode.Async, so the
// checkpointing mode Cloud uses by default (StepMode.AsyncCheckpointing: several steps per
// request, reported to Inngest's checkpoint API as they finish) never runs under it.
import type { ConnectorApis } from '../../lib/integrations/connector.ts';
import { DEFAULT_CONNECTOR_APIS, testVault } from './automation.ts';
import { InngestTestEngine, mockCtx } from '@inngest/test';
import { vi } from 'vitest';
import type { Db } from '../../lib/db/port.ts';
import type { SmtpSettings } from '../../lib/notifier/smtp.ts';
import { createInngestClient } from '../../inngest/client.ts';
import type { AutomationServices, FunctionFactory } from '../../inngest/services.ts';
import { type InngestEventApi, startInngestEventApi } from './inngest-event-api.ts';

const EVENT_KEY = 'test';

export interface SdkHarness {
  services: AutomationServices;
  /** Where step.sendEvent delivers: Inngest's event API on loopback. */
  eventApi: InngestEventApi;
  /**
   * A fresh engine per run: @inngest/test 1.0.0 memoizes step results per engine across
   * executions, so a second run on one engine would be handed the first run's outputs.
   */
  engineFor(factory: FunctionFactory, options?: EngineOptions): SdkEngine;
  close(): Promise<void>;
}

export interface EngineOptions {
  /**
   * What these step.waitForEvent calls resolve to (an event, or null for a timeout), by step id,
   * answered in the handler instead of by the engine. The engine's own way, a `steps` mock,
   * fails on inngest 4.24 with `EventValidationError: Event not found in triggers: undefined`:
   * the SDK validates the memoized wait's data before awaiting it, and @inngest/test 1.0.0
   * memoizes promises (inngest/inngest-js#1652). The wait registers no op then: its
   * registration is tested with executeStep, what follows it with this.
   */
  waits?: Record<string, unknown>;
}

export interface SdkEngine {
  engine: InngestTestEngine;
  /** How many times the engine invoked the function's handler (once per request to the SDK). */
  invocations(): number;
}

export async function startSdkHarness(
  db: Db,
  options: { smtp?: SmtpSettings; connectorApis?: ConnectorApis } = {},
): Promise<SdkHarness> {
  const eventApi = await startInngestEventApi(EVENT_KEY);
  const services: AutomationServices = {
    db,
    smtp: options.smtp,
    publicUrl: 'http://localhost:8888',
    integrations: { vault: testVault, apis: options.connectorApis ?? DEFAULT_CONNECTOR_APIS },
  };
  const inngest = createInngestClient({
    mode: 'inngest',
    eventKey: EVENT_KEY,
    baseUrl: eventApi.url,
  });
  return {
    services,
    eventApi,
    engineFor(factory, options = {}) {
      let invocations = 0;
      const engine = new InngestTestEngine({
        function: factory(inngest, services),
        transformCtx: (raw) => {
          invocations++;
          const ctx = mockCtx(raw);
          const { waits } = options;
          if (!waits) return ctx;
          const waitForEvent = ctx.step.waitForEvent;
          const answered = vi.fn(async (id: string, opts: unknown) =>
            id in waits ? waits[id] : waitForEvent(id, opts as never),
          ) as unknown as typeof waitForEvent;
          return { ...ctx, step: { ...ctx.step, waitForEvent: answered } };
        },
      });
      return { engine, invocations: () => invocations };
    },
    close: () => eventApi.close(),
  };
}

/** An event as the outbox relay hands it to Inngest: the outbox row's id, name, data and time. */
export interface OutboxEvent {
  id: string;
  name: string;
  data: Record<string, unknown>;
  ts: number;
}

/** The outbox's events of this name in one workspace, oldest first. */
export async function outboxEvents(db: Db, workspaceId: string, name: string) {
  const rows = await db.asService((tx) =>
    tx.query<{ id: string; name: string; data: Record<string, unknown>; created_at: Date }>(
      `select id, name, data, created_at from automation.outbox
        where workspace_id = $1 and name = $2 order by seq`,
      [workspaceId, name],
    ),
  );
  return rows.map((r): OutboxEvent => ({
    id: r.id,
    name: r.name,
    data: r.data,
    ts: new Date(r.created_at).getTime(),
  }));
}

/**
 * A step output as Inngest hands it back on a later request: through JSON (a Date becomes its
 * ISO string). The engine itself passes outputs on as they are.
 */
export function asHandedBack<T>(output: T): T {
  return output === undefined ? output : (JSON.parse(JSON.stringify(output)) as T);
}

/** Mocks for every output an engine run memoized (its `state`), as Inngest hands them back. */
export function handedBack(state: Record<string, Promise<unknown>>) {
  return Object.entries(state).map(([hashedId, output]) => ({
    id: hashedId,
    idIsHashed: true,
    handler: async () => asHandedBack(await output),
  }));
}
