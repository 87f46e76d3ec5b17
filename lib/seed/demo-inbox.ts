// The demo's inbox: a sample mailbox with a few threads from the demo's contacts, so Inbox, the
// contacts' timelines and the "reply to" tips have something to show before anyone connects a
// real channel. The mailbox is disabled (nothing to sync, nowhere to send: replying says so) and
// its messages are stored the way ingestion stores every channel's.
import { type IngestTarget, storeInboundMessages } from '../conversations/ingest.ts';
import type { InboundMessage } from '../conversations/message.ts';
import type { Db } from '../db/port.ts';

export const DEMO_MAILBOX = 'sales@acme-demo.example';

const HOUR_MS = 3_600_000;

interface DemoMessage {
  /** Which thread (its first message's id) and this message's own id. */
  thread: string;
  id: string;
  from: { address: string; name: string };
  hoursAgo: number;
  subject: string;
  text: string;
}

const MESSAGES: DemoMessage[] = [
  {
    thread: 'rollout',
    id: 'rollout-1',
    from: { address: 'nancy@northwind.example.com', name: 'Nancy Davolio' },
    hoursAgo: 50,
    subject: 'Warehouse rollout: timeline',
    text: 'Hi! Could we start the rollout in our Leipzig warehouse in March instead of April? Our peak season starts early this year.',
  },
  {
    thread: 'rollout',
    id: 'rollout-2',
    from: { address: DEMO_MAILBOX, name: 'Acme Demo' },
    hoursAgo: 30,
    subject: 'Re: Warehouse rollout: timeline',
    text: 'Hi Nancy, March works. I will send the revised plan by Friday.',
  },
  {
    thread: 'rollout',
    id: 'rollout-3',
    from: { address: 'nancy@northwind.example.com', name: 'Nancy Davolio' },
    hoursAgo: 6,
    subject: 'Re: Warehouse rollout: timeline',
    text: 'Great, thanks. One more question: can the pilot cover both loading docks, or only one?',
  },
  {
    thread: 'renewal',
    id: 'renewal-1',
    from: { address: 'frank@globex.example.com', name: 'Frank Grimes' },
    hoursAgo: 26,
    subject: 'Support renewal quote',
    text: 'Hello, our support contract ends next month. Could you send us the renewal quote, with the 24/7 option priced separately?',
  },
  {
    thread: 'intro',
    id: 'intro-1',
    from: { address: 'jordan@newco.example', name: 'Jordan Lee' },
    hoursAgo: 3,
    subject: 'Interested in a demo',
    text: 'Hi, a colleague at Stark Logistics recommended you. Do you have 30 minutes next week for a demo?',
  },
  {
    thread: 'invoice',
    id: 'invoice-1',
    from: { address: 'pepper@stark-logistics.example.com', name: 'Pepper Potts' },
    hoursAgo: 75,
    subject: 'Invoice address',
    text: 'Please send future invoices to accounts@stark-logistics.example.com.',
  },
  {
    thread: 'invoice',
    id: 'invoice-2',
    from: { address: DEMO_MAILBOX, name: 'Acme Demo' },
    hoursAgo: 70,
    subject: 'Re: Invoice address',
    text: 'Done, thank you Pepper.',
  },
];

/** The sample mailbox and its threads, in the demo workspace (as the service, as ingestion runs). */
export async function seedDemoInbox(db: Db, workspaceId: string): Promise<void> {
  await db.asService(async (tx) => {
    const [connection] = await tx.query<{ id: string }>(
      `insert into integrations.connections
         (workspace_id, kind, name, status, settings, credentials, credentials_hint)
       values ($1, 'email', 'Sample mailbox (demo data)', 'disabled', '{}', '{}', 'none')
       returning id`,
      [workspaceId],
    );
    const target: IngestTarget = {
      workspaceId,
      connectionId: connection!.id,
      channel: 'email',
      privateOwnerId: null,
    };
    const now = Date.now();
    await storeInboundMessages(
      tx,
      target,
      MESSAGES.map((m) => toInbound(m, now)),
    );
  });
}

function toInbound(m: DemoMessage, now: number): InboundMessage {
  const messageId = `<${m.id}@demo.waymark.local>`;
  const outbound = m.from.address === DEMO_MAILBOX;
  return {
    externalId: messageId,
    externalThreadId: `<${m.thread}-1@demo.waymark.local>`,
    direction: outbound ? 'outbound' : 'inbound',
    from: { handle: m.from.address, name: m.from.name },
    to: [{ handle: outbound ? correspondentOf(m.thread) : DEMO_MAILBOX }],
    sentAt: new Date(now - m.hoursAgo * HOUR_MS).toISOString(),
    subject: m.subject,
    text: m.text,
    headers: { messageId, subject: m.subject },
  };
}

function correspondentOf(thread: string): string {
  return MESSAGES.find((m) => m.thread === thread && m.from.address !== DEMO_MAILBOX)!.from.address;
}
