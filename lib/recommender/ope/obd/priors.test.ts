// prior_bts.json: one positive (alpha, beta) pair per item, or a clear refusal.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ObdInputError } from './input-error.ts';
import { readBetaPriors } from './priors.ts';

const dir = mkdtempSync(join(tmpdir(), 'obd-priors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

function priorsFile(text: string): string {
  const path = join(dir, `prior_bts_${files++}.json`);
  writeFileSync(path, text);
  return path;
}

describe('readBetaPriors', () => {
  it('reads the men priors', () => {
    const priors = readBetaPriors('test/fixtures/obd/men/prior_bts.json');
    expect(priors.alpha.length).toBe(34);
    expect(priors.beta.length).toBe(34);
    expect([priors.alpha[13], priors.beta[13]]).toEqual([518, 111326]);
  });

  it.each([
    ['broken JSON', '{"alpha": [1,', /cannot read/],
    ['unequal lengths', '{"alpha": [1, 2], "beta": [3]}', /one value per item/],
    ['a zero parameter', '{"alpha": [1, 0], "beta": [3, 4]}', /alpha/],
    ['no beta', '{"alpha": [1]}', /beta/],
  ])('refuses %s', (_, text, message) => {
    const path = priorsFile(text);
    expect(() => readBetaPriors(path)).toThrow(ObdInputError);
    expect(() => readBetaPriors(path)).toThrow(message);
  });
});
