// Where a deal or lead stands in its workflow, and the moves it may make now: one button per
// step the workflow allows, and the others with the reason they are not available yet.
import { Alert, Box, Button, HStack, List, Stack, Text } from '@chakra-ui/react';
import { useState } from 'react';
import { describeTransitionRefusal } from '../../lib/api-errors.ts';
import { formatDays } from '../../lib/format.ts';
import type { RecordTransitionsQuery, StageFieldsFragment } from '../../gql/graphql.ts';
import { RecordSection } from './record-section.tsx';

/** What documents ask of a stage (`...StageFields`). */
export type StageLike = StageFieldsFragment;

type Option = RecordTransitionsQuery['availableTransitions'][number];

export function StageSection({
  stage,
  options,
  canMove,
  what,
  onMove,
  gridArea,
}: {
  stage: StageLike | null | undefined;
  /** From the transitions query; undefined while it loads. */
  options: readonly Option[] | undefined;
  canMove: boolean;
  /** The record in a sentence: "this lead", "“Globex renewal”". */
  what: string;
  /** Moves the record; answers null when done, or why not in words. */
  onMove(step: { id: string; name: string }): Promise<string | null>;
  gridArea?: string;
}) {
  const [moving, setMoving] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  if (!stage) {
    return (
      <RecordSection title="Stage" gridArea={gridArea}>
        <Text color="fg.muted" fontSize="sm">
          Not tracked in a workflow.
        </Text>
      </RecordSection>
    );
  }

  const sorted = [...(options ?? [])].sort((a, b) => a.step.position - b.step.position);
  const allowed = sorted.filter((option) => option.allowed);
  const refused = sorted.filter((option) => !option.allowed && option.reason !== 'SAME_STEP');

  async function move(step: { id: string; name: string }) {
    setMoving(step.id);
    setRefusal(null);
    const answer = await onMove(step);
    setMoving(null);
    setRefusal(answer);
  }

  return (
    <RecordSection title="Stage" gridArea={gridArea}>
      <Stack gap="3">
        <Stack gap="0.5">
          <HStack gap="2">
            <Box
              w="3"
              h="3"
              borderRadius="full"
              bg={stage.step.status.color}
              aria-hidden="true"
              flexShrink={0}
            />
            <Text fontWeight="semibold" data-testid="current-stage">
              {stage.step.name}
            </Text>
          </HStack>
          <Text fontSize="sm" color="fg.muted">
            {stage.workflow.name} · in this step for {formatDays(stage.daysInStep)}
          </Text>
        </Stack>
        {refusal && (
          <Alert.Root status="error" size="sm" role="alert">
            <Alert.Indicator />
            <Alert.Title>{refusal}</Alert.Title>
          </Alert.Root>
        )}
        {stage.step.isFinal && (
          <Text fontSize="sm" color="fg.muted">
            A final step: the workflow ends here.
          </Text>
        )}
        {canMove && options && !stage.step.isFinal && (
          <Stack gap="2">
            {allowed.length > 0 ? (
              <HStack gap="2" flexWrap="wrap">
                {allowed.map((option) => (
                  <Button
                    key={option.step.id}
                    size="xs"
                    variant="outline"
                    loading={moving === option.step.id}
                    disabled={moving !== null}
                    onClick={() => void move(option.step)}
                  >
                    Move to {option.step.name}
                  </Button>
                ))}
              </HStack>
            ) : (
              <Text fontSize="sm" color="fg.muted">
                The workflow allows no moves from here.
              </Text>
            )}
            {refused.length > 0 && (
              <Box as="details" fontSize="sm">
                <Box as="summary" cursor="pointer" color="fg.muted">
                  Not available now ({refused.length})
                </Box>
                <List.Root ps="4" pt="1" gap="1" color="fg.muted">
                  {refused.map((option) => (
                    <List.Item key={option.step.id}>
                      <Text as="span" fontWeight="medium" color="fg">
                        {option.step.name}:
                      </Text>{' '}
                      {option.reason
                        ? describeTransitionRefusal(
                            {
                              reason: option.reason,
                              missingFields: option.missingFields,
                              message: option.message ?? '',
                            },
                            { from: stage.step.name, to: option.step.name, what },
                          )
                        : option.message}
                    </List.Item>
                  ))}
                </List.Root>
              </Box>
            )}
          </Stack>
        )}
      </Stack>
    </RecordSection>
  );
}
