// What functions reach services with. Functions only orchestrate: each step calls a service.
// The server (or worker) provides the database at start.
import type { Db } from '../lib/db/port.ts';

let database: Db | undefined;

export function provideAutomationDb(db: Db): void {
  database = db;
}

export function automationDb(): Db {
  if (!database) throw new Error('Automation functions ran before the server provided a database');
  return database;
}
