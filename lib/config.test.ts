import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

describe('the deployment context', () => {
  it('is local for npm start with nothing set', () => {
    expect(parseConfig({}).deployment).toEqual({ deployed: false, why: 'local' });
  });

  it('is deployed with NODE_ENV=production, as the Docker image sets it', () => {
    expect(parseConfig({ NODE_ENV: 'production' }).deployment.deployed).toBe(true);
  });

  it.each(['production', 'deploy-preview', 'branch-deploy'])(
    'is deployed in the Netlify context %s',
    (context) => {
      expect(parseConfig({ CONTEXT: context }).deployment.deployed).toBe(true);
    },
  );

  it('is deployed in a Netlify function, which sees SITE_ID but not NETLIFY or CONTEXT', () => {
    expect(parseConfig({ SITE_ID: 'a1b2', URL: 'https://x.netlify.app' }).deployment).toEqual({
      deployed: true,
      why: 'a Netlify function (SITE_ID is set)',
    });
  });

  it('is deployed in a Netlify build, but not under netlify dev', () => {
    expect(parseConfig({ NETLIFY: 'true' }).deployment.deployed).toBe(true);
    expect(parseConfig({ NETLIFY: 'true', CONTEXT: 'dev' }).deployment.deployed).toBe(false);
    expect(parseConfig({ SITE_ID: 'a1b2', NETLIFY_DEV: 'true' }).deployment.deployed).toBe(false);
  });
});

describe("the Inngest endpoint's verification", () => {
  it('is dev mode (unverified) without Inngest variables, as the client is', () => {
    expect(parseConfig({}).inngestServe).toEqual({ signingKey: undefined, devMode: true });
  });

  it('verifies with a signing key, unless INNGEST_DEV turns the SDK to dev mode', () => {
    const key = 'signkey-prod-00';
    expect(parseConfig({ INNGEST_SIGNING_KEY: key }).inngestServe).toEqual({
      signingKey: key,
      devMode: false,
    });
    expect(parseConfig({ INNGEST_SIGNING_KEY: key, INNGEST_DEV: '1' }).inngestServe.devMode).toBe(
      true,
    );
    expect(
      parseConfig({ INNGEST_SIGNING_KEY: key, INNGEST_DEV: 'false' }).inngestServe.devMode,
    ).toBe(false);
  });
});

const DATABASE_URL = 'postgres://waymark@127.0.0.1/waymark';

describe('whether the server runs durable functions itself', () => {
  it('does by default', () => {
    expect(parseConfig({ DATABASE_URL }).automation).toMatchObject({ runInServer: true });
  });

  it('leaves them to workers when WAYMARK_RUN_FUNCTIONS is false', () => {
    expect(parseConfig({ DATABASE_URL, WAYMARK_RUN_FUNCTIONS: 'false' }).automation).toMatchObject({
      mode: 'embedded',
      runInServer: false,
    });
  });

  it('refuses to leave them to workers on PGlite, where no worker can reach the database', () => {
    expect(() => parseConfig({ WAYMARK_RUN_FUNCTIONS: 'false' })).toThrow(ConfigError);
    expect(() => parseConfig({ WAYMARK_RUN_FUNCTIONS: 'false' })).toThrow(/WAYMARK_RUN_FUNCTIONS/);
  });
});

describe('where attachments are kept', () => {
  const supabase = {
    SUPABASE_URL: 'https://abc.supabase.co/',
    SUPABASE_ANON_KEY: 'anon-key-0123456789abcdef',
  };
  const SUPABASE_SERVICE_ROLE_KEY = 'service-role-key-0123456789';

  it('is the local folder by default, and with Supabase auth but no service-role key', () => {
    expect(parseConfig({}).storage).toEqual({ mode: 'local' });
    expect(parseConfig(supabase).storage).toEqual({ mode: 'local' });
  });

  it("is the project's Storage once its service-role key is set", () => {
    expect(parseConfig({ ...supabase, SUPABASE_SERVICE_ROLE_KEY }).storage).toEqual({
      mode: 'supabase',
      url: 'https://abc.supabase.co',
      serviceRoleKey: SUPABASE_SERVICE_ROLE_KEY,
    });
    expect(
      parseConfig({ ...supabase, SUPABASE_SERVICE_ROLE_KEY, WAYMARK_STORAGE: 'local' }).storage,
    ).toEqual({ mode: 'local' });
  });

  it('refuses WAYMARK_STORAGE=supabase without the project and its key', () => {
    expect(() => parseConfig({ ...supabase, WAYMARK_STORAGE: 'supabase' })).toThrow(
      /WAYMARK_STORAGE: supabase needs SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY/,
    );
  });
});
