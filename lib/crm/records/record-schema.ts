// The GraphQL every record kind shares, built from its description: `x(id)`, the `xs(...)`
// connection (named `XConnection`, with totalCount) and the create / update / delete mutations,
// whose refused writes the kind's refusal explains.
import type { ObjectRef } from '@pothos/core';
import { z } from 'zod';
import type { ArgBuilder } from '@pothos/core';
import { builder, capitalize, type WaymarkTypes } from '../../graphql/builder.ts';
import { serviceContext } from '../../graphql/context.ts';
import { connectionNames, keysetConnection, type PageArgs } from '../../graphql/connections.ts';
import { defineMutations, type MutationFamily } from '../../graphql/mutations.ts';
import type { RecordKind, RecordRow } from './kind.ts';
import {
  countRecords,
  listRecords,
  loadRecords,
  type RecordListArgs,
  recordCursor,
  recordSort,
} from './record-service.ts';
import { withArticle } from './linked-records.ts';
import { recordRefusal } from './refusal.ts';

type ListArgs = Record<string, unknown> & PageArgs;

export interface RecordApi<Row extends RecordRow> {
  /** The query names: 'deal' and 'deals' (a kind without a listing has no list query). */
  one: string;
  many?: string;
  describeMany?: string;
  /** The list's own arguments (workspaceId, page arguments and orders are added). */
  listArgs?: (t: { arg: ArgBuilder<WaymarkTypes> }) => Record<string, unknown>;
  /** The list arguments as the record service takes them. */
  toList?: (args: ListArgs) => Omit<RecordListArgs, 'workspaceId'>;
  mutations: Parameters<typeof defineMutations<Row, Row>>[2];
  dataField: string;
  family?: MutationFamily;
}

/** The record kind's queries and mutations. */
export function defineRecordApi<Row extends RecordRow>(
  kind: RecordKind<Row>,
  ref: ObjectRef<WaymarkTypes, Row | string, Row>,
  api: RecordApi<Row>,
): void {
  builder.queryField(api.one, (t) =>
    t.field({
      type: ref,
      nullable: true,
      description: `${capitalize(withArticle(kind.entity.toLowerCase()))} by id; null when it does not exist or is not yours to see.`,
      args: { id: t.arg.id({ required: true, validate: z.uuid() }) },
      resolve: (_root, { id }) => String(id) as never,
    }),
  );
  if (api.many && api.toList && api.listArgs)
    defineList(kind, ref, api as Required<RecordApi<Row>>);
  defineMutations(ref as ObjectRef<WaymarkTypes, Row, Row>, api.dataField, api.mutations, {
    refusal: recordRefusal(kind as RecordKind),
    ...api.family,
  });
}

function defineList<Row extends RecordRow>(
  kind: RecordKind<Row>,
  ref: ObjectRef<WaymarkTypes, Row | string, Row>,
  api: Required<RecordApi<Row>>,
): void {
  builder.queryField(api.many, (t) =>
    t.connection(
      {
        type: ref as ObjectRef<WaymarkTypes, Row, Row>,
        description: api.describeMany,
        args: {
          workspaceId: t.arg.id({ required: true, validate: z.uuid() }),
          ...(api.listArgs(t as never) as object),
        },
        resolve: (_root, args, ctx) => {
          const list = {
            workspaceId: String(args.workspaceId),
            ...api.toList(args as unknown as ListArgs),
          };
          const sort = recordSort(kind as RecordKind, list.order);
          return keysetConnection(
            ctx,
            args,
            (row: Row & { sortKey: string }) => recordCursor(sort, row),
            (scope, page) => listRecords(scope, kind, list, page),
            (scope) => countRecords(scope, kind as RecordKind, list),
          ) as never;
        },
      },
      ...connectionNames(kind.entity),
    ),
  );
}

/** The kind's GraphQL object, loaded by id in batches (a page of references is one statement). */
export function recordRef<Row extends RecordRow>(kind: RecordKind<Row>) {
  return builder.loadableObjectRef<Row, string>(kind.entity, {
    load: (ids: string[], ctx) => loadRecords(serviceContext(ctx), kind, ids),
    sort: (row) => row.id,
  });
}
