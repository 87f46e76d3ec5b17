// Service work inside a user's request transaction. PGlite has one connection, so a request
// cannot open a second (service) transaction while its own is open; instead the role is switched
// to service_role for one savepoint, exactly as db.asService sets it for a whole transaction,
// and switched back. Only for work the caller was first checked to be allowed to ask for
// (an admin replaying their workspace's dead letter).
import type { Tx } from '../db/port.ts';

export function asServiceWithin<T>(tx: Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return tx.savepoint(async (sp) => {
    await sp.query(`select set_config('role', 'service_role', true)`);
    const result = await fn(sp);
    // On a throw the savepoint's rollback restores the role by itself.
    await sp.query(`select set_config('role', 'authenticated', true)`);
    return result;
  });
}
