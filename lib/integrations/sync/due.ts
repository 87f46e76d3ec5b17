// Which connections the scheduler pulls: those whose kind's connector can pull.
import type { Tx } from '../../db/port.ts';
import { CHANNELS } from '../../conversations/message.ts';
import { connectorFor } from '../registry.ts';
import { claimDueConnections, type DueConnection } from './sql.ts';

export const DUE_PER_TICK = 200;

function pullingKinds(): string[] {
  return CHANNELS.filter((kind) => {
    try {
      return Boolean(connectorFor(kind).pull);
    } catch {
      return false;
    }
  });
}

export function claimDuePulls(tx: Tx, limit = DUE_PER_TICK): Promise<DueConnection[]> {
  return claimDueConnections(tx, pullingKinds(), limit);
}
