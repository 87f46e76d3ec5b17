// A section of a record page: a card with a heading (h2, for headings navigation) and an action.
import { Card, HStack } from '@chakra-ui/react';
import { type ReactNode, useId } from 'react';

export function RecordSection({
  title,
  action,
  children,
  gridArea,
}: {
  title: string;
  action?: ReactNode;
  children: ReactNode;
  gridArea?: string;
}) {
  const headingId = useId();
  return (
    <Card.Root as="section" aria-labelledby={headingId} size="sm" gridArea={gridArea} minW="0">
      <Card.Header>
        <HStack justify="space-between" gap="2" minH="8">
          <Card.Title as="h2" id={headingId} fontSize="md">
            {title}
          </Card.Title>
          {action}
        </HStack>
      </Card.Header>
      <Card.Body>{children}</Card.Body>
    </Card.Root>
  );
}
