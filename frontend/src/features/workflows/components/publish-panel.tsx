// The draft's publish checks, kept up to date as it is edited, and Publish (after a confirmation).
// The API checks again when asked and has the last word: its reasons show here too.
import { Alert, Box, Button, Dialog, HStack, List, Portal, Stack, Text } from '@chakra-ui/react';
import { useState } from 'react';
import type { EntityType } from '../../../gql/graphql.ts';
import { usePublishWorkflow } from '../api/publish-workflow.ts';
import { pluralRecords } from '../format.ts';
import { publishChecks } from '../publish-checks.ts';
import type { WorkflowStep, WorkflowTransition } from '../workflow-types.ts';

export function PublishPanel({
  draft,
  activeVersion,
  entityType,
  onPublished,
}: {
  draft: {
    id: string;
    version: number;
    steps: readonly WorkflowStep[];
    transitions: readonly WorkflowTransition[];
  };
  activeVersion: number | undefined;
  entityType: EntityType;
  onPublished(version: number): void;
}) {
  const [open, setOpen] = useState(false);
  // The API's last refusal, shown until the draft changes.
  const [refusal, setRefusal] = useState<{
    message: string;
    problems: string[];
    signature: string;
  }>();
  const { publish, publishing } = usePublishWorkflow();
  const checks = publishChecks(
    draft.steps,
    draft.transitions.map((t) => ({ fromStepId: t.fromStep.id, toStepId: t.toStep.id })),
  );
  const failing = checks.filter((check) => !check.passed).length;
  const records = pluralRecords(entityType);
  const signature = JSON.stringify([
    draft.steps.map((s) => [s.id, s.isInitial, s.isFinal]),
    draft.transitions.map((t) => t.id),
  ]);

  async function confirm() {
    const outcome = await publish(draft.id);
    setOpen(false);
    if (outcome.ok) {
      setRefusal(undefined);
      onPublished(outcome.version);
    } else {
      setRefusal({ message: outcome.message, problems: outcome.problems, signature });
    }
  }

  return (
    <Stack as="section" gap="3" aria-labelledby="publish-heading">
      <Text as="h2" id="publish-heading" fontSize="lg" fontWeight="semibold">
        Publish checks
      </Text>
      <List.Root variant="plain" gap="1" aria-label="Publish checks">
        {checks.map((check) => (
          <List.Item key={check.label} alignItems="flex-start" gap="2">
            <Box
              as="span"
              aria-hidden="true"
              color={check.passed ? 'green.600' : 'red.600'}
              fontWeight="bold"
              w="4"
              flexShrink={0}
            >
              {check.passed ? '✓' : '✕'}
            </Box>
            <Text as="span" fontSize="sm">
              <Text as="span" fontWeight="medium">
                {check.label}
              </Text>
              {check.passed ? ': passed' : `: not yet. ${check.problem ?? ''}`}
            </Text>
          </List.Item>
        ))}
      </List.Root>
      {refusal?.signature === signature && (
        <Alert.Root status="error" role="alert">
          <Alert.Indicator />
          <Alert.Content>
            <Alert.Title>{refusal.message}</Alert.Title>
            {refusal.problems.length > 0 && (
              <Alert.Description>
                <List.Root ps="4">
                  {refusal.problems.map((problem) => (
                    <List.Item key={problem}>{problem}</List.Item>
                  ))}
                </List.Root>
              </Alert.Description>
            )}
          </Alert.Content>
        </Alert.Root>
      )}
      <HStack gap="3" flexWrap="wrap">
        <Dialog.Root
          role="alertdialog"
          open={open}
          onOpenChange={(details) => setOpen(details.open)}
          placement="center"
        >
          <Dialog.Trigger asChild>
            <Button colorPalette="blue">Publish version {draft.version}</Button>
          </Dialog.Trigger>
          <Portal>
            <Dialog.Backdrop />
            <Dialog.Positioner>
              <Dialog.Content mx="3">
                <Dialog.Header>
                  <Dialog.Title>Publish version {draft.version}?</Dialog.Title>
                </Dialog.Header>
                <Dialog.Body>
                  <Stack gap="2">
                    <Text>
                      It becomes the active version
                      {activeVersion !== undefined && ` and version ${activeVersion} is archived`}.
                      New {records} follow it from now on.
                    </Text>
                    {activeVersion !== undefined && (
                      <Text color="fg.muted" fontSize="sm">
                        {capitalize(records)} already in the workflow keep following version{' '}
                        {activeVersion}’s transitions until they are migrated.
                      </Text>
                    )}
                    {failing > 0 && (
                      <Text color="fg.error" fontSize="sm">
                        {failing === 1 ? 'One check has' : `${failing} checks have`} not passed, so
                        the server will likely refuse it.
                      </Text>
                    )}
                  </Stack>
                </Dialog.Body>
                <Dialog.Footer>
                  <Dialog.ActionTrigger asChild>
                    <Button variant="outline">Not yet</Button>
                  </Dialog.ActionTrigger>
                  <Button colorPalette="blue" loading={publishing} onClick={() => void confirm()}>
                    Publish
                  </Button>
                </Dialog.Footer>
              </Dialog.Content>
            </Dialog.Positioner>
          </Portal>
        </Dialog.Root>
        <Text fontSize="sm" color="fg.muted">
          {failing === 0
            ? 'All checks pass.'
            : `${failing} ${failing === 1 ? 'check does' : 'checks do'} not pass yet.`}
        </Text>
      </HStack>
    </Stack>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
