// The key the local adapter signs download URLs with: derived (HKDF) from WAYMARK_VAULT_KEY when
// it is set, so every server behind one address signs alike; otherwise generated into the data
// folder at first start, as the vault key is. It signs five-minute URLs only: losing it
// invalidates links, never data.
import { hkdfSync, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeVaultKey } from '../integrations/vault.ts';

const KEY_FILE = 'storage-url-key';
const INFO = 'waymark/storage/signed-urls/v1';

export async function loadUrlSigningKey(options: {
  dataDir: string;
  vaultKey?: string;
}): Promise<Buffer> {
  if (options.vaultKey) {
    return Buffer.from(hkdfSync('sha256', decodeVaultKey(options.vaultKey), '', INFO, 32));
  }
  const path = join(options.dataDir, KEY_FILE);
  const stored = await readKey(path);
  if (stored) return stored;
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  const created = randomBytes(32);
  try {
    // 'wx': a second process starting at the same moment reads this key instead of replacing it.
    await writeFile(path, `${created.toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    return created;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const raced = await readKey(path);
    if (!raced) throw error;
    return raced;
  }
}

async function readKey(path: string): Promise<Buffer | undefined> {
  try {
    const key = Buffer.from((await readFile(path, 'utf8')).trim(), 'base64url');
    if (key.length !== 32) throw new Error(`${path} does not hold a 32-byte key`);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
