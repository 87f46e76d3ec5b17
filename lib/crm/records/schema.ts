// GraphQL shared by CRM records: the CrmRecord interface both organizations and people implement,
// their common input fields, and the connection resolver over record pages.
import { type ResolveCursorConnectionArgs, resolveCursorConnection } from '@pothos/plugin-relay';
import type { ServiceContext } from '../../db/service-context.ts';
import { ValidationError } from '../../errors/app-errors.ts';
import { builder, type WaymarkTypes } from '../../graphql/builder.ts';
import type { GraphqlContext } from '../../graphql/context.ts';
import { serviceContext } from '../../graphql/context.ts';
import { type CrmRecordRow, recordCursor } from './service.ts';

export const CrmRecordInterface = builder.interfaceRef<CrmRecordRow>('CrmRecord').implement({
  description:
    'Fields every CRM record has: contact details, custom fields, owner and audit trail.',
  resolveType: (row) => ('organizationId' in row ? 'Person' : 'Organization'),
  fields: (t) => ({
    id: t.exposeID('id'),
    workspaceId: t.exposeID('workspaceId'),
    name: t.exposeString('name'),
    emails: t.exposeStringList('emails'),
    phones: t.exposeStringList('phones'),
    links: t.exposeStringList('links'),
    customFields: t.expose('customFields', { type: 'JSONObject' }),
    ownerId: t.exposeID('ownerId', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    createdBy: t.exposeID('createdBy'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    updatedBy: t.exposeID('updatedBy'),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
  }),
});

type InputFieldBuilder = PothosSchemaTypes.InputFieldBuilder<WaymarkTypes, 'InputObject'>;

/** The contact fields of create and update inputs; on create only the name is required. */
export function contactInputFields(t: InputFieldBuilder, mode: 'create' | 'update') {
  const create = mode === 'create';
  const replaces = create ? '' : ' Replaces the current list.';
  return {
    name: t.string({ required: create }),
    emails: t.stringList({ description: `Email addresses.${replaces}` }),
    phones: t.stringList({ description: `Phone numbers.${replaces}` }),
    links: t.stringList({ description: `http(s) URLs: website, LinkedIn, …${replaces}` }),
    customFields: t.field({
      type: 'JSONObject',
      description: create ? 'Custom field values by key.' : 'Replaces all custom field values.',
    }),
    ownerId: t.id({
      description: create
        ? 'Defaults to you. Must be a workspace member.'
        : 'null clears the owner.',
    }),
  };
}

const LIST_PAGE = { defaultSize: 20, maxSize: 100 };

/** Resolves a Relay connection from a page loader over (lower(name), id) keyset cursors. */
export function recordConnection<T extends CrmRecordRow>(
  ctx: GraphqlContext,
  args: {
    first?: number | null;
    last?: number | null;
    after?: string | null;
    before?: string | null;
  },
  loadPage: (
    scope: ServiceContext,
    page: { after?: string; before?: string; limit: number; inverted: boolean },
  ) => Promise<T[]>,
) {
  for (const size of ['first', 'last'] as const) {
    const value = args[size];
    if (value != null && (value < 0 || value > LIST_PAGE.maxSize)) {
      throw ValidationError.forField([size], `must be between 0 and ${LIST_PAGE.maxSize}`);
    }
  }
  return resolveCursorConnection(
    { args, toCursor: (row: T) => recordCursor(row), ...LIST_PAGE },
    ({ after, before, limit, inverted }: ResolveCursorConnectionArgs) =>
      loadPage(serviceContext(ctx), { after, before, limit, inverted }),
  );
}
