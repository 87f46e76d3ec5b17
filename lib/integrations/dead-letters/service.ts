// Dead letters on a connection (admins only, by RLS) and their replay: the payload goes through
// its connector again, now that its cause (a bug, a missing setting) may be fixed.
import type { z } from 'zod';
import type { ServiceContext } from '../../db/service-context.ts';
import { NotFoundError, ValidationError } from '../../errors/app-errors.ts';
import type { PageWindow } from '../../graphql/connections.ts';
import { asServiceWithin } from '../as-service-within.ts';
import type { IntegrationContext } from '../connections/context.ts';
import type { ReplayDeadLetterInput } from '../connections/inputs.ts';
import { openConnection } from '../open-connection.ts';
import { storeNormalized } from '../store-normalized.ts';
import * as sql from './sql.ts';

export type { DeadLetter } from './sql.ts';

export function deadLetterCursor(letter: sql.DeadLetter): string {
  return `${new Date(letter.createdAt).toISOString()}|${letter.id}`;
}

export function listDeadLetters(ctx: ServiceContext, connectionId: string, page: PageWindow) {
  const [createdAt, id] = page.after?.split('|') ?? [];
  const after =
    createdAt && id && !Number.isNaN(Date.parse(createdAt)) ? { createdAt, id } : undefined;
  if (page.after && !after)
    throw ValidationError.forField(['after'], 'is not a cursor of this list');
  return sql.selectDeadLetterPage(ctx.tx, connectionId, after, page.limit);
}

/**
 * Replays a webhook or pulled item: stored on success (resolved), or the new error kept.
 * Either way the attempt is counted. The caller must see the dead letter (an admin).
 */
export async function replayDeadLetter(
  ctx: IntegrationContext,
  { id }: z.output<typeof ReplayDeadLetterInput>,
): Promise<sql.DeadLetter> {
  const visible = await sql.selectDeadLetter(ctx.tx, id);
  if (!visible) throw new NotFoundError('Dead letter');
  if (visible.source === 'send') {
    throw ValidationError.forField(['input', 'id'], 'is a failed send: retry the reply instead');
  }
  if (visible.resolvedAt) return visible;
  await asServiceWithin(ctx.tx, async (tx) => {
    const letter = await sql.selectDeadLetterPayload(tx, id);
    const open = letter && (await openConnection(tx, ctx.integrations, letter.connectionId));
    if (!letter || !open) throw new NotFoundError('Dead letter');
    const outcome = await storeNormalized(tx, open, letter.payload);
    await sql.recordReplay(tx, id, outcome.ok ? null : outcome.error);
  });
  return (await sql.selectDeadLetter(ctx.tx, id))!;
}
