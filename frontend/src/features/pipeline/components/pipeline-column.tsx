// One step of the pipeline: its figures, its cards, and a drop target for cards from others.
import { Box, HStack, Stack, Text } from '@chakra-ui/react';
import { type DragEvent, useId, useState } from 'react';
import { formatMoney } from '../../../lib/format.ts';
import { type BoardColumn, type BoardDeal, type BoardStep, pairTotals } from '../board.ts';
import { DEAL_DRAG_TYPE, DealCard, type StaleInfo } from './deal-card.tsx';

export function PipelineColumn<D extends BoardDeal, S extends BoardStep>({
  column,
  steps,
  staleById,
  canMove,
  draggingFrom,
  onDragStart,
  onDragEnd,
  onDropDeal,
  onMove,
}: {
  column: BoardColumn<D, S>;
  steps: readonly S[];
  staleById: ReadonlyMap<string, StaleInfo>;
  canMove: boolean;
  /** The step the card being dragged comes from, if any. */
  draggingFrom: string | null;
  onDragStart(dealId: string): void;
  onDragEnd(): void;
  onDropDeal(dealId: string): void;
  onMove(deal: D, to: S): void;
}) {
  const headingId = useId();
  const [over, setOver] = useState(false);
  const { step } = column;
  const accepts = draggingFrom !== null && draggingFrom !== step.id;
  const hidden = column.count - column.deals.length;

  function allowDrop(event: DragEvent) {
    if (!accepts) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (!over) setOver(true);
  }

  return (
    <Box
      as="section"
      aria-labelledby={headingId}
      flex="0 0 auto"
      w={{ base: '72', md: '64' }}
      bg={over ? 'blue.50' : 'bg.muted'}
      borderRadius="lg"
      borderWidth="2px"
      borderColor={over ? 'blue.400' : 'transparent'}
      borderTopColor={step.status.color}
      borderTopWidth="4px"
      display="flex"
      flexDirection="column"
      maxH="full"
      onDragOver={allowDrop}
      onDragEnter={allowDrop}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const dealId = event.dataTransfer.getData(DEAL_DRAG_TYPE);
        if (dealId) onDropDeal(dealId);
      }}
    >
      <Stack gap="0.5" p="3" pb="2">
        <HStack justify="space-between">
          <Text as="h2" id={headingId} fontWeight="bold" truncate>
            {step.name}
          </Text>
          <Text
            as="span"
            fontSize="sm"
            bg="bg"
            px="2"
            borderRadius="full"
            aria-label={`${column.count} ${column.count === 1 ? 'deal' : 'deals'}`}
            data-testid="column-count"
          >
            {column.count}
          </Text>
        </HStack>
        {/* One line per currency: amounts in different currencies are never added. */}
        <Stack as="ul" gap="0" listStyleType="none" aria-label={`Totals in ${step.name}`}>
          {pairTotals(column.totals, column.weightedTotals).map(({ currency, total, weighted }) => (
            <Text as="li" key={currency} fontSize="sm" color="fg.muted" data-testid="column-total">
              {formatMoney(total)}
              <Text as="span" title="Sum of amount × win probability">
                {' '}
                · weighted {formatMoney(weighted)}
              </Text>
            </Text>
          ))}
          {column.totals.length === 0 && (
            <Text as="li" fontSize="sm" color="fg.subtle">
              No amounts
            </Text>
          )}
        </Stack>
      </Stack>
      <Stack
        as="ul"
        gap="2"
        px="2"
        pb="3"
        overflowY="auto"
        flex="1"
        minH="24"
        aria-label={`Deals in ${step.name}`}
      >
        {column.deals.map((deal) => (
          <DealCard
            key={deal.id}
            deal={deal}
            step={step}
            steps={steps}
            stale={staleById.get(deal.id)}
            canMove={canMove}
            onDragStart={() => onDragStart(deal.id)}
            onDragEnd={onDragEnd}
            onMove={(to) => onMove(deal, steps.find((s) => s.id === to.id) ?? step)}
          />
        ))}
        {column.deals.length === 0 && (
          <Text
            as="li"
            listStyleType="none"
            fontSize="sm"
            color="fg.subtle"
            textAlign="center"
            py="4"
          >
            {canMove ? 'No deals here. Drag a card here to move it.' : 'No deals here.'}
          </Text>
        )}
        {hidden > 0 && (
          <Text as="li" listStyleType="none" fontSize="xs" color="fg.muted" textAlign="center">
            and {hidden} smaller {hidden === 1 ? 'deal' : 'deals'}
          </Text>
        )}
      </Stack>
    </Box>
  );
}
