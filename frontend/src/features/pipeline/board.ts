// The board's pure logic: columns as the server counted them, with optimistic moves laid over
// them (a moved card shows in its new column at once, and the column figures follow), and the
// reducer that starts, settles and rolls back those moves.

export interface BoardDeal {
  id: string;
  name: string;
  amount?: number | null;
  currency: string;
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
  totalAmount: number;
  weightedAmount: number;
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
  totalAmount: number;
  weightedAmount: number;
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
    totalAmount: column.totalAmount,
    weightedAmount: column.weightedAmount,
  }));
  for (const move of pending) {
    const from = board.find((column) => column.deals.some((deal) => deal.id === move.dealId));
    const to = board.find((column) => column.step.id === move.toStepId);
    if (!from || !to || from === to) continue;
    const index = from.deals.findIndex((deal) => deal.id === move.dealId);
    const [deal] = from.deals.splice(index, 1);
    if (!deal) continue;
    const amount = deal.amount ?? 0;
    from.count -= 1;
    from.totalAmount -= amount;
    from.weightedAmount -= amount * deal.probability;
    const probability = to.step.defaultProbability;
    to.deals.unshift({ ...deal, probability, moving: true });
    to.count += 1;
    to.totalAmount += amount;
    to.weightedAmount += amount * probability;
  }
  return board.map((column) => ({
    ...column,
    totalAmount: roundCents(column.totalAmount),
    weightedAmount: roundCents(column.weightedAmount),
  }));
}

/** The open pipeline: deals not yet won or lost, their value and their weighted value. */
export function summarizeOpenPipeline(columns: readonly BoardColumn[]): {
  count: number;
  totalAmount: number;
  weightedAmount: number;
} {
  const open = columns.filter((column) => column.step.status.category === 'OPEN');
  return {
    count: open.reduce((sum, column) => sum + column.count, 0),
    totalAmount: roundCents(open.reduce((sum, column) => sum + column.totalAmount, 0)),
    weightedAmount: roundCents(open.reduce((sum, column) => sum + column.weightedAmount, 0)),
  };
}

/** The currency most of the board's deals use, for its totals; USD on an empty board. */
export function boardCurrency(columns: readonly { deals: readonly BoardDeal[] }[]): string {
  const counts = new Map<string, number>();
  for (const column of columns) {
    for (const deal of column.deals)
      counts.set(deal.currency, (counts.get(deal.currency) ?? 0) + 1);
  }
  let best = 'USD';
  let bestCount = 0;
  for (const [currency, count] of counts) {
    if (count > bestCount) [best, bestCount] = [currency, count];
  }
  return best;
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

function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}
