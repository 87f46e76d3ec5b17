// What a person types as an amount of money ("12,000.50") as the decimal string the API takes
// ("12000.50"): the digits are kept as typed, never passed through a float, so the cents sent are
// the cents typed. A negative amount goes through: the API refuses it with its own words.
import { z } from 'zod';

export type AmountParse = { ok: true; value: string | null } | { ok: false; problem: string };

/** Empty is no amount (null); thousands separators and spaces are dropped. */
export function parseAmountText(text: string, subject = 'the amount'): AmountParse {
  const typed = text.replace(/[,\s]/g, '');
  if (typed === '') return { ok: true, value: null };
  const match = /^-?\d+(?:\.(\d+))?$/.exec(typed);
  if (!match) return { ok: false, problem: `Enter ${subject} as a number, like 12000.` };
  if ((match[1] ?? '').length > 2) {
    return { ok: false, problem: `Enter ${subject} in whole cents, like 12000.50.` };
  }
  return { ok: true, value: typed };
}

/** A form's amount field: its text as a decimal string or null, or the problem as an issue. */
export const AmountText = z.string().transform((text, ctx): string | null => {
  const parsed = parseAmountText(text);
  if (parsed.ok) return parsed.value;
  ctx.addIssue({ code: 'custom', message: parsed.problem });
  return z.NEVER;
});
