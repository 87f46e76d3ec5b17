// Reads prior_bts.json: the Beta(alpha_i, beta_i) priors the production Bernoulli Thompson
// sampling policy started from, one pair per item. They define the policy being evaluated.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ObdInputError } from './input-error.ts';

export interface BetaPriors {
  alpha: Float64Array;
  beta: Float64Array;
}

const positiveList = z.array(z.number().positive().finite()).min(1);
const priorsSchema = z
  .object({ alpha: positiveList, beta: positiveList })
  .refine((priors) => priors.alpha.length === priors.beta.length, {
    message: 'alpha and beta must have one value per item each',
  });

export function readBetaPriors(path: string): BetaPriors {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ObdInputError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const parsed = priorsSchema.safeParse(json);
  if (!parsed.success) {
    throw new ObdInputError(`${path}: ${z.prettifyError(parsed.error)}`);
  }
  return { alpha: Float64Array.from(parsed.data.alpha), beta: Float64Array.from(parsed.data.beta) };
}
