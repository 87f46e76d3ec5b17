// The token vault: connectors' credentials are encrypted at rest with AES-256-GCM, envelope
// style. Each sealed value has its own data key; the data key is wrapped by a vault key named by
// its id, so rotating the vault key re-wraps data keys and never needs the old plaintexts in
// the clear for long. Only the service decrypts (the column is not granted to users).
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;

const Part = z.object({ iv: z.string(), tag: z.string(), data: z.string() });
type Part = z.infer<typeof Part>;

export const SealedSchema = z.object({ v: z.literal(1), kid: z.string(), key: Part, value: Part });
export type Sealed = z.infer<typeof SealedSchema>;

export class VaultError extends Error {
  override name = 'VaultError';
}

export interface Vault {
  /** The id of the key new values are sealed with. */
  readonly keyId: string;
  seal(value: unknown): Sealed;
  open(sealed: unknown): unknown;
  /** The same value sealed under the current key (rotation); unchanged when already current. */
  reseal(sealed: unknown): Sealed;
}

/** A key's id: enough of its hash to tell keys apart, nothing that helps guess it. */
export function vaultKeyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

export function decodeVaultKey(encoded: string): Buffer {
  const key = Buffer.from(encoded, 'base64url');
  if (key.length !== 32) throw new VaultError('A vault key is 32 bytes, base64url-encoded');
  return key;
}

export function generateVaultKey(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * A vault sealing with `current` and opening with it or any of `previous` (keys being rotated
 * out). Keys are base64url strings of 32 bytes.
 */
export function createVault(current: string, previous: readonly string[] = []): Vault {
  const keys = new Map<string, Buffer>();
  for (const encoded of [current, ...previous]) {
    const key = decodeVaultKey(encoded);
    keys.set(vaultKeyId(key), key);
  }
  const currentKey = decodeVaultKey(current);
  const keyId = vaultKeyId(currentKey);

  function open(sealed: unknown): unknown {
    const parsed = SealedSchema.safeParse(sealed);
    if (!parsed.success) throw new VaultError('Not a sealed value');
    const wrapping = keys.get(parsed.data.kid);
    if (!wrapping)
      throw new VaultError(`Sealed with vault key ${parsed.data.kid}, which is not configured`);
    try {
      const dataKey = decrypt(wrapping, parsed.data.key);
      return JSON.parse(decrypt(dataKey, parsed.data.value).toString('utf8'));
    } catch {
      // GCM's tag check failed: a wrong key or altered ciphertext. Say so without details.
      throw new VaultError('A sealed value could not be opened: wrong key or altered data');
    }
  }

  return {
    keyId,
    seal(value) {
      const dataKey = randomBytes(32);
      return {
        v: 1,
        kid: keyId,
        key: encrypt(currentKey, dataKey),
        value: encrypt(dataKey, Buffer.from(JSON.stringify(value), 'utf8')),
      };
    },
    open,
    reseal(sealed) {
      const parsed = SealedSchema.parse(sealed);
      if (parsed.kid === keyId) return parsed;
      const wrapping = keys.get(parsed.kid);
      if (!wrapping)
        throw new VaultError(`Sealed with vault key ${parsed.kid}, which is not configured`);
      return { ...parsed, kid: keyId, key: encrypt(currentKey, decrypt(wrapping, parsed.key)) };
    },
  };
}

function encrypt(key: Buffer, plaintext: Buffer): Part {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

function decrypt(key: Buffer, part: Part): Buffer {
  const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(part.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(part.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(part.data, 'base64')), decipher.final()]);
}
