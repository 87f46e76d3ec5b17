// The timeline's one statement: an entity's status history, activities, notes and messages
// (through conversations' published view) merged with UNION ALL, newest first, one keyset page at
// a time.
import { type SqlParam, SYSTEM_USER_ID, type Tx } from '../../db/port.ts';
import { ACTIVITY_COLUMNS } from '../activities/sql.ts';
import { NOTE_COLUMNS } from '../notes/sql.ts';
import { type KeysetPage, keysetClauses, type SortSpec } from '../records/keyset.ts';
import type { CrmEntityType } from '../records/linked-records.ts';

export type TimelineRow = {
  type: 'status_change' | 'activity' | 'note' | 'message';
  id: string;
  at: Date;
  actorId: string;
  /** `at` as Postgres prints it (microseconds kept), for the cursor. */
  sortKey: string;
  /** The item itself: the history entry with its step names, the activity or the note. */
  data: Record<string, unknown>;
};

/** Newest first; ties (same instant) by id, so pages never skip or repeat an item. */
export const TIMELINE_SORT: SortSpec = {
  name: 'TIMELINE',
  expression: 'item.at',
  cast: 'timestamptz',
  direction: 'desc',
  idColumn: 'item.id',
};

export function selectTimelinePage(
  tx: Tx,
  q: { entityType: CrmEntityType; entityId: string; page: KeysetPage; limit: number },
): Promise<TimelineRow[]> {
  const params: SqlParam[] = [q.entityType, q.entityId];
  const { conditions, orderBy } = keysetClauses(TIMELINE_SORT, q.page, params);
  params.push(q.limit);
  // RLS filters each branch: another workspace's entity has an empty timeline.
  return tx.query<TimelineRow>(
    `select item.type, item.id, item.at, item."actorId", item.at::text as "sortKey", item.data
       from (
         select 'status_change' as type, h.id, h.at, h.actor_id as "actorId",
                jsonb_build_object('kind', h.kind, 'fromStepId', h.from_step_id,
                  'toStepId', h.to_step_id, 'fromStepName', h.from_step_name,
                  'toStepName', h.to_step_name, 'reason', h.reason) as data
           from wfm.entity_moves h
          where h.entity_type = $1 and h.entity_id = $2::uuid
         union all
         select 'activity', a.id, a.created_at, a.created_by,
                (select to_jsonb(r) from (select ${ACTIVITY_COLUMNS}) r)
           from crm.activities a
          where a.entity_type = $1 and a.entity_id = $2::uuid and a.deleted_at is null
         union all
         select 'note', n.id, n.created_at, n.created_by,
                (select to_jsonb(r) from (select ${NOTE_COLUMNS}) r)
           from crm.notes n
          where n.entity_type = $1 and n.entity_id = $2::uuid and n.deleted_at is null
         union all
         select 'message', tm.id, tm.sent_at, '${SYSTEM_USER_ID}'::uuid,
                jsonb_build_object('conversationId', tm.conversation_id, 'channel', tm.channel,
                  'direction', tm.direction, 'senderHandle', tm.sender_handle,
                  'senderName', tm.sender_name, 'senderPersonId', tm.sender_person_id,
                  'subject', tm.subject, 'text', tm.text)
           from conversations.timeline_messages tm
          where ($1 = 'person' and (tm.person_id = $2::uuid or tm.sender_person_id = $2::uuid))
             or ($1 = 'organization' and tm.organization_id = $2::uuid)
             or ($1 = 'deal' and tm.person_id in (select dp.person_id from crm.deal_people dp
                                                   where dp.deal_id = $2::uuid))
       ) item
      ${conditions.length > 0 ? `where ${conditions.join(' and ')}` : ''}
      ${orderBy} limit $${params.length}`,
    params,
  );
}
