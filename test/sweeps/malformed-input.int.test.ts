// The malformed-input sweep (issue 19): generated from the schema, so a field is covered the day
// it is added. For every mutation and every query field with arguments, one request per kind of
// malformed value (NUL bytes in text, ids and JSON keys, the system user's id, a DateTime Postgres
// cannot store, JSON nested thousands deep, extreme numbers, empty text), sent by a signed-in
// workspace owner. Every answer must be an expected
// one: no 5xx, no masked "Unexpected error.", nothing of a stack trace, file path or SQL text.
import {
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLNamedType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/port.ts';
import { SYSTEM_USER_ID } from '../../lib/db/port.ts';
import { schema } from '../../lib/graphql/schema.ts';
import { createTestApi } from '../helpers/graphql.ts';
import { openTestDb } from '../helpers/test-db.ts';
import { createWorkspaceWithOwner } from '../helpers/workspace.ts';

type Kind =
  | 'nul'
  | 'nul-required'
  | 'nul-id'
  | 'system-user'
  | 'date'
  | 'json'
  | 'huge'
  | 'negative'
  | 'empty';

/**
 * The malformed value of each kind, by the scalars it replaces. IDs stay well-formed under `nul`
 * (a NUL-byte id fails as not-a-uuid before reaching anything), so the NUL reaches the text;
 * `nul-id` puts it in the ids. `nul-required` sends the required fields only: an optional field
 * that is checked first (a slug) must not hide a required one that is not (a name).
 */
const MALFORMED: Record<Kind, Record<string, unknown>> = {
  nul: { String: 'a\u0000b', JSON: { 'k\u0000': 'v\u0000' }, JSONObject: { 'k\u0000': 'v' } },
  'nul-required': { String: 'a\u0000b' },
  'nul-id': { ID: 'a\u0000b' },
  // The system user (who writes what no one did) is no one's assignee, member or anything else.
  'system-user': { ID: SYSTEM_USER_ID },
  // Year 0 parses as RFC 3339 but Postgres has no year 0; +200000 is no RFC 3339 at all.
  date: { DateTime: '0000-01-01T00:00:00Z' },
  json: { JSON: '<deep json>', JSONObject: '<deep json>' },
  // Numbers at the ends of what GraphQL carries, and empty text and ids.
  huge: { Int: 2147483647, Float: 1e308, Decimal: '99999999999999999999999999.99' },
  negative: { Int: -2147483648, Float: -1e308, Decimal: '-1' },
  empty: { String: '', ID: '' },
};

// JSON.stringify recurses, and 6,000 levels overflow its stack: the nested object is put in the
// request body as text, where this mark stands.
const DEEP_JSON_MARK = MALFORMED.json.JSON;
const DEEP_JSON = `${'{"a":'.repeat(6000)}1${'}'.repeat(6000)}`;

/**
 * Kinds no field takes, whatever else the request holds: refused before any resolver runs (the
 * system user's id by mutations only; a query may filter by it).
 */
const REFUSED_AT_THE_BOUNDARY = new Set<Kind>([
  'nul',
  'nul-required',
  'nul-id',
  'system-user',
  'date',
  'json',
]);

/** What a sweep answer must never show: masked failures, stacks, paths, SQL. */
const LEAKS = [
  /Unexpected error\./,
  /\bat .+:\d+:\d+/, // a stack frame
  /\/(work|home|app|usr|tmp)\/|node_modules|\.ts:\d+/,
  /\b(select|insert into|update .+ set|delete from)\b/i,
  /violates|syntax error at|invalid byte sequence|SQLSTATE/i,
];

let db: Db;
let api: ReturnType<typeof createTestApi>;
let workspaceId: string;
let owner: Awaited<ReturnType<typeof createWorkspaceWithOwner>>['owner'];

beforeAll(async () => {
  db = await openTestDb();
  api = createTestApi(db);
  ({ owner, workspaceId } = await createWorkspaceWithOwner(db, api, 'Sweep'));
});
afterAll(() => db.close());

/** A well-formed value for a scalar, so the request reaches the field under test. */
function wellFormed(named: GraphQLNamedType): unknown {
  if (isEnumType(named)) return named.getValues()[0]!.name;
  switch (named.name) {
    case 'ID':
      return workspaceId;
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date(Date.now() + 86_400_000).toISOString();
    case 'JSON':
    case 'JSONObject':
      return {};
    case 'Decimal':
      return '1';
    default:
      return 'x';
  }
}

/** Fields that name a user: the system user's id goes there (other ids stay the workspace's). */
const USER_FIELD = /^(user|assignee|owner|member|actor)(Id|Ids)$|UserIds?$/;

/** A value of `type` with every scalar of the kind malformed and the rest well-formed. */
function valueOf(type: GraphQLInputType, kind: Kind, name: string, depth = 0): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, kind, name, depth);
  if (isListType(type)) return [valueOf(type.ofType, kind, name, depth)];
  if (isLeafType(type)) {
    const malformed =
      type.name in MALFORMED[kind] && (kind !== 'system-user' || USER_FIELD.test(name));
    return malformed ? MALFORMED[kind][type.name] : wellFormed(type);
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(
      (f) => isNonNullType(f.type) || (depth < 3 && kind !== 'nul-required'),
    );
    return Object.fromEntries(
      fields.map((f) => [f.name, valueOf(f.type, kind, f.name, depth + 1)]),
    );
  }
  return null;
}

function documentFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const variables = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
  return `${operation} Sweep(${variables}) { ${field.name}(${args}) ${selection} }`;
}

/** The variables of one request: every argument (`nul-required`: the required ones) filled. */
function variablesFor(field: GraphQLField<unknown, unknown>, kind: Kind): Record<string, unknown> {
  const args = field.args.filter((a) => kind !== 'nul-required' || isNonNullType(a.type));
  return Object.fromEntries(args.map((a) => [a.name, valueOf(a.type, kind, a.name)]));
}

/** Whether the variables carry the kind's malformed value anywhere (else the case is moot). */
function carriesMalformed(variables: Record<string, unknown>, kind: Kind): boolean {
  const text = JSON.stringify(variables);
  return Object.values(MALFORMED[kind]).some((v) => text.includes(JSON.stringify(v)));
}

const cases = (['query', 'mutation'] as const).flatMap((operation) => {
  const root = operation === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  return Object.values(root.getFields())
    .filter((field) => field.args.length > 0)
    .flatMap((field) =>
      (Object.keys(MALFORMED) as Kind[])
        .map((kind) => ({ kind, variables: variablesFor(field, kind) }))
        .filter(({ kind, variables }) => carriesMalformed(variables, kind))
        .filter(
          ({ kind, variables }) =>
            kind !== 'nul-required' ||
            JSON.stringify(variables) !== JSON.stringify(variablesFor(field, 'nul')),
        )
        // Built again in the test: the workspace's id, the ids' well-formed value, exists by then.
        .map(({ kind }) => ({
          name: `${operation} ${field.name} (${kind})`,
          operation,
          field,
          kind,
        })),
    );
});

describe('malformed input, swept over the schema', () => {
  it('covers every mutation and query field with arguments', () => {
    expect(cases.length).toBeGreaterThan(50);
  });

  it.each(cases)(
    '$name: an expected answer, nothing leaked',
    async ({ operation, field, kind }) => {
      const variables = variablesFor(field, kind);

      const response = await api.yoga.fetch('http://waymark.test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await api.tokenFor(owner)}`,
        },
        body: JSON.stringify({ query: documentFor(operation, field), variables }).replaceAll(
          JSON.stringify(DEEP_JSON_MARK),
          DEEP_JSON,
        ),
      });

      const body = await response.text();
      expect(response.status, body).toBeLessThan(500);
      for (const leak of LEAKS) expect(body).not.toMatch(leak);
      if (
        REFUSED_AT_THE_BOUNDARY.has(kind) &&
        (operation === 'mutation' || kind !== 'system-user')
      ) {
        expect(body).toMatch(/"ValidationError"|VALIDATION_FAILED|got invalid value/);
      }
    },
  );
});
