import { describe, expect, it } from 'vitest';
import { withoutSmtpSecrets } from './smtp.ts';

describe('withoutSmtpSecrets', () => {
  const url = 'smtp://mailer:p%40ss%2Fw0rd@smtp.example.test:587';

  it('removes the password as written in the URL and as decoded', () => {
    const text = 'Invalid login for p%40ss%2Fw0rd; server said: p@ss/w0rd is wrong';
    const safe = withoutSmtpSecrets(text, url);
    expect(safe).not.toContain('p%40ss%2Fw0rd');
    expect(safe).not.toContain('p@ss/w0rd');
    expect(safe).toContain('Invalid login for [redacted]');
  });

  it('removes the password of any URL quoted in the text, keeping the rest', () => {
    const safe = withoutSmtpSecrets(
      'could not reach smtps://other:hunter2@relay.test:465 (ETIMEDOUT)',
      url,
    );
    expect(safe).toBe('could not reach smtps://other:[redacted]@relay.test:465 (ETIMEDOUT)');
  });

  it('leaves text without secrets as it is', () => {
    const text = 'connect ECONNREFUSED 127.0.0.1:2525';
    expect(withoutSmtpSecrets(text, 'smtp://127.0.0.1:2525')).toBe(text);
    expect(withoutSmtpSecrets(text, 'not a url')).toBe(text);
  });
});
