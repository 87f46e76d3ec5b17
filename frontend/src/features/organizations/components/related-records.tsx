// A side section of an organization's page listing records tied to it (its people, its deals):
// loading, none yet (and how to add one), the first page, and where to find the rest.
import { Stack, Text } from '@chakra-ui/react';
import type { ReactNode } from 'react';
import { RecordSection } from '../../../components/records/record-section.tsx';

export function RelatedRecords<Node extends { id: string }>({
  title,
  label,
  connection,
  none,
  more,
  children,
}: {
  title: string;
  /** The list's accessible name: "People at Globex". */
  label: string;
  /** undefined while it loads. */
  connection: { edges: readonly { node: Node }[]; pageInfo: { hasNextPage: boolean } } | undefined;
  none: string;
  more: string;
  children(node: Node): ReactNode;
}) {
  return (
    <RecordSection title={title}>
      {!connection ? (
        <Text fontSize="sm" color="fg.muted" role="status">
          Loading…
        </Text>
      ) : connection.edges.length === 0 ? (
        <Text fontSize="sm" color="fg.muted">
          {none}
        </Text>
      ) : (
        <Stack as="ul" gap="1" listStyleType="none" aria-label={label}>
          {connection.edges.map(({ node }) => (
            <li key={node.id}>{children(node)}</li>
          ))}
          {connection.pageInfo.hasNextPage && (
            <Text as="li" fontSize="sm" color="fg.muted">
              {more}
            </Text>
          )}
        </Stack>
      )}
    </RecordSection>
  );
}
