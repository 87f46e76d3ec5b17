// The README's configuration table and .env.example are generated from the config schema; these
// fail when someone adds a variable (or edits a description) without `npm run config:docs`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configVariables } from './config.ts';
import { renderEnvExample, withConfigTable } from './config-docs.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (file: string) => readFileSync(`${root}${file}`, 'utf8');

describe('the configuration docs', () => {
  it('README.md lists exactly the variables of the config schema', () => {
    const readme = read('README.md');
    expect(readme, 'README.md is stale: run npm run config:docs').toBe(withConfigTable(readme));
    for (const { name } of configVariables()) expect(readme).toContain(`| \`${name}\``);
  });

  it('.env.example names every variable of the config schema', () => {
    const example = read('.env.example');
    expect(example, '.env.example is stale: run npm run config:docs').toBe(renderEnvExample());
    for (const { name } of configVariables())
      expect(example).toMatch(new RegExp(`^# ${name}[=:]`, 'm'));
  });

  it('documents every variable with a default and a meaning', () => {
    for (const { name, doc } of configVariables()) {
      expect(doc?.shown, name).toBeTruthy();
      expect(doc?.meaning, name).toBeTruthy();
    }
  });

  it('includes the Inngest variables and the backoff factor the old table missed', () => {
    const names = configVariables().map((v) => v.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'INNGEST_EVENT_KEY',
        'INNGEST_SIGNING_KEY',
        'INNGEST_BASE_URL',
        'WAYMARK_BACKOFF_FACTOR',
      ]),
    );
  });
});
