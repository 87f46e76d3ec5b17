import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printSortedSchema, SCHEMA_FILE } from './print-schema.ts';

describe('the committed schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:print` after an API change)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printSortedSchema());
  });
});
