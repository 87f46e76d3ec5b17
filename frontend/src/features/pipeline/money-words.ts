// Per-currency totals in words: "$3,000 + €250.55". Amounts are decimal strings; turning one into
// a number here only formats it, nothing is added.
import { formatMoney } from '../../lib/format.ts';
import type { Money } from './board.ts';

export function formatMoneyAmount(money: Money): string {
  return formatMoney(Number(money.amount), money.currency);
}

/** Each currency's total, joined with "+". */
export function formatTotals(totals: readonly Money[]): string {
  return totals.map(formatMoneyAmount).join(' + ');
}
