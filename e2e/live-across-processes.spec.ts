// Live updates across processes: a page connected to one server process hears a tip that another
// process delivers. Two servers share a throwaway Postgres; the page's server runs no functions,
// so the tip back from its snooze can only be delivered by the other one (as a worker would).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPostgresBin } from '../test/postgres/bin.ts';
import { startThrowawayCluster } from '../test/postgres/cluster.ts';
import { freePort } from '../test/helpers/free-port.ts';
import { type ServerProcess, startServerProcess } from './server-process.ts';
import {
  createDeal,
  currentTip,
  expect,
  snoozeTipElsewhere,
  startWithNewWorkspace,
  test,
} from './support.ts';

const hasPostgres = findPostgresBin() !== undefined;
if (!hasPostgres && process.env.CI) throw new Error('CI must run this test: install postgresql');

const pagePort = await freePort();
const pageUrl = `http://localhost:${pagePort}`;

let cluster: Awaited<ReturnType<typeof startThrowawayCluster>> | undefined;
let dataDir: string | undefined;
const servers: ServerProcess[] = [];
let functionsServer: ServerProcess;

test.skip(!hasPostgres, 'needs the Postgres server binaries (apt-get install postgresql)');
test.use({ baseURL: pageUrl });

test.beforeAll(async () => {
  test.setTimeout(480_000);
  cluster = await startThrowawayCluster();
  // Shared by both: the embedded auth's secrets live here, and one PUBLIC_URL (the address
  // people reach, as behind a load balancer) is the tokens' issuer, so each verifies the other's.
  dataDir = mkdtempSync(join(tmpdir(), 'waymark-e2e-live-'));
  const env = {
    DATABASE_URL: `${cluster.url}/postgres`,
    WAYMARK_DATA_DIR: dataDir,
    PUBLIC_URL: pageUrl,
    WAYMARK_SEED_DEMO: 'false',
  };
  // One after the other: the first migrates the new database.
  servers.push(
    await startServerProcess({ port: pagePort, env: { ...env, WAYMARK_RUN_FUNCTIONS: 'false' } }),
  );
  functionsServer = await startServerProcess({
    port: await freePort(),
    env,
    args: ['--no-web-build'],
  });
  servers.push(functionsServer);
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  cluster?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('a tip delivered by another server process arrives live on Today', async ({ page }) => {
  await startWithNewWorkspace(page, 'across');
  await createDeal(page, 'Umbrella renewal', '8000');

  // Today opens its tipAdded stream; once the server answers it, the server is listening.
  const streamOpen = page.waitForResponse(
    (response) =>
      response.url().endsWith('/graphql') && /tipAdded/.test(response.request().postData() ?? ''),
  );
  await page.getByRole('link', { name: 'Today', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  const title = currentTip(page).getByRole('heading', { level: 2 });
  await expect(title).not.toHaveText('');
  const shown = (await title.textContent())!;
  expect((await streamOpen).status()).toBe(200);

  // Through the other process, the same user snoozes the tip for two seconds; that process's
  // executor reopens it and delivers it in-app when the snooze ends.
  await snoozeTipElsewhere(page, shown, functionsServer.url);

  // No reload: the page on the first process shows the tip the second one delivered.
  await expect(currentTip(page).getByText(`New tip: “${shown}”.`)).toBeVisible({
    timeout: 60_000,
  });
  await expect(title).toHaveText(shown);
});
