// The storage port: where Waymark keeps files (attachments' bytes), one adapter per backend: a
// folder under the data dir locally (local-storage.ts), a private Supabase Storage bucket in
// production (supabase-storage.ts). Downloads never go through GraphQL: callers hand out
// short-lived signed URLs, and only to people who may read what the file belongs to.
import { z } from 'zod';

export interface StoredFile {
  bytes: Uint8Array;
  contentType: string;
}

export interface StoragePort {
  readonly kind: 'local' | 'supabase';
  /** Stores bytes under key, replacing what was there (keys are content-addressed, so a retry puts the same bytes). */
  put(key: string, bytes: Uint8Array, options: { contentType: string }): Promise<void>;
  /** The bytes under key; undefined when there are none. */
  get(key: string): Promise<StoredFile | undefined>;
  /** A URL anyone holding it can download the file from until ttlSeconds pass, as a download named fileName. */
  signedUrl(key: string, ttlSeconds: number, options?: { fileName?: string }): Promise<string>;
  /** Removes the file; nothing happens when there is none. */
  remove(key: string): Promise<void>;
  /**
   * Answers GET /files/<key>?… for the URLs signedUrl made, when this process serves them itself
   * (the local adapter); Supabase serves its own.
   */
  serveSignedUrl?(request: Request): Promise<Response>;
}

export class StorageError extends Error {
  override name = 'StorageError';
}

/**
 * A key is a relative path of plain segments: letters, digits, `.`, `_`, `-`, never `.` or `..`
 * alone, never empty. Nothing in it can climb out of the storage folder or mean something to a URL.
 */
export const StorageKeySchema = z
  .string()
  .min(1)
  .max(500)
  .refine(
    (key) =>
      key.split('/').every((s) => /^[A-Za-z0-9._-]{1,200}$/.test(s) && s !== '.' && s !== '..'),
    'is not a storage key',
  );

export function assertStorageKey(key: string): string {
  if (!StorageKeySchema.safeParse(key).success) throw new StorageError('Not a storage key');
  return key;
}

/** A content type safe to send back in a header: type/subtype with optional parameters, else octet-stream. */
export function safeContentType(value: string | undefined): string {
  if (value && /^[\w.+-]+\/[\w.+-]+(\s*;\s*[\w.+-]+=("[^"\r\n]*"|[\w.+-]+))*$/.test(value)) {
    return value;
  }
  return 'application/octet-stream';
}
