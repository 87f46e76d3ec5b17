// A version's steps in order: status, win probability, expected dwell and automation rules; in a
// draft, each with an editor.
import { Alert, Badge, Box, Code, HStack, List, Stack, Text } from '@chakra-ui/react';
import { describeTask, otherMetadata, readStepTasks } from '../automation-rules.ts';
import { formatDwell, formatProbability } from '../format.ts';
import type { WorkflowStep } from '../workflow-types.ts';
import { StepEditDialog } from './step-edit-dialog.tsx';

const CATEGORY_WORDS: Record<WorkflowStep['status']['category'], string> = {
  OPEN: 'open',
  WON: 'won',
  LOST: 'lost',
  DONE: 'done',
};

export function StepList({
  steps,
  editable,
}: {
  steps: readonly WorkflowStep[];
  editable: boolean;
}) {
  const ordered = [...steps].sort((a, b) => a.position - b.position);
  return (
    <Stack as="ol" gap="2" listStyleType="none" aria-label="Steps">
      {ordered.map((step, index) => (
        <StepItem key={step.id} step={step} number={index + 1} editable={editable} />
      ))}
    </Stack>
  );
}

function StepItem({
  step,
  number,
  editable,
}: {
  step: WorkflowStep;
  number: number;
  editable: boolean;
}) {
  const rules = readStepTasks(step.metadata);
  const other = otherMetadata(step.metadata);
  return (
    <Box
      as="li"
      aria-label={step.name}
      borderWidth="1px"
      borderLeftWidth="4px"
      borderLeftColor={step.status.color}
      borderRadius="md"
      p="3"
      bg="bg"
    >
      <Stack gap="2">
        <HStack justify="space-between" align="flex-start" gap="2" flexWrap="wrap">
          <HStack gap="2" flexWrap="wrap">
            <Text fontWeight="semibold">
              {number}. {step.name}
            </Text>
            <Badge variant="outline" title={`Status ${step.status.name}`}>
              {step.status.name} · {CATEGORY_WORDS[step.status.category]}
            </Badge>
            {step.isInitial && (
              <Badge colorPalette="blue" variant="subtle">
                Initial
              </Badge>
            )}
            {step.isFinal && (
              <Badge colorPalette="gray" variant="subtle">
                Final
              </Badge>
            )}
          </HStack>
          {editable && <StepEditDialog step={step} />}
        </HStack>
        <HStack gap="4" fontSize="sm" color="fg.muted" flexWrap="wrap">
          <Text data-testid="step-probability">
            Win probability {formatProbability(step.defaultProbability)}
          </Text>
          <Text data-testid="step-dwell">
            {step.expectedDwellDays == null
              ? 'No expected dwell'
              : `Expected dwell ${formatDwell(step.expectedDwellDays)}`}
          </Text>
        </HStack>
        {rules.problem ? (
          <Alert.Root status="warning" size="sm">
            <Alert.Indicator />
            <Alert.Title>{rules.problem}</Alert.Title>
          </Alert.Root>
        ) : rules.tasks.length > 0 ? (
          <Box fontSize="sm">
            <Text fontWeight="medium">On entering this step:</Text>
            <List.Root ps="5" aria-label={`Automation rules of ${step.name}`}>
              {rules.tasks.map((task, i) => (
                <List.Item key={i}>{describeTask(task)}</List.Item>
              ))}
            </List.Root>
          </Box>
        ) : (
          <Text fontSize="sm" color="fg.subtle">
            No automation rules.
          </Text>
        )}
        {Object.keys(other).length > 0 && (
          <Text fontSize="xs" color="fg.muted">
            Other settings: <Code size="sm">{JSON.stringify(other)}</Code>
          </Text>
        )}
      </Stack>
    </Box>
  );
}
