// The vault: what it seals opens only with its keys, any change to a sealed value is caught,
// and rotation leaves values that open with the new key alone.
import { describe, expect, it } from 'vitest';
import { createVault, generateVaultKey, VaultError } from './vault.ts';

const SECRET = { token: 'xoxb-1234-secret', signingSecret: 'shh-abcdef' };

describe('the vault', () => {
  it('opens what it sealed, and the sealed value shows nothing of the secret', () => {
    const vault = createVault(generateVaultKey());
    const sealed = vault.seal(SECRET);
    expect(JSON.stringify(sealed)).not.toContain('xoxb');
    expect(JSON.stringify(sealed)).not.toContain('shh-abcdef');
    expect(sealed.kid).toBe(vault.keyId);
    expect(vault.open(sealed)).toEqual(SECRET);
    // Each seal has its own data key and IVs.
    expect(vault.seal(SECRET)).not.toEqual(sealed);
  });

  it('refuses an altered value with VaultError, saying nothing of the data', () => {
    const vault = createVault(generateVaultKey());
    const sealed = vault.seal(SECRET);
    const data = Buffer.from(sealed.value.data, 'base64');
    data[0]! ^= 1;
    const tampered = { ...sealed, value: { ...sealed.value, data: data.toString('base64') } };
    expect(() => vault.open(tampered)).toThrow(VaultError);
    const tag = { ...sealed, key: { ...sealed.key, tag: Buffer.alloc(16).toString('base64') } };
    expect(() => vault.open(tag)).toThrow(VaultError);
    expect(() => vault.open({ not: 'sealed' })).toThrow(VaultError);
  });

  it('does not open with another key', () => {
    const sealed = createVault(generateVaultKey()).seal(SECRET);
    const other = createVault(generateVaultKey());
    expect(() => other.open(sealed)).toThrow(VaultError);
    // Even claiming the other key's id, the wrapped data key fails its tag check.
    expect(() => other.open({ ...sealed, kid: other.keyId })).toThrow(VaultError);
  });

  it('re-seals under the new key so only the new key is needed afterwards', () => {
    const oldKey = generateVaultKey();
    const newKey = generateVaultKey();
    const sealed = createVault(oldKey).seal(SECRET);
    const rotating = createVault(newKey, [oldKey]);
    expect(rotating.open(sealed)).toEqual(SECRET);
    const resealed = rotating.reseal(sealed);
    expect(resealed.kid).toBe(rotating.keyId);
    expect(rotating.reseal(resealed)).toEqual(resealed);
    const newOnly = createVault(newKey);
    expect(newOnly.open(resealed)).toEqual(SECRET);
    expect(() => newOnly.open(sealed)).toThrow(VaultError);
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => createVault('too-short')).toThrow(VaultError);
  });
});
