// The timeline of a record: what happened to it (workflow moves, activities, notes), newest
// first, paginated, in one statement per page.
import type { ServiceContext } from '../../db/service-context.ts';
import { parseInput } from '../../errors/app-errors.ts';
import type { Activity } from '../activities/service.ts';
import { decodeSortedCursor, encodeSortedCursor } from '../records/keyset.ts';
import type { Note } from '../notes/service.ts';
import { TimelineInput } from './inputs.ts';
import * as sql from './sql.ts';

interface ItemBase {
  id: string;
  at: Date;
  actorId: string;
  sortKey: string;
}

export type TimelineStatusChange = ItemBase & {
  type: 'status_change';
  kind: 'start' | 'move' | 'migrate';
  fromStepId: string | null;
  fromStepName: string | null;
  toStepId: string;
  toStepName: string | null;
  reason: string | null;
};
export type TimelineActivity = ItemBase & { type: 'activity'; activity: Activity };
export type TimelineNote = ItemBase & { type: 'note'; note: Note };
export type TimelineMessage = ItemBase & {
  type: 'message';
  conversationId: string;
  channel: 'slack' | 'telegram' | 'email';
  direction: 'inbound' | 'outbound';
  senderHandle: string;
  senderName: string | null;
  senderPersonId: string | null;
  subject: string | null;
  text: string;
};
export type TimelineItem = TimelineStatusChange | TimelineActivity | TimelineNote | TimelineMessage;

export interface TimelinePageArgs {
  entityType: unknown;
  entityId: unknown;
  after?: string | undefined;
  before?: string | undefined;
  limit: number;
  inverted: boolean;
}

export async function timeline(
  ctx: ServiceContext,
  args: TimelinePageArgs,
): Promise<TimelineItem[]> {
  const { entityType, entityId } = parseInput(TimelineInput, args, []);
  const sort = sql.TIMELINE_SORT;
  const rows = await sql.selectTimelinePage(ctx.tx, {
    entityType,
    entityId,
    page: {
      after: args.after ? decodeSortedCursor(sort, args.after, 'after') : undefined,
      before: args.before ? decodeSortedCursor(sort, args.before, 'before') : undefined,
      inverted: args.inverted,
    },
    limit: args.limit,
  });
  return rows.map(toItem);
}

export function timelineCursor(item: TimelineItem): string {
  return encodeSortedCursor(sql.TIMELINE_SORT, item.sortKey, item.id);
}

const ACTIVITY_DATES = ['dueAt', 'doneAt', 'createdAt', 'updatedAt', 'deletedAt'] as const;
const NOTE_DATES = ['createdAt', 'updatedAt', 'deletedAt'] as const;

/** jsonb carries timestamps as text; rows elsewhere carry Dates. */
function withDates<T>(data: Record<string, unknown>, fields: readonly string[]): T {
  const copy = { ...data };
  for (const field of fields) {
    if (typeof copy[field] === 'string') copy[field] = new Date(copy[field]);
  }
  return copy as T;
}

function toItem(row: sql.TimelineRow): TimelineItem {
  const base = { id: row.id, at: row.at, actorId: row.actorId, sortKey: row.sortKey };
  switch (row.type) {
    case 'activity':
      return { ...base, type: 'activity', activity: withDates(row.data, ACTIVITY_DATES) };
    case 'note':
      return { ...base, type: 'note', note: withDates(row.data, NOTE_DATES) };
    case 'message':
      return {
        ...base,
        type: 'message',
        ...(row.data as Omit<TimelineMessage, keyof ItemBase | 'type'>),
      };
    case 'status_change':
      return {
        ...base,
        type: 'status_change',
        ...(row.data as Omit<TimelineStatusChange, keyof ItemBase | 'type'>),
      };
  }
}
