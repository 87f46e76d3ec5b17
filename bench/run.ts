// `npm run bench`: each scenario on each database, contenders interleaved in one run, reported
// as ratios to their floor. Postgres runs on a throwaway local cluster (or BENCH_DATABASE_URL).
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { migrate } from '../lib/db/migrate.ts';
import { wrapPglite } from '../lib/db/pglite-adapter.ts';
import type { Db } from '../lib/db/port.ts';
import { openPostgres } from '../lib/db/postgres-adapter.ts';
import { findPostgresBin } from '../test/postgres/bin.ts';
import { startThrowawayCluster } from '../test/postgres/cluster.ts';
import { benchApiList } from './api-list.ts';
import { BACKFILL_BATCH, BACKFILL_MESSAGES, benchConnectors } from './connectors.ts';
import { benchExecutor } from './executor.ts';
import { ms, type Stats } from './measure.ts';
import { reportWorkflowBenchmarks } from './pipeline.ts';
import { benchPolicies } from './policies.ts';
import { benchRelay, RELAY_BATCH } from './relay.ts';
import { benchReplyTip } from './reply-tip.ts';
import { benchTips } from './tips.ts';
import { registerModules } from '../lib/server/modules.ts';

registerModules();
const iterations = Number(process.env.BENCH_ITERATIONS ?? 2000);
/** BENCH_ONLY=connectors,relay runs only those sections (each on both legs). */
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const runs = (section: string) => !only || only.includes(section);

interface Leg {
  name: string;
  db: Db;
  plainSelect: (sql: string, params: string[]) => Promise<unknown>;
  close: () => Promise<void>;
}

async function pgliteLeg(): Promise<Leg> {
  const pg = await PGlite.create();
  const db = wrapPglite(pg);
  await migrate(db);
  return {
    name: 'PGlite',
    db,
    plainSelect: (sql, params) => pg.query(sql, params),
    close: () => db.close(),
  };
}

async function postgresLeg(): Promise<Leg | undefined> {
  let url = process.env.BENCH_DATABASE_URL;
  let stop = () => {};
  if (!url) {
    if (!findPostgresBin()) return undefined;
    const cluster = await startThrowawayCluster();
    url = `${cluster.url}/postgres`;
    stop = cluster.stop;
  }
  const db = openPostgres(url, { max: 4 });
  await migrate(db);
  const raw = postgres(url, { max: 1, onnotice: () => {} });
  return {
    name: 'Postgres 15',
    db,
    plainSelect: (sql, params) => raw.unsafe(sql, params),
    close: async () => {
      await raw.end();
      await db.close();
      stop();
    },
  };
}

const legs = [await pgliteLeg(), await postgresLeg()].filter((l): l is Leg => Boolean(l));
if (legs.length < 2)
  console.warn('! No Postgres binaries or BENCH_DATABASE_URL: benchmarking PGlite only.');

console.log(`# Waymark benchmarks (${iterations} interleaved iterations per contender)\n`);
if (runs('policies')) reportPolicyBenchmarks(iterations);
for (const leg of legs) {
  if (runs('api-list')) await reportApiListBenchmarks(leg, iterations);
  if (runs('pipeline')) await reportWorkflowBenchmarks(leg.db, leg.name, iterations);
  if (runs('executor')) await reportExecutorBenchmarks(leg.db, leg.name, iterations);
  if (runs('relay')) await reportRelayBenchmarks(leg.db, leg.name, iterations);
  if (runs('tips')) await reportTipBenchmarks(leg.db, leg.name, iterations);
  if (runs('connectors')) await reportConnectorBenchmarks(leg.db, leg.name, iterations);
  await leg.close();
}

async function reportApiListBenchmarks(leg: Leg, iterations: number) {
  const { stats, statementsPerRequest } = await benchApiList(leg.db, leg.plainSelect, iterations);
  const floor = stats.get('RLS transaction floor')!;
  console.log(`## organizations(first: 20) on ${leg.name}\n`);
  console.log('| contender | p50 | p95 | p50 / RLS floor |');
  console.log('|---|---|---|---|');
  for (const [name, s] of stats) {
    console.log(`| ${name} | ${ms(s.p50)} | ${ms(s.p95)} | ${(s.p50 / floor.p50).toFixed(2)}× |`);
  }
  console.log(
    `\nStatements per GraphQL request: ${statementsPerRequest} (begin, RLS context, list, commit).\n`,
  );
}

/** A backfill round is 10,000 messages: a round per 200 iterations, at least 3. */
async function reportConnectorBenchmarks(db: Db, legName: string, iterations: number) {
  const rounds = Math.max(3, Math.round(iterations / 200));
  const { ack, backfill } = await benchConnectors(db, iterations, rounds);
  const [floor, statements, acked] = [...ack.values()];
  console.log(`## Connectors: a Telegram webhook acknowledged, in process, on ${legName}\n`);
  console.log('| contender | p50 | p95 | p50 / floor |');
  console.log('|---|---|---|---|');
  for (const [name, s] of ack) {
    console.log(`| ${name} | ${ms(s.p50)} | ${ms(s.p95)} | ${(s.p50 / floor!.p50).toFixed(2)}× |`);
  }
  console.log(
    `\nThe acknowledgement (createApp's fetch handler, no socket) is ${(acked!.p50 / floor!.p50).toFixed(2)}× one committed insert at p50 (target ≤ 2×); its statements alone are ${(statements!.p50 / floor!.p50).toFixed(2)}×, so the handler's own work (request, route, secret check, vault, zod) is ${ms(acked!.p50 - statements!.p50)}.\n`,
  );
  const [rawFloor, pulled] = [...backfill.values()];
  const perSecond = (seconds: number) => Math.round(BACKFILL_MESSAGES / seconds);
  console.log(
    `## Connectors: a backfill of ${BACKFILL_MESSAGES} Telegram updates from the loopback fake on ${legName} (${rounds} rounds)\n`,
  );
  console.log('| contender | p50 | slowest | messages/s (p50) | p50 / floor |');
  console.log('|---|---|---|---|---|');
  for (const [name, s] of backfill) {
    const slowest = s.p95; // with a handful of rounds, the 95th percentile is the slowest round
    console.log(
      `| ${name} | ${ms(s.p50 * 1000)} | ${ms(slowest * 1000)} | ${perSecond(s.p50)} | ${(s.p50 / rawFloor!.p50).toFixed(2)}× |`,
    );
  }
  console.log(
    `\nThe pull path stores ${perSecond(pulled!.p50)} messages/s (target ≥ 2,000 on Postgres), grouped into conversations and matched to people, in batches of ${BACKFILL_BATCH}.\n`,
  );
  const reply = await benchReplyTip(db, iterations);
  console.log(
    `## Connectors: an inbound message to its reply tip on ${legName}\n\nA Telegram webhook from a contact on the user's open deal, due on arrival, to the persisted and delivered tip through the embedded executor (ingest-webhook-delivery, request-tip-on-unanswered-message, decide-tip): ${ms(reply.messageToTip.p50)} p50, ${ms(reply.messageToTip.p95)} p95 (n = ${reply.messageToTip.n}; target ≤ 50 ms p50 on Postgres). The decision offered the reply in ${Math.round(reply.replyShare * 100)}% of the rounds.\n`,
  );
}

/** Executor runs are ~100× a list request: a tenth of the iterations keeps the run short. */
async function reportExecutorBenchmarks(db: Db, legName: string, iterations: number) {
  const stats = await benchExecutor(db, Math.max(20, Math.round(iterations / 10)));
  const insert = stats.get('committed insert')!;
  const zero = stats.get('run of 0 steps')!;
  const ten = stats.get('run of 10 steps')!;
  const perStep = (ten.p50 - zero.p50) / 10;
  const handlerCall = stats.get('serve() handler call for one step (no executor)')!;
  console.log(`## The embedded executor on ${legName}\n`);
  console.log('| contender | p50 | p95 |');
  console.log('|---|---|---|');
  for (const [name, s] of stats) console.log(`| ${name} | ${ms(s.p50)} | ${ms(s.p95)} |`);
  console.log(
    `\nPer no-op step (10-step run minus 0-step run, / 10): ${ms(perStep)} p50, of which the SDK's handler call is ${ms(handlerCall.p50)}; the executor's own share is ${ms(perStep - handlerCall.p50)} = ${((perStep - handlerCall.p50) / insert.p50).toFixed(1)}× a committed insert.\n`,
  );
}

/** A batch is 100 events: a tenth of the iterations. */
async function reportRelayBenchmarks(db: Db, legName: string, iterations: number) {
  const stats = await benchRelay(db, Math.max(20, Math.round(iterations / 10)));
  const [floor, relayed] = [...stats.values()];
  console.log(`## The outbox relay to Inngest's event API (loopback) on ${legName}\n`);
  console.log('| contender | p50 | p95 | p50 / floor |');
  console.log('|---|---|---|---|');
  for (const [name, s] of stats) {
    console.log(`| ${name} | ${ms(s.p50)} | ${ms(s.p95)} | ${(s.p50 / floor!.p50).toFixed(2)}× |`);
  }
  console.log(
    `\nRelaying adds ${ms((relayed!.p50 - floor!.p50) / RELAY_BATCH)} per event (p50), in batches of ${RELAY_BATCH}.\n`,
  );
}

async function reportTipBenchmarks(db: Db, legName: string, iterations: number) {
  const r = await benchTips(db, Math.max(100, Math.round(iterations / 4)));
  const table = (stats: Map<string, Stats>, floorName: string) => {
    const floor = stats.get(floorName)!;
    console.log('| contender | p50 | p95 | p50 / floor |');
    console.log('|---|---|---|---|');
    for (const [name, s] of stats) {
      console.log(`| ${name} | ${ms(s.p50)} | ${ms(s.p95)} | ${(s.p50 / floor.p50).toFixed(2)}× |`);
    }
  };
  console.log(`## The tip decision on ${legName} (${r.candidates} candidates)\n`);
  table(r.decision, 'RLS floor: the same 3 statements');
  console.log(
    `\nStatements per decision: ${r.statementsPerDecision}; round trips on Postgres: 3 (begin, RLS context, candidates and policies in one flight; the insert; the end), 4 for requestNextTip, which looks for an open tip first. CPU outside the database (features + live and 3 shadow policies): ${ms(r.cpu.p50)} p50, ${ms(r.cpu.p95)} p95.\n`,
  );
  console.log(`## requestNextTip(input: { workspaceId }) with an open tip on ${legName}\n`);
  table(r.nextTip, 'RLS floor: newest open tip');
  console.log(`\nStatements per request: ${r.statementsPerNextTip}.\n`);
  console.log(
    `## Signal to tip through the embedded executor on ${legName}\n\ntip/requested to a persisted tip delivered in-app (decide-tip's 5 steps: fetch-candidates, assemble-context, score, persist, notify): ${ms(r.signalToTip.p50)} p50, ${ms(r.signalToTip.p95)} p95 (n = ${r.signalToTip.n}).\n`,
  );
}

/** Pure CPU, no database: once per run. */
function reportPolicyBenchmarks(iterations: number) {
  const stats = benchPolicies(iterations);
  console.log('## Policy scoring: 50 candidates × 20 features, states trained by 500 updates\n');
  console.log('| policy call | p50 | p95 |');
  console.log('|---|---|---|');
  for (const [name, s] of stats) console.log(`| ${name} | ${ms(s.p50)} | ${ms(s.p95)} |`);
  console.log('');
}
