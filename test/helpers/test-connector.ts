// A small in-test adapter implementing the Connector port, for the generic parts' tests (webhook
// endpoint, ingestion, pull sync, dead letters): registered under a channel kind by the test that
// uses it. It speaks a toy protocol: a webhook carries `x-test-secret: <token>` and a JSON body
// `{ "items": [{ "id", "text" }] }`; a pull reads pages the test queued.
import { z } from 'zod';
import type { Channel, InboundMessage } from '../../lib/conversations/message.ts';
import { type Connector, ConnectorError, type PullPage } from '../../lib/integrations/connector.ts';
import { registerConnector } from '../../lib/integrations/registry.ts';

const Credentials = z.object({ token: z.string().min(8) });
const Settings = z.object({ gap: z.number().int().positive().optional() });
type Credentials = z.infer<typeof Credentials>;

export interface TestItem {
  id: string;
  text?: string;
  from?: string;
}

export interface TestConnectorControl {
  connector: Connector<Credentials, z.infer<typeof Settings>>;
  /** Tokens the platform refuses (as revoked), with a message that quotes the token. */
  revoked: Set<string>;
  /** Pages a pull returns after the cursor: pages[n] has cursor n + 1. */
  pages: { scope: string; items: TestItem[]; malformed?: TestItem[] }[];
  /** Fail the pull with this error (the platform's ConnectorError, or any other) after this many pages. */
  failPullAfter?: { pages: number; error: Error } | undefined;
  /** Messages without text are malformed unless this is set (the "fix" a replay relies on). */
  acceptEmpty: boolean;
}

export function message(item: TestItem): InboundMessage {
  if (!item.text && !control.acceptEmpty) throw new Error(`item ${item.id} has no text`);
  return {
    externalId: item.id,
    externalThreadId: 'thread-1',
    direction: 'inbound',
    from: { handle: item.from ?? 'test:ada', name: 'Ada' },
    sentAt: new Date(
      Date.parse('2026-12-01T09:00:00Z') + Number(item.id.replace(/\D/g, '') || 0) * 1000,
    ).toISOString(),
    text: item.text ?? '',
  };
}

let control: TestConnectorControl;

export function registerTestConnector(kind: Channel): TestConnectorControl {
  const revoked = new Set<string>();
  function refuseRevoked(credentials: Credentials) {
    if (revoked.has(credentials.token)) {
      // A platform that echoes the token back: the generic parts must scrub it.
      throw new ConnectorError(
        `invalid_auth: token ${credentials.token} was revoked`,
        'invalid_auth',
        false,
      );
    }
  }
  const connector: Connector<Credentials, z.infer<typeof Settings>> = {
    kind,
    credentials: Credentials,
    settings: Settings,
    hint: (c) => c.token,
    async test(env) {
      refuseRevoked(env.credentials);
      return { accountName: 'Test account' };
    },
    async webhook(env, request) {
      if (request.headers.get('x-test-secret') !== env.credentials.token) {
        return { kind: 'unauthorized', reason: 'bad secret' };
      }
      const body = JSON.parse(request.rawBody) as { challenge?: string; items?: TestItem[] };
      if (body.challenge)
        return { kind: 'respond', response: Response.json({ challenge: body.challenge }) };
      return {
        kind: 'items',
        items: (body.items ?? []).map((item) => ({ externalId: item.id, payload: item })),
      };
    },
    async normalize(_env, payload) {
      return [message(payload as TestItem)];
    },
    async *pull(env, cursors): AsyncIterable<PullPage> {
      let at = Number(cursors.get('main') ?? 0);
      let served = 0;
      while (at < control.pages.length) {
        const fail = control.failPullAfter;
        if (fail && served >= fail.pages) throw fail.error;
        refuseRevoked(env.credentials);
        const page = control.pages[at]!;
        at++;
        served++;
        yield {
          scope: page.scope,
          messages: page.items.map(message),
          malformed: (page.malformed ?? []).map((m) => ({
            externalId: m.id,
            payload: m,
            error: 'no text',
          })),
          cursor: at,
        };
      }
    },
    async send() {
      return { externalId: 'sent-1', sentAt: new Date().toISOString() };
    },
  };
  control = { connector, revoked, pages: [], acceptEmpty: false };
  registerConnector(connector);
  return control;
}
