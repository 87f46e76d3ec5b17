import { describe, expect, it } from 'vitest';
import type { Money } from '../../lib/format.ts';
import {
  buildBoard,
  movesReducer,
  noMoves,
  type BoardStep,
  type PendingMove,
  type ServerColumn,
  summarizeOpenPipeline,
} from './board.ts';

function step(
  id: string,
  defaultProbability: number,
  category: BoardStep['status']['category'] = 'OPEN',
): BoardStep {
  return {
    id,
    name: id,
    defaultProbability,
    isFinal: category !== 'OPEN',
    status: { category, color: '#000000' },
  };
}

function deal(id: string, amount: string | null, probability: number, currency = 'USD') {
  return { id, name: id, amount: amount === null ? null : { amount, currency }, probability };
}

/** Per-currency sums in cents, as the server's decimal strings by currency code. */
function sums(deals: ReturnType<typeof deal>[], weighted: boolean): Money[] {
  const cents = new Map<string, number>();
  for (const d of deals) {
    if (d.amount == null) continue;
    const value = Math.round(Number(d.amount.amount) * 100 * (weighted ? d.probability : 1));
    cents.set(d.amount.currency, (cents.get(d.amount.currency) ?? 0) + value);
  }
  return [...cents]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, c]) => ({ amount: (c / 100).toFixed(2), currency }));
}

/** A column whose figures are what the server would count for exactly these deals. */
function column(s: BoardStep, deals: ReturnType<typeof deal>[]): ServerColumn {
  return {
    step: s,
    deals,
    count: deals.length,
    totals: sums(deals, false),
    weightedTotals: sums(deals, true),
    staleCount: 0,
  };
}

/** Totals in short: "1500.00 USD + 20.00 EUR"; "" for none. */
const show = (totals: readonly Money[]) =>
  totals.map((m) => `${m.amount} ${m.currency}`).join(' + ');

const figures = (c: { count: number; totals: Money[]; weightedTotals: Money[] }) => [
  c.count,
  show(c.totals),
  show(c.weightedTotals),
];

const qualification = step('qualification', 0.1);
const contact = step('contact', 0.2);
const won = step('won', 1, 'WON');

function move(dealId: string, fromStepId: string, toStepId: string, moveId = 1): PendingMove {
  return { moveId, dealId, fromStepId, toStepId };
}

describe('the board', () => {
  const server = [
    column(qualification, [deal('a', '1000', 0.1), deal('b', '500', 0.1)]),
    column(contact, [deal('c', '2000', 0.2)]),
    column(won, []),
  ];

  it('shows the server’s columns as they are when nothing is moving', () => {
    const board = buildBoard(server, []);
    expect(board.map((c) => [c.step.id, ...figures(c)])).toEqual([
      ['qualification', 2, '1500.00 USD', '150.00 USD'],
      ['contact', 1, '2000.00 USD', '400.00 USD'],
      ['won', 0, '', ''],
    ]);
    expect(board.flatMap((c) => c.deals).every((d) => !d.moving)).toBe(true);
  });

  it('moves a card at once, its amount going along and weighted at the new step’s probability', () => {
    const board = buildBoard(server, [move('a', 'qualification', 'contact')]);
    const [from, to] = board;
    expect(from!.deals.map((d) => d.id)).toEqual(['b']);
    expect(figures(from!)).toEqual([1, '500.00 USD', '50.00 USD']);
    expect(to!.deals.map((d) => [d.id, d.moving, d.probability])).toEqual([
      ['a', true, 0.2],
      ['c', false, 0.2],
    ]);
    expect(figures(to!)).toEqual([2, '3000.00 USD', '600.00 USD']);
  });

  it('counts a deal without an amount but adds nothing to the values', () => {
    const board = buildBoard(
      [column(qualification, [deal('x', null, 0.1)]), column(contact, [])],
      [move('x', 'qualification', 'contact')],
    );
    expect(board.map(figures)).toEqual([
      [0, '', ''],
      [1, '', ''],
    ]);
  });

  it('leaves a move alone once the server already has the deal where it goes', () => {
    const moved = [column(qualification, []), column(contact, [deal('a', '1000', 0.2)])];
    const board = buildBoard(moved, [move('a', 'qualification', 'contact')]);
    expect(board.map((c) => c.count)).toEqual([0, 1]);
    expect(board[1]!.deals[0]!.moving).toBe(false);
  });

  it('takes a card from wherever the server has it, for a move made from an optimistic place', () => {
    const board = buildBoard(server, [move('a', 'contact', 'won', 2)]);
    expect(board.map((c) => c.deals.map((d) => d.id))).toEqual([['b'], ['c'], ['a']]);
    expect(show(board[2]!.weightedTotals)).toBe('1000.00 USD');
  });

  it('keeps values to the cent despite floating point', () => {
    const board = buildBoard(
      [column(qualification, [deal('a', '0.1', 0.1), deal('b', '0.2', 0.1)]), column(contact, [])],
      [move('a', 'qualification', 'contact')],
    );
    expect(show(board[0]!.totals)).toBe('0.20 USD');
    expect(show(board[1]!.weightedTotals)).toBe('0.02 USD');
  });

  it('moves the largest amount a deal can hold without losing a cent', () => {
    const board = buildBoard(
      [
        column(qualification, [deal('big', '999999999999.99', 0.1)]),
        column(contact, [deal('c', '0.01', 0.2)]),
      ],
      [move('big', 'qualification', 'contact')],
    );
    expect(show(board[1]!.totals)).toBe('1000000000000.00 USD');
    expect(show(board[0]!.totals)).toBe('');
  });

  it('moves an amount within its own currency, never into another', () => {
    const board = buildBoard(
      [
        column(qualification, [deal('e', '250.55', 0.1, 'EUR'), deal('u', '1000', 0.1)]),
        column(contact, [deal('c', '2000', 0.2)]),
      ],
      [move('e', 'qualification', 'contact')],
    );
    expect(board.map(figures)).toEqual([
      [1, '1000.00 USD', '100.00 USD'],
      [2, '250.55 EUR + 2000.00 USD', '50.11 EUR + 400.00 USD'],
    ]);
  });

  it('sums the open pipeline without the won and lost columns', () => {
    const board = buildBoard([...server.slice(0, 2), column(won, [deal('w', '9000', 1)])], []);
    const open = summarizeOpenPipeline(board);
    expect(figures(open)).toEqual([3, '3500.00 USD', '550.00 USD']);
  });

  it('sums the open pipeline per currency', () => {
    const board = buildBoard(
      [
        column(qualification, [deal('e', '100', 0.1, 'EUR'), deal('u', '1000', 0.1)]),
        column(contact, [deal('f', '50.5', 0.2, 'EUR')]),
      ],
      [],
    );
    expect(figures(summarizeOpenPipeline(board))).toEqual([
      3,
      '150.50 EUR + 1000.00 USD',
      '20.10 EUR + 100.00 USD',
    ]);
  });
});

describe('the moves reducer', () => {
  it('puts a started move in flight and clears an earlier refusal', () => {
    const refused = { ...noMoves, refusal: { dealId: 'z', title: 'Z stays', message: 'No.' } };
    const state = movesReducer(refused, { type: 'moveStarted', move: move('a', 'q', 'c') });
    expect(state).toEqual({ pending: [move('a', 'q', 'c')], refusal: null });
  });

  it('drops a settled move, so the board shows the server’s columns again', () => {
    const started = movesReducer(noMoves, { type: 'moveStarted', move: move('a', 'q', 'c') });
    expect(movesReducer(started, { type: 'moveSettled', moveId: 1 })).toEqual(noMoves);
  });

  it('rolls a refused move back and keeps the reason to show', () => {
    const started = movesReducer(noMoves, { type: 'moveStarted', move: move('a', 'q', 'c') });
    const refused = movesReducer(started, {
      type: 'moveRefused',
      moveId: 1,
      dealId: 'a',
      title: 'a stays in q',
      message: 'The workflow does not allow that.',
    });
    expect(refused.pending).toEqual([]);
    expect(refused.refusal).toEqual({
      dealId: 'a',
      title: 'a stays in q',
      message: 'The workflow does not allow that.',
    });
    expect(
      buildBoard(
        [column(qualification, [deal('a', '1', 0.1)]), column(contact, [])],
        refused.pending,
      )[0]!.deals,
    ).toHaveLength(1);
  });

  it('keeps a later move of the same deal when the answer to an earlier one arrives', () => {
    let state = movesReducer(noMoves, { type: 'moveStarted', move: move('a', 'q', 'c', 1) });
    state = movesReducer(state, { type: 'moveStarted', move: move('a', 'c', 'd', 2) });
    expect(state.pending).toEqual([move('a', 'c', 'd', 2)]);
    state = movesReducer(state, { type: 'moveSettled', moveId: 1 });
    expect(state.pending).toEqual([move('a', 'c', 'd', 2)]);
  });

  it('forgets the refusal when dismissed', () => {
    const state = { ...noMoves, refusal: { dealId: 'a', title: 'a stays', message: 'No.' } };
    expect(movesReducer(state, { type: 'refusalDismissed' }).refusal).toBeNull();
  });
});
