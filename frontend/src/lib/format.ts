// Numbers as people read them on the board.

/** An amount in one currency, as the API answers it: `amount` is a decimal string ("1250.50"). */
export interface Money {
  amount: string;
  currency: string;
}

/**
 * An amount in its currency, with cents only when it has some; a plain number for bad codes.
 * The decimal string becomes a number only to be formatted: nothing is computed from it here.
 */
export function formatMoney({ amount, currency }: Money): string {
  const fractionDigits = /\.\d*[1-9]/.test(amount) ? 2 : 0;
  const value = Number(amount);
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    }).format(value);
  } catch {
    return `${value.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${currency}`;
  }
}

/** 0.35 as "35%". */
export function formatPercent(probability: number): string {
  return `${Math.round(probability * 100)}%`;
}

/** 3.4 days as "3 days", 1 as "1 day". */
export function formatDays(days: number): string {
  const whole = Math.max(0, Math.round(days));
  return `${whole} ${whole === 1 ? 'day' : 'days'}`;
}
