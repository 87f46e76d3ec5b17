// The CRM record types other records point at (activities, notes, custom field definitions,
// the timeline), and the one check that a pointed-at record is live and in a given workspace.
import { z } from 'zod';
import type { Tx } from '../../db/port.ts';

export const CRM_ENTITY_TYPES = ['deal', 'lead', 'organization', 'person'] as const;
export type CrmEntityType = (typeof CRM_ENTITY_TYPES)[number];
export const CrmEntityTypeSchema = z.enum(CRM_ENTITY_TYPES);

/** "a deal", "an organization": for messages. */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** Table names come from this map, never from input. */
const TABLES: Record<CrmEntityType, string> = {
  deal: 'crm.deals',
  lead: 'crm.leads',
  organization: 'crm.organizations',
  person: 'crm.people',
};

/**
 * The workspace of a live record the caller can see (RLS applies), or undefined when it does not
 * exist, is deleted or is not theirs. With `workspaceId`, the record must also belong to it.
 */
export async function findLinkedRecord(
  tx: Tx,
  entityType: CrmEntityType,
  entityId: string,
  workspaceId?: string,
): Promise<{ workspaceId: string } | undefined> {
  const [row] = await tx.query<{ workspaceId: string }>(
    `select workspace_id as "workspaceId" from ${TABLES[entityType]}
      where id = $1 and deleted_at is null and ($2::uuid is null or workspace_id = $2::uuid)`,
    [entityId, workspaceId ?? null],
  );
  return row;
}
