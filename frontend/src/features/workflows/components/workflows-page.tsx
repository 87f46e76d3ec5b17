// Workflows: the processes the workspace's records move through, each with its active version
// and whether a draft of the next one is under way.
import { Badge, Box, Heading, HStack, Link, SimpleGrid, Stack, Text } from '@chakra-ui/react';
import { Link as RouterLink } from 'react-router';
import { EmptyHint, ErrorState, LoadingState } from '../../../components/page-states.tsx';
import { useWorkspace } from '../../../hooks/use-workspace.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';
import { useWorkflows } from '../api/workflows.ts';
import { formatDate, pluralRecords } from '../format.ts';
import { mayEditWorkflows } from '../roles.ts';

export function WorkflowsPage() {
  const workspace = useWorkspace();
  const query = useWorkflows(workspace.id);
  const workflows = query.data?.workflows;

  let body;
  if (query.error && !query.data) {
    body = (
      <ErrorState
        title="The workflows could not be loaded"
        message={describeRequestError(query.error)}
        onRetry={() => void query.refetch()}
      />
    );
  } else if (!workflows) {
    body = <LoadingState label="Loading workflows…" />;
  } else if (workflows.length === 0) {
    body = (
      <EmptyHint
        title="This workspace has no workflows"
        description="New workspaces start with a sales pipeline for deals, lead qualification and support. Ask the workspace’s owner to check that it was set up."
      />
    );
  } else {
    body = (
      <SimpleGrid as="ul" columns={{ base: 1, md: 2, xl: 3 }} gap="3" listStyleType="none">
        {workflows.map((workflow) => {
          const active = workflow.versions.find((v) => v.state === 'ACTIVE');
          const draft = workflow.versions.find((v) => v.state === 'DRAFT');
          return (
            <Box as="li" key={workflow.id} borderWidth="1px" borderRadius="md" p="4" bg="bg">
              <Stack gap="2">
                <HStack justify="space-between" align="flex-start" gap="2">
                  <Link asChild fontWeight="semibold" fontSize="lg" color="blue.700">
                    <RouterLink to={`/workflows/${workflow.id}`}>{workflow.name}</RouterLink>
                  </Link>
                  {draft && (
                    <Badge colorPalette="orange" variant="subtle">
                      Draft v{draft.version}
                    </Badge>
                  )}
                </HStack>
                <Text fontSize="sm" color="fg.muted">
                  Moves {pluralRecords(workflow.entityType)} · {workflow.projectTypeName}
                </Text>
                <Text fontSize="sm">
                  {active
                    ? `Version ${active.version} active${active.publishedAt ? ` since ${formatDate(active.publishedAt)}` : ''} · ${active.steps.length} ${active.steps.length === 1 ? 'step' : 'steps'}`
                    : 'No active version'}
                </Text>
              </Stack>
            </Box>
          );
        })}
      </SimpleGrid>
    );
  }

  return (
    <Stack gap="4">
      <Stack gap="0">
        <Heading as="h1" size="xl">
          Workflows
        </Heading>
        <Text color="fg.muted" fontSize="sm">
          {mayEditWorkflows(workspace.role)
            ? 'The steps your records move through. Open one to see its moves and automations, or to change it in a draft.'
            : 'The steps your records move through. Owners and admins can change them.'}
        </Text>
      </Stack>
      {body}
    </Stack>
  );
}
