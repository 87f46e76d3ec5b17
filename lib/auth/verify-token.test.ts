import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { base64url, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuthError } from './errors.ts';
import { signAnonKey } from './local-secrets.ts';
import { bearerToken, createTokenVerifier } from './verify-token.ts';

const secret = 'a-test-secret-that-is-long-enough-for-hs256-0123456789';
const issuer = 'http://127.0.0.1:8888/auth/v1';
const verifier = createTokenVerifier({ kind: 'hs256', secret, issuer });
const userId = randomUUID();

function now() {
  return Math.floor(Date.now() / 1000);
}

function goodClaims(): JWTPayload {
  return {
    sub: userId,
    role: 'authenticated',
    aud: 'authenticated',
    iss: issuer,
    email: 'ada@example.test',
    session_id: randomUUID(),
    iat: now(),
    exp: now() + 3600,
  };
}

function signHs256(claims: JWTPayload, key = secret): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(key));
}

function unsigned(claims: JWTPayload): string {
  const encode = (value: object) => base64url.encode(JSON.stringify(value));
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`;
}

async function refusal(promise: Promise<unknown>): Promise<AuthError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuthError);
  return error as AuthError;
}

describe('an HS256 token verifier', () => {
  it('accepts a token the secret signed for a signed-in user, and returns its claims', async () => {
    const claims = goodClaims();
    const verified = await verifier.verify(await signHs256(claims));
    expect(verified).toMatchObject({
      sub: userId,
      role: 'authenticated',
      email: 'ada@example.test',
      session_id: claims.session_id,
    });
  });

  it('accepts a token that expired within the 5 s clock tolerance', async () => {
    const token = await signHs256({ ...goodClaims(), exp: now() - 2 });
    await expect(verifier.verify(token)).resolves.toMatchObject({ sub: userId });
  });

  it('refuses an unsigned token (alg: none)', async () => {
    expect((await refusal(verifier.verify(unsigned(goodClaims())))).code).toBe('invalid_token');
  });

  it('refuses a token signed with another secret', async () => {
    const token = await signHs256(goodClaims(), `${secret}-but-not-ours`);
    expect((await refusal(verifier.verify(token))).code).toBe('invalid_token');
  });

  it('refuses a token from another issuer', async () => {
    const token = await signHs256({ ...goodClaims(), iss: 'https://evil.example/auth/v1' });
    expect((await refusal(verifier.verify(token))).code).toBe('invalid_token');
  });

  it('refuses a token for another audience', async () => {
    const token = await signHs256({ ...goodClaims(), aud: 'anon' });
    expect((await refusal(verifier.verify(token))).code).toBe('invalid_token');
  });

  it('refuses a token that expired beyond the tolerance, saying it expired', async () => {
    const token = await signHs256({ ...goodClaims(), exp: now() - 60 });
    expect((await refusal(verifier.verify(token))).code).toBe('expired_token');
  });

  it('refuses the anon key, which is validly signed but acts for nobody', async () => {
    const anonKey = await signAnonKey(secret, issuer);
    expect((await refusal(verifier.verify(anonKey))).code).toBe('invalid_token');
  });

  it('refuses a validly signed token whose role is anon', async () => {
    const token = await signHs256({ ...goodClaims(), role: 'anon' });
    expect((await refusal(verifier.verify(token))).code).toBe('invalid_token');
  });

  it('refuses a token without a sub', async () => {
    const { sub: _sub, ...claims } = goodClaims();
    expect((await refusal(verifier.verify(await signHs256(claims)))).code).toBe('invalid_token');
  });

  it('refuses a token whose sub is not a uuid', async () => {
    const token = await signHs256({ ...goodClaims(), sub: 'admin' });
    expect((await refusal(verifier.verify(token))).code).toBe('invalid_token');
  });

  it('refuses a garbage string', async () => {
    expect((await refusal(verifier.verify('not.a.jwt'))).code).toBe('invalid_token');
  });

  it('refuses an empty token as missing', async () => {
    expect((await refusal(verifier.verify(''))).code).toBe('missing_token');
  });

  it('never repeats the token in its error message', async () => {
    const token = await signHs256(goodClaims(), 'wrong-secret-wrong-secret-wrong-secret');
    expect((await refusal(verifier.verify(token))).message).not.toContain(token);
  });
});

describe('remembering verified tokens', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('still refuses a remembered token once it has expired', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const fresh = createTokenVerifier({ kind: 'hs256', secret, issuer });
    const token = await signHs256({ ...goodClaims(), exp: now() + 60 });
    await expect(fresh.verify(token)).resolves.toMatchObject({ sub: userId });
    await expect(fresh.verify(token)).resolves.toMatchObject({ sub: userId });
    vi.setSystemTime(Date.now() + 120_000);
    expect((await refusal(fresh.verify(token))).code).toBe('expired_token');
  });

  it('never remembers a refused token as good', async () => {
    const fresh = createTokenVerifier({ kind: 'hs256', secret, issuer });
    const forged = await signHs256(goodClaims(), 'another-secret-that-is-long-enough-0123456789');
    await refusal(fresh.verify(forged));
    await refusal(fresh.verify(forged));
  });
});

describe('a JWKS token verifier', () => {
  let server: Server;
  let supabaseUrl: string;
  let privateKey: CryptoKey;
  const kid = 'test-key-1';

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid, alg: 'RS256', use: 'sig' };
    server = createServer((req, res) => {
      if (req.url === '/auth/v1/.well-known/jwks.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ keys: [jwk] }));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    supabaseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function claimsFor(url: string): JWTPayload {
    return { ...goodClaims(), iss: `${url}/auth/v1` };
  }

  it("accepts a token signed with the project's published RS256 key", async () => {
    const jwks = createTokenVerifier({ kind: 'jwks', supabaseUrl });
    const token = await new SignJWT(claimsFor(supabaseUrl))
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .sign(privateKey);
    await expect(jwks.verify(token)).resolves.toMatchObject({ sub: userId });
  });

  it('refuses an HS256 token, whatever secret signed it', async () => {
    const jwks = createTokenVerifier({ kind: 'jwks', supabaseUrl });
    const token = await signHs256(claimsFor(supabaseUrl));
    expect((await refusal(jwks.verify(token))).code).toBe('invalid_token');
  });

  it('refuses a token signed with a key the project does not publish', async () => {
    const jwks = createTokenVerifier({ kind: 'jwks', supabaseUrl });
    const stranger = await generateKeyPair('RS256');
    const token = await new SignJWT(claimsFor(supabaseUrl))
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .sign(stranger.privateKey);
    expect((await refusal(jwks.verify(token))).code).toBe('invalid_token');
  });
});

describe('bearerToken', () => {
  it('reads the token of an Authorization: Bearer header', () => {
    const request = new Request('http://x/', { headers: { Authorization: 'Bearer abc.def.ghi' } });
    expect(bearerToken(request)).toBe('abc.def.ghi');
  });

  it('finds nothing without the header or with another scheme', () => {
    expect(bearerToken(new Request('http://x/'))).toBeUndefined();
    const basic = new Request('http://x/', { headers: { Authorization: 'Basic dTpw' } });
    expect(bearerToken(basic)).toBeUndefined();
  });
});
