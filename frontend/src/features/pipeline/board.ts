// The board's pure logic: columns as the server counted them, with optimistic moves laid over
// them (a moved card shows in its new column at once, and the column figures follow), and the
// reducer that starts, settles and rolls back those moves. Totals are per currency, in whole
// cents while a move adjusts them, and never added across currencies.
import type { Money } from '../../lib/format.ts';

export interface BoardDeal {
  id: string;
  name: string;
  /** Null when the deal has none yet. */
  amount?: Money | null;
  /** The win probability of the deal's current step, 0–1. */
  probability: number;
}

export interface BoardStep {
  id: string;
  name: string;
  defaultProbability: number;
  isFinal: boolean;
  expectedDwellDays?: number | null;
  status: { category: 'OPEN' | 'WON' | 'LOST' | 'DONE'; color: string };
}

/** A pipeline column as the API answers it. */
export interface ServerColumn<D extends BoardDeal = BoardDeal, S extends BoardStep = BoardStep> {
  step: S;
  deals: readonly D[];
  count: number;
  totals: readonly Money[];
  weightedTotals: readonly Money[];
  staleCount: number;
}

export interface PendingMove {
  /** Tells a move from a later one of the same deal, whose answer may come in between. */
  moveId: number;
  dealId: string;
  fromStepId: string;
  toStepId: string;
}

export interface BoardColumn<D extends BoardDeal = BoardDeal, S extends BoardStep = BoardStep> {
  step: S;
  deals: (D & { moving: boolean })[];
  count: number;
  /** By currency code, like the API's. */
  totals: Money[];
  weightedTotals: Money[];
}

/**
 * The columns to show: the server's, with each pending move's deal taken out of the column the
 * server has it in and put into the one it goes to, its amount and weighted value going with it
 * (weighted at the new step's probability). A move the server already reflects is left as it is.
 */
export function buildBoard<D extends BoardDeal, S extends BoardStep>(
  columns: readonly ServerColumn<D, S>[],
  pending: readonly PendingMove[],
): BoardColumn<D, S>[] {
  const board = columns.map((column) => ({
    step: column.step,
    deals: column.deals.map((deal) => ({ ...deal, moving: false })),
    count: column.count,
    totals: centsByCurrency(column.totals),
    weightedTotals: centsByCurrency(column.weightedTotals),
  }));
  for (const move of pending) {
    const from = board.find((column) => column.deals.some((deal) => deal.id === move.dealId));
    const to = board.find((column) => column.step.id === move.toStepId);
    if (!from || !to || from === to) continue;
    const index = from.deals.findIndex((deal) => deal.id === move.dealId);
    const [deal] = from.deals.splice(index, 1);
    if (!deal) continue;
    const probability = to.step.defaultProbability;
    from.count -= 1;
    to.deals.unshift({ ...deal, probability, moving: true });
    to.count += 1;
    // A deal without an amount moves no money.
    if (deal.amount == null) continue;
    const { currency } = deal.amount;
    const cents = centsOf(deal.amount.amount);
    add(from.totals, currency, -cents);
    add(from.weightedTotals, currency, -Math.round(cents * deal.probability));
    add(to.totals, currency, cents);
    add(to.weightedTotals, currency, Math.round(cents * probability));
  }
  return board.map((column) => ({
    ...column,
    totals: moneyOf(column.totals),
    weightedTotals: moneyOf(column.weightedTotals),
  }));
}

/** The open pipeline: deals not yet won or lost, their value and their weighted value. */
export function summarizeOpenPipeline(columns: readonly BoardColumn[]): {
  count: number;
  totals: Money[];
  weightedTotals: Money[];
} {
  const open = columns.filter((column) => column.step.status.category === 'OPEN');
  return {
    count: open.reduce((sum, column) => sum + column.count, 0),
    totals: moneyOf(centsByCurrency(open.flatMap((column) => column.totals))),
    weightedTotals: moneyOf(centsByCurrency(open.flatMap((column) => column.weightedTotals))),
  };
}

/** Each currency's total with its weighted one, for showing them side by side. */
export function pairTotals(
  totals: readonly Money[],
  weightedTotals: readonly Money[],
): { currency: string; total: Money; weighted: Money }[] {
  return totals.map((total) => ({
    currency: total.currency,
    total,
    weighted: weightedTotals.find((w) => w.currency === total.currency) ?? {
      amount: '0.00',
      currency: total.currency,
    },
  }));
}

/** Whole cents by currency, summing amounts of the same currency. */
function centsByCurrency(amounts: readonly Money[]): Map<string, number> {
  const cents = new Map<string, number>();
  for (const { amount, currency } of amounts) add(cents, currency, centsOf(amount));
  return cents;
}

/**
 * "1250.5" as 125050 cents, read from its digits: no float rounding on the way, and exact for
 * every amount a deal can hold (up to 999999999999.99, well within a safe integer).
 */
function centsOf(amount: string): number {
  const [whole = '0', fraction = ''] = amount.replace(/^-/, '').split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
  return amount.startsWith('-') ? -cents : cents;
}

/** 125050 cents as "1250.50", by integer arithmetic. */
function decimalOf(cents: number): string {
  const size = Math.abs(cents);
  const whole = (size - (size % 100)) / 100;
  return `${cents < 0 ? '-' : ''}${whole}.${String(size % 100).padStart(2, '0')}`;
}

/** Adds to a currency's cents; a currency whose total a move brings to nothing leaves the list. */
function add(cents: Map<string, number>, currency: string, delta: number): void {
  const sum = (cents.get(currency) ?? 0) + delta;
  if (sum === 0 && delta < 0) cents.delete(currency);
  else cents.set(currency, sum);
}

function moneyOf(cents: Map<string, number>): Money[] {
  return [...cents]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, value]) => ({ amount: decimalOf(value), currency }));
}

export interface MovesState {
  pending: PendingMove[];
  /** The last move the API refused, in words, until dismissed or another move starts. */
  refusal: { dealId: string; title: string; message: string } | null;
}

export type MovesAction =
  | { type: 'moveStarted'; move: PendingMove }
  | { type: 'moveSettled'; moveId: number }
  | { type: 'moveRefused'; moveId: number; dealId: string; title: string; message: string }
  | { type: 'refusalDismissed' };

export const noMoves: MovesState = { pending: [], refusal: null };

export function movesReducer(state: MovesState, action: MovesAction): MovesState {
  switch (action.type) {
    case 'moveStarted':
      return {
        pending: [
          ...state.pending.filter((move) => move.dealId !== action.move.dealId),
          action.move,
        ],
        refusal: null,
      };
    case 'moveSettled':
      return { ...state, pending: state.pending.filter((move) => move.moveId !== action.moveId) };
    case 'moveRefused':
      return {
        pending: state.pending.filter((move) => move.moveId !== action.moveId),
        refusal: { dealId: action.dealId, title: action.title, message: action.message },
      };
    case 'refusalDismissed':
      return { ...state, refusal: null };
  }
}
