// Per-currency totals in words: "$3,000 + €250.55". Nothing is added across currencies.
import { formatMoney, type Money } from '../../lib/format.ts';

/** Each currency's total, joined with "+". */
export function formatTotals(totals: readonly Money[]): string {
  return totals.map(formatMoney).join(' + ');
}
