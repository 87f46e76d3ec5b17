// `npm run vault:rotate`: re-seals every connection's credentials under the current vault key.
//
// Where the keys are (lib/integrations/vault-key-file.ts): WAYMARK_VAULT_KEY when set, else the
// `current` key of <data folder>/vault-keys.json; that file's `previous` keys (and its `current`
// one, when WAYMARK_VAULT_KEY replaces it) still open what they sealed.
//
// - With WAYMARK_VAULT_KEY set to a new key (the old one still in vault-keys.json, as `current`
//   or in `previous`): re-seals everything under the new key.
// - Without it: generates a new key into vault-keys.json (the old one moves to `previous`), then
//   re-seals everything under it.
// Once it reports every connection current, the previous keys may be deleted.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConfig } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { openDb } from '../db/open-db.ts';
import { resealAllCredentials } from './reseal.ts';
import { generateVaultKey } from './vault.ts';
import { loadVault } from './vault-key-file.ts';

const config = parseConfig();

if (!config.vaultKey) await rotateKeyFile(config.dataDir);
const vault = await loadVault(config);
const db = await openDb(config);
try {
  await migrate(db);
  const { resealed, current } = await resealAllCredentials(db, vault);
  // Key ids only: never a key.
  console.log(
    `Re-sealed ${resealed} connection(s) under key ${vault.keyId}; ${current} already were.`,
  );
} finally {
  await db.close();
}

async function readKeys(
  dataDir: string,
): Promise<{ current: string; previous: string[] } | undefined> {
  try {
    return JSON.parse(await readFile(join(dataDir, 'vault-keys.json'), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** A new current key in the key file, the old ones kept as previous until re-sealing is done. */
async function rotateKeyFile(dataDir: string): Promise<void> {
  const keys = await readKeys(dataDir);
  if (!keys) return; // no key yet: loadVault generates one and there is nothing to re-seal
  const next = { current: generateVaultKey(), previous: [keys.current, ...(keys.previous ?? [])] };
  await writeFile(join(dataDir, 'vault-keys.json'), `${JSON.stringify(next, null, 2)}\n`, {
    mode: 0o600,
  });
}
