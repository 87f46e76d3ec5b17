// The board: one column per step of the deal workflow, cards moved by drag and drop or menu.
import { HStack } from '@chakra-ui/react';
import { useState } from 'react';
import type { BoardColumn, BoardDeal, BoardStep } from '../board.ts';
import type { StaleInfo } from './deal-card.tsx';
import { PipelineColumn } from './pipeline-column.tsx';

export function PipelineBoard<D extends BoardDeal, S extends BoardStep>({
  columns,
  staleById,
  canMove,
  onMove,
}: {
  columns: readonly BoardColumn<D, S>[];
  staleById: ReadonlyMap<string, StaleInfo>;
  canMove: boolean;
  onMove(deal: D, from: S, to: S): void;
}) {
  const [dragging, setDragging] = useState<{ dealId: string; fromStepId: string } | null>(null);
  const steps = columns.map((column) => column.step);

  function dropOn(to: S, dealId: string) {
    setDragging(null);
    const from = columns.find((column) => column.deals.some((deal) => deal.id === dealId));
    const deal = from?.deals.find((d) => d.id === dealId);
    if (from && deal && from.step.id !== to.id) onMove(deal, from.step, to);
  }

  return (
    <HStack
      align="stretch"
      gap="3"
      overflowX="auto"
      pb="4"
      flex="1"
      minH="0"
      role="group"
      aria-label="Pipeline board"
    >
      {columns.map((column) => (
        <PipelineColumn
          key={column.step.id}
          column={column}
          steps={steps}
          staleById={staleById}
          canMove={canMove}
          draggingFrom={dragging?.fromStepId ?? null}
          onDragStart={(dealId) => setDragging({ dealId, fromStepId: column.step.id })}
          onDragEnd={() => setDragging(null)}
          onDropDeal={(dealId) => dropOn(column.step, dealId)}
          onMove={(deal, to) => onMove(deal, column.step, to)}
        />
      ))}
    </HStack>
  );
}
