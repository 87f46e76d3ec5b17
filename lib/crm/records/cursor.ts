// Keyset cursors for record lists ordered by (lower(name), id): opaque to clients, and stable
// while rows are added or removed, unlike offsets.
import { z } from 'zod';
import { ValidationError } from '../../errors/app-errors.ts';

const CursorShape = z.tuple([z.string(), z.uuid()]);
export type Cursor = z.infer<typeof CursorShape>;

export function encodeCursor(sortName: string, id: string): string {
  return Buffer.from(JSON.stringify([sortName, id])).toString('base64url');
}

export function decodeCursor(cursor: string, argument: 'after' | 'before'): Cursor {
  try {
    return CursorShape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw ValidationError.forField([argument], 'is not a cursor from this list');
  }
}
