// The storage this process uses, from configuration: Supabase Storage when it is configured
// (a project URL and its service-role key), else the folder under the data dir.
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { createLocalStorage } from './local-storage.ts';
import type { StoragePort } from './port.ts';
import { loadUrlSigningKey } from './signing-key.ts';
import { createSupabaseStorage } from './supabase-storage.ts';

export async function openStorage(
  config: Pick<Config, 'storage' | 'dataDir' | 'vaultKey' | 'publicUrl'>,
): Promise<StoragePort> {
  if (config.storage.mode === 'supabase') {
    return createSupabaseStorage({
      url: config.storage.url,
      serviceRoleKey: config.storage.serviceRoleKey,
    });
  }
  return createLocalStorage({
    root: join(config.dataDir, 'storage'),
    publicUrl: config.publicUrl,
    signingKey: await loadUrlSigningKey(config),
  });
}
