// supabase/seed.sql, generated from the TypeScript demo seed so the two cannot drift: the seed
// runs on a fresh PGlite with the clock stopped at REFERENCE_TIME, and every row it added is
// written out as INSERTs, with times moved to "now" when seed.sql runs and ids renumbered in
// order of appearance. Stopping the clock and renumbering make the output the same on every run,
// so a test can compare it with the committed file (lib/seed/seed-sql.int.test.ts).
import { createAuthUser } from '../auth/service.ts';
import { migrate } from '../db/migrate.ts';
import { openPglite } from '../db/pglite-adapter.ts';
import type { OwnerTx } from '../db/port.ts';
import { appSchemas } from '../db/reset.ts';
import { DEMO_EMAIL, seedDemoWorkspace } from './demo.ts';

/** The instant the generator's clock shows; seed.sql shifts every time by (now() - this). */
export const REFERENCE_TIME = '2026-01-15T12:00:00.000Z';

/**
 * A LOCAL DEMO CREDENTIAL, not a secret: the demo user exists only on a local `supabase start`
 * stack seeded from seed.sql (hosted projects are never seeded from it).
 */
export const LOCAL_DEMO_PASSWORD = 'waymark-local-demo';

/** Ids Waymark itself fixes (the system user): kept as they are. */
const FIXED_UUID = /^00000000-0000-0000-0000-/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

interface Column {
  name: string;
  type: string;
}
interface Table {
  name: string;
  columns: Column[];
}

export async function generateSeedSql(): Promise<string> {
  const restoreClock = stopClock(Date.parse(REFERENCE_TIME));
  const db = await openPglite(undefined);
  try {
    await migrate(db);
    const tables = await db.asOwner((tx) => listTables(tx));
    const before = await db.asOwner((tx) => snapshot(tx, tables));
    const user = await createAuthUser(db, { email: DEMO_EMAIL, password: LOCAL_DEMO_PASSWORD });
    await seedDemoWorkspace(db, user);
    const after = await db.asOwner((tx) => snapshot(tx, tables));
    const sequences = await db.asOwner((tx) => listSequences(tx));
    return render(user.id, tables, before, after, sequences);
  } finally {
    await db.close();
    restoreClock();
  }
}

/** Date.now() and new Date() show `at` (PGlite's now() reads Date.now too) until restored. */
function stopClock(at: number): () => void {
  const RealDate = Date;
  class StoppedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(at);
      else super(...(args as [number]));
    }
    static override now() {
      return at;
    }
  }
  globalThis.Date = StoppedDate as DateConstructor;
  return () => {
    globalThis.Date = RealDate;
  };
}

/** The app's tables, parents before the tables whose foreign keys point at them. */
async function listTables(tx: OwnerTx): Promise<Table[]> {
  const { schemas } = await appSchemas();
  const rows = await tx.query<{ name: string; columns: Column[]; parents: string[] }>(
    `select format('%I.%I', n.nspname, c.relname) as name,
            (select jsonb_agg(jsonb_build_object('name', a.attname,
                                                 'type', format_type(a.atttypid, a.atttypmod))
                              order by a.attnum)
               from pg_attribute a
              where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                and a.attgenerated = '') as columns,
            coalesce((select array_agg(distinct format('%I.%I', pn.nspname, p.relname))
                        from pg_constraint k
                        join pg_class p on p.oid = k.confrelid
                        join pg_namespace pn on pn.oid = p.relnamespace
                       where k.conrelid = c.oid and k.contype = 'f' and k.confrelid <> c.oid),
                     '{}') as parents
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and not c.relispartition and n.nspname = any ($1::text[])
      order by 1`,
    [`{${schemas.join(',')}}`],
  );
  const ordered: Table[] = [];
  const placed = new Set<string>();
  const visit = (row: (typeof rows)[number], path: Set<string>) => {
    if (placed.has(row.name) || path.has(row.name)) return;
    path.add(row.name);
    for (const parent of row.parents) {
      const parentRow = rows.find((r) => r.name === parent);
      if (parentRow) visit(parentRow, path);
    }
    placed.add(row.name);
    ordered.push({ name: row.name, columns: row.columns });
  };
  for (const row of rows) visit(row, new Set());
  return ordered;
}

/** Each table's rows as JSON text, in the order they lie in the table. */
async function snapshot(tx: OwnerTx, tables: Table[]): Promise<Map<string, string[]>> {
  const rows = new Map<string, string[]>();
  for (const table of tables) {
    const result = await tx.query<{ row: string }>(
      `select to_jsonb(t)::text as row from ${table.name} t order by t.ctid`,
    );
    rows.set(
      table.name,
      result.map((r) => r.row),
    );
  }
  return rows;
}

async function listSequences(tx: OwnerTx): Promise<{ name: string; value: string | null }[]> {
  const { schemas } = await appSchemas();
  return tx.query(
    `select format('%I.%I', schemaname, sequencename) as name, last_value::text as value
       from pg_sequences where schemaname = any ($1::text[]) order by 1`,
    [`{${schemas.join(',')}}`],
  );
}

const SHIFT = `(now() - timestamptz '${REFERENCE_TIME}')`;
const DAY_SHIFT = `(current_date - date '${REFERENCE_TIME.slice(0, 10)}')`;

/** A column as seed.sql selects it: times moved by as much as "now" is past REFERENCE_TIME. */
function shifted({ name, type }: Column): string {
  const column = `"${name}"`;
  if (type === 'timestamp with time zone' || type === 'timestamp without time zone') {
    return `${column} + ${SHIFT}`;
  }
  if (type === 'date') return `${column} + ${DAY_SHIFT}`;
  return column;
}

function render(
  userId: string,
  tables: Table[],
  before: Map<string, string[]>,
  after: Map<string, string[]>,
  sequences: { name: string; value: string | null }[],
): string {
  const ids = new IdNumbers();
  const added = new Map(
    tables.map((t) => {
      const existing = new Set(before.get(t.name));
      return [t.name, (after.get(t.name) ?? []).filter((row) => !existing.has(row))] as const;
    }),
  );
  const out: string[] = [HEADER, ids.renumber(authUserSql(userId))];
  numberInStableOrder(ids, added);
  for (const table of tables) {
    // Sorted, not in table order: ctid order is not the same from run to run. One statement per
    // table, so foreign keys within a table are checked once all its rows are in.
    const rows = added
      .get(table.name)!
      .map((row) => ids.renumber(row))
      .sort();
    if (rows.length === 0) continue;
    const names = table.columns.map((c) => `"${c.name}"`).join(', ');
    out.push(
      `-- ${table.name}: ${rows.length} row${rows.length === 1 ? '' : 's'}\n` +
        `alter table ${table.name} disable trigger user;\n` +
        `insert into ${table.name} (${names}) overriding system value\n` +
        `select ${table.columns.map(shifted).join(', ')}\n` +
        `  from jsonb_populate_recordset(null::${table.name}, $rows$[\n` +
        `${rows.join(',\n')}\n]$rows$);\n` +
        `alter table ${table.name} enable trigger user;`,
    );
  }
  const advanced = sequences.filter((s) => s.value !== null);
  if (advanced.length > 0) {
    out.push(
      '-- Sequences continue after the rows above.\n' +
        advanced.map((s) => `select setval('${s.name}', ${s.value});`).join('\n'),
    );
  }
  return `${out.join('\n\n')}\n`;
}

/**
 * Gives the random ids numbers in an order that does not depend on them: table by table, rows
 * sorted by their content with the ids numbered so far shown and the others hidden. A table
 * whose rows cannot be told apart that way waits until another table has numbered more ids
 * (an event row is told apart by the deal it names, once the deals are numbered).
 */
function numberInStableOrder(ids: IdNumbers, added: Map<string, string[]>): void {
  const pending = [...added.keys()];
  while (pending.length > 0) {
    const ready = pending.find((name) => ids.distinguishes(added.get(name)!));
    const name = ready ?? pending[0]!;
    pending.splice(pending.indexOf(name), 1);
    const rows = added.get(name)!;
    for (const row of [...rows].sort((x, y) => ids.mask(x).localeCompare(ids.mask(y)))) {
      ids.renumber(row);
    }
  }
}

const HEADER = `-- GENERATED by \`npm run seed:sql\` from lib/seed/demo.ts: do not edit; a test fails when this
-- file differs from what the generator writes (lib/seed/seed-sql.int.test.ts).
--
-- The demo workspace for a local Supabase stack: \`supabase start\` and \`supabase db reset\` run
-- it after the migrations, as \`postgres\`. Supabase only: it writes the demo user the way GoTrue
-- keeps users (auth.users with a bcrypt hash from pgcrypto, and its email identity). Elsewhere
-- (\`npm start\` on PGlite, a plain Postgres) \`npm run seed\` seeds the same data.
--
-- Triggers are off while the rows go in: the rows already hold what the triggers made when the
-- seed ran (default workflows, histories, outbox events). Times are the seed's, moved to now.`;

function authUserSql(userId: string): string {
  return `-- LOCAL DEMO CREDENTIAL, not a secret: ${DEMO_EMAIL} / ${LOCAL_DEMO_PASSWORD} exists only on a
-- local stack seeded from this file. Never seed a reachable project with it.
insert into auth.users (instance_id, id, aud, role, email, encrypted_password,
  email_confirmed_at, raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
  confirmation_token, recovery_token, email_change_token_new, email_change)
values ('00000000-0000-0000-0000-000000000000', '${userId}', 'authenticated', 'authenticated',
  '${DEMO_EMAIL}', extensions.crypt('${LOCAL_DEMO_PASSWORD}', extensions.gen_salt('bf')),
  now(), '{"provider": "email", "providers": ["email"]}', '{}', now(), now(), '', '', '', '');
insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at,
  created_at, updated_at)
values ('${userId}', '${userId}',
  '{"sub": "${userId}", "email": "${DEMO_EMAIL}", "email_verified": true}', 'email', now(), now(),
  now());`;
}

/** Random ids become 00000000-0000-4000-8000-<n>, numbered in the order they are first met. */
class IdNumbers {
  private readonly numbers = new Map<string, string>();

  renumber(text: string): string {
    return text.replace(UUID, (id) => {
      if (FIXED_UUID.test(id)) return id;
      let number = this.numbers.get(id);
      if (!number) {
        number = `00000000-0000-4000-8000-${(this.numbers.size + 1).toString(16).padStart(12, '0')}`;
        this.numbers.set(id, number);
      }
      return number;
    });
  }

  /** The text with numbered ids as their numbers and the others as "?". */
  mask(text: string): string {
    return text.replace(UUID, (id) => (FIXED_UUID.test(id) ? id : (this.numbers.get(id) ?? '?')));
  }

  /** Whether every row that still holds an unnumbered id looks different from the others. */
  distinguishes(rows: string[]): boolean {
    const masks = rows.map((row) => this.mask(row));
    return new Set(masks).size === masks.length;
  }
}
