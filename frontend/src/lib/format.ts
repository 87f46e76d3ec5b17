// Numbers as people read them on the board.

/** An amount in its currency, with cents only when it has some; a plain number for bad codes. */
export function formatMoney(amount: number, currency = 'USD'): string {
  const fractionDigits = Number.isInteger(amount) ? 0 : 2;
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    }).format(amount);
  } catch {
    return `${amount.toLocaleString('en-US')} ${currency}`;
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
