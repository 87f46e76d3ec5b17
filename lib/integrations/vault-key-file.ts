// Where the vault key comes from: WAYMARK_VAULT_KEY, or a key generated into the data folder at
// first start (as the embedded auth's secrets are), kept with the keys it replaced so values
// sealed before a rotation still open.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { createVault, generateVaultKey, type Vault } from './vault.ts';

const KEY_FILE = 'vault-keys.json';
const KeyFileSchema = z.object({ current: z.string(), previous: z.array(z.string()).default([]) });

export async function loadVault(options: { dataDir: string; vaultKey?: string }): Promise<Vault> {
  const path = join(options.dataDir, KEY_FILE);
  const stored = await readKeyFile(path);
  if (options.vaultKey) {
    // A configured key wins; keys in the file stay usable for opening what they sealed.
    const previous = stored ? [stored.current, ...stored.previous] : [];
    return createVault(
      options.vaultKey,
      previous.filter((k) => k !== options.vaultKey),
    );
  }
  if (stored) return createVault(stored.current, stored.previous);
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  const created = { current: generateVaultKey(), previous: [] };
  try {
    // 'wx': a second process starting at the same moment reads this key instead of replacing it.
    await writeFile(path, `${JSON.stringify(created, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    return createVault(created.current);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const raced = await readKeyFile(path);
    if (!raced) throw error;
    return createVault(raced.current, raced.previous);
  }
}

async function readKeyFile(path: string) {
  try {
    return KeyFileSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
