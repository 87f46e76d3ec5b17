import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from 'react-router';
import { renderWithProviders } from '../../../testing/render.tsx';
import type { Money } from '../../../lib/format.ts';
import { buildBoard, type BoardStep } from '../board.ts';
import { PipelineColumn } from './pipeline-column.tsx';

const proposal: BoardStep = {
  id: 'proposal',
  name: 'Proposal',
  defaultProbability: 0.6,
  isFinal: false,
  expectedDwellDays: 10,
  status: { category: 'OPEN', color: '#D69E2E' },
};

type TestDeal = { id: string; name: string; amount: string | null; currency?: string };

/** The server's per-currency sums of these deals (weighted at the step's 60 %). */
function sums(deals: TestDeal[], factor: number): Money[] {
  const byCurrency = new Map<string, number>();
  for (const d of deals) {
    if (d.amount == null) continue;
    const currency = d.currency ?? 'USD';
    byCurrency.set(currency, (byCurrency.get(currency) ?? 0) + Number(d.amount) * factor);
  }
  return [...byCurrency]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) => ({ amount: amount.toFixed(2), currency }));
}

function renderColumn(deals: TestDeal[], more = 0) {
  const [column] = buildBoard(
    [
      {
        step: proposal,
        deals: deals.map(({ currency = 'USD', ...d }) => ({
          ...d,
          amount: d.amount === null ? null : { amount: d.amount, currency },
          probability: 0.6,
        })),
        count: deals.length + more,
        totals: sums(deals, 1),
        weightedTotals: sums(deals, 0.6),
        staleCount: 0,
      },
    ],
    [],
  );
  // Deal names link to their pages: a router must be there.
  return renderWithProviders(
    <MemoryRouter>
      <PipelineColumn
        column={column!}
        steps={[proposal]}
        staleById={new Map([['b', { daysInStep: 15, expectedDwellDays: 10, overdueDays: 5 }]])}
        canMove
        draggingFrom={null}
        onDragStart={vi.fn()}
        onDragEnd={vi.fn()}
        onDropDeal={vi.fn()}
        onMove={vi.fn()}
      />
    </MemoryRouter>,
  );
}

describe('a pipeline column', () => {
  it('shows its count, total and weighted value, and each deal’s amount and probability', () => {
    renderColumn([
      { id: 'a', name: 'Globex renewal', amount: '12000' },
      { id: 'b', name: 'Initech upgrade', amount: '3000' },
    ]);
    const region = screen.getByRole('region', { name: 'Proposal' });
    expect(within(region).getByLabelText('2 deals')).toHaveTextContent('2');
    expect(within(region).getByTestId('column-total')).toHaveTextContent(
      '$15,000 · weighted $9,000',
    );
    const card = within(region).getByRole('listitem', { name: 'Globex renewal' });
    expect(card).toHaveTextContent('$12,000');
    expect(card).toHaveTextContent('60%');
    expect(card).toHaveAttribute('draggable', 'true');
  });

  it('shows one total per currency, never adding euros to dollars, and each card in its own', () => {
    renderColumn([
      { id: 'a', name: 'Globex renewal', amount: '12000' },
      { id: 'b', name: 'Umbrella pilot', amount: '2500.5', currency: 'EUR' },
    ]);
    const totals = within(screen.getByRole('list', { name: 'Totals in Proposal' }));
    expect(totals.getAllByTestId('column-total').map((line) => line.textContent)).toEqual([
      '€2,500.50 · weighted €1,500.30',
      '$12,000 · weighted $7,200',
    ]);
    // Each card shows its amount in its own currency.
    expect(screen.getByRole('listitem', { name: 'Umbrella pilot' })).toHaveTextContent('€2,500.50');
  });

  it('marks stale deals with how long they are overdue', () => {
    renderColumn([
      { id: 'a', name: 'Fresh', amount: '1' },
      { id: 'b', name: 'Stuck', amount: '1' },
    ]);
    expect(screen.getByRole('listitem', { name: 'Stuck' })).toHaveTextContent(
      'Stale · 5 days over',
    );
    expect(screen.getByRole('listitem', { name: 'Fresh' })).not.toHaveTextContent('Stale');
  });

  it('says what to do when empty', () => {
    renderColumn([]);
    expect(screen.getByText('No deals here. Drag a card here to move it.')).toBeInTheDocument();
    expect(screen.getByText('No amounts')).toBeInTheDocument();
  });

  it('says how many smaller deals it does not show', () => {
    renderColumn([{ id: 'a', name: 'Big one', amount: '100' }], 3);
    expect(screen.getByText('and 3 smaller deals')).toBeInTheDocument();
  });
});
