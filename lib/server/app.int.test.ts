// The whole app as `npm start` serves it, over a real socket: the demo user signs in with the real
// supabase-js client against the embedded auth server, then queries GraphQL with that session.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { serveHandler, type ServedHandler } from '../../test/helpers/auth-server.ts';
import { DEFAULT_CONNECTOR_APIS, testVault } from '../../test/helpers/automation.ts';
import { openTestDb } from '../../test/helpers/test-db.ts';
import { parseConfig } from '../config.ts';
import type { Db } from '../db/port.ts';
import { seedDemo } from '../seed/demo.ts';
import { createApp } from './app.ts';
import { setUpAuth } from './auth-setup.ts';

let db: Db;
let server: ServedHandler;
let dataDir: string;
let demo: { email: string; password: string };
// The SPA's unbuilt index.html is enough to check the routing.
const staticDir = join(import.meta.dirname, '../../frontend');

beforeAll(async () => {
  db = await openTestDb();
  dataDir = mkdtempSync(join(tmpdir(), 'waymark-app-'));
  server = await serveHandler(async (url) => {
    const config = parseConfig({ WAYMARK_DATA_DIR: dataDir, PUBLIC_URL: url });
    demo = await seedDemo(db, dataDir);
    return createApp({
      db,
      auth: await setUpAuth(config, db),
      staticDir,
      integrations: { vault: testVault, apis: DEFAULT_CONNECTOR_APIS },
      publicUrl: url,
    });
  });
});
afterAll(async () => {
  await server.close();
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the server', () => {
  it('lets the demo user sign in with supabase-js and query the seeded workspace', async () => {
    const config = (await (await fetch(`${server.url}/api/config`)).json()) as {
      supabaseUrl: string;
      supabaseAnonKey: string;
    };
    expect(Object.keys(config).sort()).toEqual(['supabaseAnonKey', 'supabaseUrl']);
    const supabase = createClient(config.supabaseUrl, config.supabaseAnonKey, {
      auth: { persistSession: false, autoRefreshToken: false },
      realtime: { transport: WebSocket as never },
    });
    const { data, error } = await supabase.auth.signInWithPassword(demo);
    expect(error).toBeNull();
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${data.session!.access_token}`,
      },
      body: JSON.stringify({
        query: '{ me { email workspaces { id name } } }',
      }),
    });
    const body = (await response.json()) as {
      data: { me: { email: string; workspaces: { id: string; name: string }[] } };
    };
    expect(body.data.me.email).toBe(demo.email);
    expect(body.data.me.workspaces.map((w) => w.name)).toEqual(['Acme Demo']);
    const orgs = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${data.session!.access_token}`,
      },
      body: JSON.stringify({
        query:
          'query($ws: ID!) { organizations(workspaceId: $ws, first: 3) { edges { node { name } } } }',
        variables: { ws: body.data.me.workspaces[0]!.id },
      }),
    });
    const names = ((await orgs.json()) as any).data.organizations.edges.map(
      (e: any) => e.node.name,
    );
    expect(names).toEqual(['Globex Corporation', 'Initech', 'Northwind Traders']);
  });

  it('seeds the demo workspace once: a second seed changes nothing', async () => {
    const again = await seedDemo(db, dataDir);
    expect(again).toMatchObject({ email: demo.email, password: demo.password, created: false });
    const count = await db.asService((tx) =>
      tx.query<{ n: number }>(
        "select count(*)::int as n from workspaces.workspaces where slug = 'acme-demo'",
      ),
    );
    expect(count[0]?.n).toBe(1);
  });

  it('seeds a pipeline: deals across the sales steps and leads across the lead steps, with history', async () => {
    const stages = await db.asService((tx) =>
      tx.query<{ entity_type: string; key: string; n: number; moves: number }>(
        `select p.entity_type, s.key, count(*)::int as n,
                sum((select count(*) from wfm.status_history h
                      where h.project_id = p.id and h.kind = 'move'))::int as moves
           from wfm.projects p
           join wfm.workflow_steps s on s.id = p.current_step_id
           join workspaces.workspaces w on w.id = p.workspace_id and w.slug = 'acme-demo'
          group by 1, 2`,
      ),
    );
    const keys = (type: string) => stages.filter((s) => s.entity_type === type).map((s) => s.key);
    expect(keys('deal').sort()).toEqual([
      'closed_lost',
      'closed_won',
      'discovery',
      'initial_contact',
      'negotiation',
      'proposal',
      'qualification',
    ]);
    expect(keys('lead').sort()).toEqual([
      'contacted',
      'converted',
      'disqualified',
      'new',
      'qualified',
    ]);
    expect(stages.find((s) => s.key === 'closed_won')?.moves).toBe(5);
  });

  it('answers /healthz with the database it uses', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: db.kind });
  });

  it('serves the SPA at / and for client-side routes, but never files outside its folder', async () => {
    const home = await fetch(`${server.url}/`);
    expect(home.headers.get('content-type')).toContain('text/html');
    expect(await home.text()).toContain('<title>Waymark</title>');
    const deepLink = await fetch(`${server.url}/pipeline/some-deal`);
    expect(await deepLink.text()).toContain('<title>Waymark</title>');
    // One level up from the SPA's folder (frontend/) is the repository, with its package.json.
    const escape = await fetch(`${server.url}/..%2fpackage.json`);
    expect(await escape.text()).toContain('<title>Waymark</title>');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await fetch(`${server.url}/api/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'not_found' });
  });

  it('keeps the signing secret out of every public answer', async () => {
    const secrets = JSON.parse(
      await import('node:fs/promises').then((fs) =>
        fs.readFile(join(dataDir, 'secrets.json'), 'utf8'),
      ),
    ) as { jwtSecret: string };
    for (const path of ['/api/config', '/healthz', '/']) {
      expect(await (await fetch(`${server.url}${path}`)).text()).not.toContain(secrets.jwtSecret);
    }
  });
});
