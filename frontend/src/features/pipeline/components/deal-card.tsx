// A deal on the board: draggable to another column, or moved with its "Move to…" menu.
import { Badge, Box, HStack, Link, Stack, Text } from '@chakra-ui/react';
import { Link as RouterLink } from 'react-router';
import { formatDays, formatMoney, formatPercent, type Money } from '../../../lib/format.ts';
import { MoveToMenu } from './move-to-menu.tsx';

export const DEAL_DRAG_TYPE = 'application/x-waymark-deal';

export interface StaleInfo {
  daysInStep: number;
  expectedDwellDays: number;
  overdueDays: number;
}

interface Step {
  id: string;
  name: string;
}

export function DealCard({
  deal,
  step,
  steps,
  stale,
  canMove,
  onDragStart,
  onDragEnd,
  onMove,
}: {
  deal: {
    id: string;
    name: string;
    amount?: Money | null;
    probability: number;
    moving: boolean;
  };
  step: Step;
  steps: readonly Step[];
  stale: StaleInfo | undefined;
  canMove: boolean;
  onDragStart(): void;
  onDragEnd(): void;
  onMove(to: Step): void;
}) {
  const draggable = canMove && !deal.moving;
  return (
    <Box
      as="li"
      listStyleType="none"
      aria-label={deal.name}
      aria-busy={deal.moving || undefined}
      draggable={draggable}
      onDragStart={(event) => {
        event.dataTransfer.setData(DEAL_DRAG_TYPE, deal.id);
        event.dataTransfer.setData('text/plain', deal.name);
        event.dataTransfer.effectAllowed = 'move';
        onDragStart();
      }}
      onDragEnd={onDragEnd}
      bg="bg"
      borderWidth="1px"
      borderColor={stale ? 'orange.300' : 'border'}
      borderRadius="md"
      p="3"
      boxShadow="xs"
      cursor={draggable ? 'grab' : 'default'}
      opacity={deal.moving ? 0.6 : 1}
      _hover={{ boxShadow: draggable ? 'sm' : 'xs' }}
    >
      <Stack gap="1">
        <Text fontWeight="semibold" lineClamp={2}>
          {/* Not draggable itself: a drag that starts on the name moves the card. */}
          <Link asChild colorPalette="gray" draggable={false}>
            <RouterLink to={`/deals/${deal.id}`} draggable={false}>
              {deal.name}
            </RouterLink>
          </Link>
        </Text>
        <HStack justify="space-between" fontSize="sm" color="fg.muted">
          <Text>{deal.amount == null ? 'No amount' : formatMoney(deal.amount)}</Text>
          <Text title="Win probability of this step">{formatPercent(deal.probability)}</Text>
        </HStack>
        <HStack justify="space-between" minH="6">
          {stale ? (
            <Badge
              colorPalette="orange"
              variant="subtle"
              title={`In ${step.name} for ${formatDays(stale.daysInStep)}; this step expects ${formatDays(stale.expectedDwellDays)}.`}
            >
              Stale · {formatDays(stale.overdueDays)} over
            </Badge>
          ) : (
            <span />
          )}
          {canMove && (
            <MoveToMenu
              deal={deal}
              currentStep={step}
              steps={steps}
              disabled={deal.moving}
              onMove={onMove}
            />
          )}
        </HStack>
      </Stack>
    </Box>
  );
}
