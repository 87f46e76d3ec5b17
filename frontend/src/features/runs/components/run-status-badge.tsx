import { Badge } from '@chakra-ui/react';
import { runStatusLabel, runStatusPalette, type RunStatus } from '../run-status.ts';

export function RunStatusBadge({ status }: { status: RunStatus }) {
  return (
    <Badge colorPalette={runStatusPalette(status)} variant="subtle" data-testid="run-status">
      {runStatusLabel(status)}
    </Badge>
  );
}
