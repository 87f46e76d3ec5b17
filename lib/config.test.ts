import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

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
