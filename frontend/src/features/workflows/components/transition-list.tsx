// A version's transitions: from → to, with their guards in words; in a draft, each removable.
import { Box, Button, HStack, SimpleGrid, Stack, Text } from '@chakra-ui/react';
import { useState } from 'react';
import { toaster } from '../../../components/toaster.tsx';
import type { EntityType } from '../../../gql/graphql.ts';
import { useRemoveWorkflowTransition } from '../api/remove-transition.ts';
import { describeGuards, transitionLabel } from '../guards.ts';
import type { WorkflowStep, WorkflowTransition } from '../workflow-types.ts';

export function TransitionList({
  steps,
  transitions,
  entityType,
  editable,
}: {
  steps: readonly WorkflowStep[];
  transitions: readonly WorkflowTransition[];
  entityType: EntityType;
  editable: boolean;
}) {
  const removeTransition = useRemoveWorkflowTransition();
  const [removing, setRemoving] = useState<string>();
  const names = new Map(steps.map((step) => [step.id, step.name]));

  async function remove(transition: WorkflowTransition, label: string) {
    setRemoving(transition.id);
    const outcome = await removeTransition(transition.id);
    setRemoving(undefined);
    toaster.create(
      outcome.ok
        ? { type: 'success', title: `Removed ${label}` }
        : {
            type: 'error',
            title: `${label} was not removed`,
            description: outcome.message,
            closable: true,
          },
    );
  }

  if (transitions.length === 0) {
    return (
      <Text fontSize="sm" color="fg.muted">
        No transitions: records cannot move between steps.
        {editable && ' Add one below.'}
      </Text>
    );
  }

  return (
    <SimpleGrid
      as="ul"
      columns={{ base: 1, lg: 2 }}
      gap="2"
      listStyleType="none"
      aria-label="Transitions"
    >
      {transitions.map((transition) => {
        const label = transitionLabel(
          { fromStepId: transition.fromStep.id, toStepId: transition.toStep.id },
          names,
        );
        return (
          <Box
            as="li"
            key={transition.id}
            aria-label={label}
            borderWidth="1px"
            borderRadius="md"
            px="3"
            py="2"
            bg="bg"
          >
            <HStack justify="space-between" gap="3" align="flex-start">
              <Stack gap="0.5" minW="0">
                <Text fontWeight="medium">{label}</Text>
                <Text fontSize="sm" color="fg.muted">
                  {describeGuards(transition, entityType)}
                </Text>
              </Stack>
              {editable && (
                <Button
                  size="xs"
                  variant="ghost"
                  colorPalette="red"
                  aria-label={`Remove transition ${label}`}
                  loading={removing === transition.id}
                  onClick={() => void remove(transition, label)}
                >
                  Remove
                </Button>
              )}
            </HStack>
          </Box>
        );
      })}
    </SimpleGrid>
  );
}
