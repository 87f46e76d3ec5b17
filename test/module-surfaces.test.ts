// Module surfaces, checked the way RLS is: every SQL string a module holds may name its own
// schema's tables, but of other schemas only what they publish (views and functions, see
// supabase/migrations/*_module_surfaces.sql and docs/adr/0011-module-surfaces.md). The tables come
// from the migrations, so a table added tomorrow is covered without touching this file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

/** The schema each module owns. Modules not listed (db, graphql, server, seed, inngest…) own none. */
const OWN_SCHEMA: Record<string, string> = {
  'lib/auth': 'auth',
  'lib/automation': 'automation',
  'lib/conversations': 'conversations',
  'lib/crm': 'crm',
  'lib/integrations': 'integrations',
  'lib/notifier': 'notifier',
  'lib/recommender': 'recommender',
  'lib/wfm': 'wfm',
  'lib/workspaces': 'workspaces',
};

/**
 * Reads of another schema's table that are allowed for now, each with its reason. An entry that
 * no longer matches fails the test too, so the list only shrinks.
 */
const ALLOWED: { file: string; table: string; why: string }[] = [
  {
    file: 'lib/seed/demo.ts',
    table: 'auth.users',
    why: 'seeding: the demo user is created once, so the seed asks whether it already exists',
  },
  {
    file: 'lib/seed/seed-sql.ts',
    table: 'auth.users',
    why: "seeding: supabase/seed.sql writes the local stack's demo user the way GoTrue keeps users",
  },
  {
    file: 'lib/seed/demo-activity.ts',
    table: 'wfm.projects',
    why: 'seeding: backdates when deals entered their step, which no service may change',
  },
  {
    file: 'lib/seed/demo-inbox.ts',
    table: 'integrations.connections',
    why: "seeding: the demo's sample mailbox is a disabled connection without credentials, which no service creates (a real one is tested before it is saved)",
  },
  {
    file: 'lib/seed/demo-activity.ts',
    table: 'crm.leads',
    why: 'seeding: backdates when leads were last contacted, which no service may change',
  },
];

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

function migrations(): string {
  const dir = join(ROOT, 'supabase/migrations');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

/** Every `schema.table` a migration creates as a table (views and functions are not tables). */
function baseTables(sql: string): Set<string> {
  const created = sql.matchAll(/create\s+table\s+(?:if\s+not\s+exists\s+)?([a-z_]+\.[a-z_]+)/gi);
  return new Set([...created].map((m) => m[1]!.toLowerCase()));
}

/** The text of every string literal and template piece in a TypeScript file (comments excluded). */
function stringsOf(path: string, source: string): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function ownerOf(path: string): { module: string; schema: string | undefined } {
  const module = path.startsWith('lib/') ? path.split('/').slice(0, 2).join('/') : 'inngest';
  return { module, schema: OWN_SCHEMA[module] };
}

/** The other schemas' tables a file's strings name. */
function crossings(path: string, source: string, tables: Set<string>): string[] {
  const { schema } = ownerOf(path);
  const named = stringsOf(path, source).flatMap((s) =>
    [...s.matchAll(/\b([a-z_]+)\.([a-z_]+)\b/gi)].map((m) => m[0].toLowerCase()),
  );
  return [...new Set(named)].filter((t) => tables.has(t) && t.split('.')[0] !== schema).sort();
}

const SQL = migrations();
const TABLES = baseTables(SQL);
const SCANNED = [
  ...readdirSync(join(ROOT, 'lib'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => filesUnder(`lib/${e.name}`)),
  ...filesUnder('inngest'),
];

describe('module surfaces', () => {
  it('finds the tables in the migrations and the files to scan', () => {
    expect(TABLES).toContain('wfm.projects');
    expect(TABLES).toContain('workspaces.workspace_members');
    expect(SCANNED).toContain('lib/crm/deals/sql.ts');
    expect(SCANNED).toContain('inngest/functions/request-tips.ts');
  });

  it("flags SQL that joins another schema's table, and not its views, functions or comments", () => {
    const source = [
      '// reads wfm.projects, in a comment only',
      'const ok = `select * from wfm.entity_positions p where workspaces.has_role(p.workspace_id, $1)`;',
      'const bad = `select d.id from crm.deals d join wfm.projects p on p.entity_id = d.id`;',
    ].join('\n');
    expect(crossings('lib/crm/deals/sql.ts', source, TABLES)).toEqual(['wfm.projects']);
    expect(crossings('lib/wfm/sql.ts', source, TABLES)).toEqual(['crm.deals']);
  });

  it("no module's SQL names another schema's table, beyond the reasoned exceptions", () => {
    const found = SCANNED.flatMap((file) =>
      crossings(file, readFileSync(join(ROOT, file), 'utf8'), TABLES).map((table) => ({
        file,
        table,
      })),
    );
    const allowed = (f: { file: string; table: string }) =>
      ALLOWED.some((a) => a.file === f.file && a.table === f.table);
    expect(found.filter((f) => !allowed(f))).toEqual([]);
    // An exception that is gone from the code must leave the list too.
    expect(
      ALLOWED.filter((a) => !found.some((f) => f.file === a.file && f.table === a.table)),
    ).toEqual([]);
  });

  it('every view reads its tables as the caller, so RLS still applies through it', () => {
    const views = [
      ...SQL.matchAll(/create\s+(?:or\s+replace\s+)?view\s+([a-z_.]+)\s*([^;]*?)\s+as\s/gi),
    ];
    expect(views.length).toBeGreaterThan(0);
    const definer = views
      .filter((v) => !/with\s*\(\s*security_invoker\s*=\s*(true|on)\s*\)/i.test(v[2]!))
      .map((v) => v[1]);
    expect(definer).toEqual([]);
  });
});
