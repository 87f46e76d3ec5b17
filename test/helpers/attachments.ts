// The whole app with local attachment storage, for the attachments' end-to-end tests: the app
// (serving /files/ links), the API and the durable functions share one storage in a temporary
// data folder.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Executor } from '../../lib/automation/executor/executor.ts';
import { parseConfig } from '../../lib/config.ts';
import type { Attachment } from '../../lib/conversations/message.ts';
import type { Db } from '../../lib/db/port.ts';
import type { ConnectorApis } from '../../lib/integrations/connector.ts';
import type { IntegrationServices } from '../../lib/integrations/services.ts';
import { type App, createApp } from '../../lib/server/app.ts';
import { setUpAuth } from '../../lib/server/auth-setup.ts';
import { createLocalStorage } from '../../lib/storage/local-storage.ts';
import { DEFAULT_CONNECTOR_APIS, startTestAutomation, testVault } from './automation.ts';
import { createTestApi, TEST_PUBLIC_URL } from './graphql.ts';

/** A conversation's messages with their attachments' links. */
export const CONVERSATION_ATTACHMENTS = `query($id: ID!) {
  conversation(id: $id) {
    messages(first: 20) { edges { node { text attachments { name mime size stored url } } } }
  }
}`;

export interface AttachmentsApp {
  app: App;
  api: ReturnType<typeof createTestApi>;
  executor: Executor;
  integrations: IntegrationServices;
  /** Drains the executor until nothing is left to run. */
  settle(): Promise<void>;
  /** The stored message with this text (trimmed), with its attachments as stored. */
  messageRow(
    text: string,
  ): Promise<{ id: string; conversationId: string; attachments: Attachment[] }>;
  close(): void;
}

export async function startAttachmentsApp(
  db: Db,
  apis: ConnectorApis = DEFAULT_CONNECTOR_APIS,
): Promise<AttachmentsApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-attachments-'));
  const integrations: IntegrationServices = {
    vault: testVault,
    apis,
    storage: createLocalStorage({
      root: join(dataDir, 'storage'),
      publicUrl: TEST_PUBLIC_URL,
      signingKey: randomBytes(32),
    }),
  };
  const config = parseConfig({ WAYMARK_DATA_DIR: dataDir, PUBLIC_URL: TEST_PUBLIC_URL });
  const app = createApp({
    db,
    auth: await setUpAuth(config, db),
    integrations,
    publicUrl: TEST_PUBLIC_URL,
  });
  const executor = await startTestAutomation(db, {
    connectorApis: apis,
    storage: integrations.storage,
  });
  return {
    app,
    api: createTestApi(db, { integrations }),
    executor,
    integrations,
    async settle() {
      for (let i = 0; i < 50; i++) if ((await executor.drain()) === 0) return;
    },
    async messageRow(text) {
      const [row] = await db.asService((tx) =>
        tx.query<{ id: string; conversationId: string; attachments: Attachment[] }>(
          `select id, conversation_id as "conversationId", attachments
             from conversations.messages where trim(text) = $1`,
          [text],
        ),
      );
      return row!;
    },
    close: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
