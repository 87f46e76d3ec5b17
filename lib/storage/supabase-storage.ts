// The Supabase adapter: a private bucket (`attachments`, created by the migration
// 20261204100000_attachments_storage.sql) reached with the service-role key through supabase-js's
// storage client. Downloads are Supabase's own signed URLs (createSignedUrl), served by Supabase
// with the file name as an attachment; the service role never leaves this process.
import { createClient } from '@supabase/supabase-js';
import { assertStorageKey, safeContentType, type StoragePort, StorageError } from './port.ts';

export const ATTACHMENTS_BUCKET = 'attachments';

class NoRealtime {
  constructor() {
    throw new StorageError('Realtime is not used by the storage adapter');
  }
}

export interface SupabaseStorageOptions {
  /** The project's URL, https://<project>.supabase.co. */
  url: string;
  serviceRoleKey: string;
  bucket?: string;
}

export function createSupabaseStorage(options: SupabaseStorageOptions): StoragePort {
  const client = createClient(options.url, options.serviceRoleKey, {
    // A server-side client: no session to keep or refresh, no URL to read one from.
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    // Realtime is never used here, but the client builds one, and on Node 20 (no global
    // WebSocket) that throws without a transport: this one fails only if something connects.
    realtime: { transport: NoRealtime as never },
  });
  const bucket = () => client.storage.from(options.bucket ?? ATTACHMENTS_BUCKET);

  return {
    kind: 'supabase',

    async put(key, bytes, { contentType }) {
      const { error } = await bucket().upload(assertStorageKey(key), bytes, {
        contentType: safeContentType(contentType),
        // Content-addressed keys: a retried put writes the same bytes again.
        upsert: true,
      });
      if (error) throw storageError('upload', error);
    },

    async get(key) {
      const { data, error } = await bucket().download(assertStorageKey(key));
      if (error) {
        if (statusOf(error) === 404 || statusOf(error) === 400) return undefined;
        throw storageError('download', error);
      }
      return {
        bytes: new Uint8Array(await data.arrayBuffer()),
        contentType: safeContentType(data.type || undefined),
      };
    },

    async signedUrl(key, ttlSeconds, { fileName } = {}) {
      const { data, error } = await bucket().createSignedUrl(
        assertStorageKey(key),
        Math.max(1, Math.floor(ttlSeconds)),
        { download: fileName ?? true },
      );
      if (error) throw storageError('sign', error);
      return data.signedUrl;
    },

    async remove(key) {
      const { error } = await bucket().remove([assertStorageKey(key)]);
      if (error) throw storageError('remove', error);
    },
  };
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/** Supabase's refusal in our words, without the request (its headers hold the key). */
function storageError(operation: string, error: { message: string }): StorageError {
  const status = statusOf(error);
  return new StorageError(
    `Supabase Storage refused the ${operation}${status ? ` (${status})` : ''}: ${error.message.slice(0, 200)}`,
  );
}
