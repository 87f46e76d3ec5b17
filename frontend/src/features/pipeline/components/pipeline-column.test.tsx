import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from 'react-router';
import { renderWithProviders } from '../../../testing/render.tsx';
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

function renderColumn(deals: { id: string; name: string; amount: number | null }[], more = 0) {
  const [column] = buildBoard(
    [
      {
        step: proposal,
        deals: deals.map((d) => ({ ...d, currency: 'USD', probability: 0.6 })),
        count: deals.length + more,
        totalAmount: deals.reduce((sum, d) => sum + (d.amount ?? 0), 0),
        weightedAmount: deals.reduce((sum, d) => sum + (d.amount ?? 0) * 0.6, 0),
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
        currency="USD"
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
      { id: 'a', name: 'Globex renewal', amount: 12000 },
      { id: 'b', name: 'Initech upgrade', amount: 3000 },
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

  it('marks stale deals with how long they are overdue', () => {
    renderColumn([
      { id: 'a', name: 'Fresh', amount: 1 },
      { id: 'b', name: 'Stuck', amount: 1 },
    ]);
    expect(screen.getByRole('listitem', { name: 'Stuck' })).toHaveTextContent(
      'Stale · 5 days over',
    );
    expect(screen.getByRole('listitem', { name: 'Fresh' })).not.toHaveTextContent('Stale');
  });

  it('says what to do when empty', () => {
    renderColumn([]);
    expect(screen.getByText('No deals here. Drag a card here to move it.')).toBeInTheDocument();
  });

  it('says how many smaller deals it does not show', () => {
    renderColumn([{ id: 'a', name: 'Big one', amount: 100 }], 3);
    expect(screen.getByText('and 3 smaller deals')).toBeInTheDocument();
  });
});
