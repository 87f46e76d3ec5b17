// One workflow: its active version (steps, transitions with their guards, automation rules) and,
// for owners and admins, a draft of the next version to edit and publish. Which of the two shows
// is in the URL (?view=draft).
import { Badge, Box, Button, Heading, HStack, List, Stack, Tabs, Text } from '@chakra-ui/react';
import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/page-states.tsx';
import { toaster } from '../../../components/toaster.tsx';
import { useWorkspace } from '../../../hooks/use-workspace.ts';
import { describeRequestError } from '../../../lib/api-errors.ts';
import { useCreateWorkflowDraft } from '../api/create-draft.ts';
import { useWorkflow } from '../api/workflow.ts';
import { formatDate, pluralRecords } from '../format.ts';
import { mayEditWorkflows } from '../roles.ts';
import type { Workflow, WorkflowVersion } from '../workflow-types.ts';
import { AddTransitionForm } from './add-transition-form.tsx';
import { PublishPanel } from './publish-panel.tsx';
import { StepList } from './step-list.tsx';
import { TransitionList } from './transition-list.tsx';

export function WorkflowPage() {
  const { workflowId = '' } = useParams();
  const query = useWorkflow(workflowId);
  const workflow = query.data?.workflow;

  let body;
  if (query.error && !query.data) {
    body = (
      <ErrorState
        title="This workflow could not be loaded"
        message={describeRequestError(query.error)}
        onRetry={() => void query.refetch()}
      />
    );
  } else if (!query.data) {
    body = <LoadingState label="Loading the workflow…" />;
  } else if (!workflow) {
    body = (
      <Stack gap="2" py="4">
        <Heading as="h1" size="xl">
          Workflow not found
        </Heading>
        <Text color="fg.muted">
          No workflow of yours has this address: it may belong to a workspace you are not a member
          of, or the link is incomplete.
        </Text>
      </Stack>
    );
  } else {
    body = <WorkflowView workflow={workflow} />;
  }

  return (
    <Stack gap="4" maxW="5xl">
      <Box>
        <Button asChild size="sm" variant="ghost" px="2">
          <RouterLink to="/workflows">← All workflows</RouterLink>
        </Button>
      </Box>
      {body}
    </Stack>
  );
}

function WorkflowView({ workflow }: { workflow: Workflow }) {
  const workspace = useWorkspace();
  const editor = mayEditWorkflows(workspace.role);
  const [searchParams, setSearchParams] = useSearchParams();
  const { createDraft, creating } = useCreateWorkflowDraft();
  const active = workflow.versions.find((v) => v.state === 'ACTIVE');
  const draft = workflow.versions.find((v) => v.state === 'DRAFT');
  const view = searchParams.get('view') === 'draft' && draft && editor ? 'draft' : 'active';
  // The button pressed goes away (a draft now exists, or it was published): focus moves to what
  // replaced it, once it is on the page.
  const [focusNext, setFocusNext] = useState<'draft-tab' | 'heading'>();
  const draftTab = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const target =
      focusNext === 'draft-tab'
        ? draftTab.current
        : focusNext === 'heading'
          ? heading.current
          : null;
    if (!target) return;
    target.focus();
    setFocusNext(undefined);
  });

  function show(next: 'active' | 'draft') {
    const params = new URLSearchParams(searchParams);
    if (next === 'draft') params.set('view', 'draft');
    else params.delete('view');
    setSearchParams(params, { replace: true });
  }

  async function startDraft() {
    const outcome = await createDraft(workflow.id);
    if (outcome.ok) {
      show('draft');
      setFocusNext('draft-tab');
    } else {
      toaster.create({
        type: 'error',
        title: 'The draft could not be created',
        description: outcome.message,
        closable: true,
      });
    }
  }

  return (
    <Stack gap="5">
      <HStack justify="space-between" align="flex-start" flexWrap="wrap" gap="3">
        <Stack gap="0">
          <Heading as="h1" size="xl" ref={heading} tabIndex={-1} outline="none">
            {workflow.name}
          </Heading>
          <Text color="fg.muted" fontSize="sm">
            Moves {pluralRecords(workflow.entityType)} · {workflow.projectTypeName}
            {active && ` · version ${active.version} active`}
          </Text>
        </Stack>
        {editor && !draft && active && (
          <Button colorPalette="blue" loading={creating} onClick={() => void startDraft()}>
            Edit as a draft
          </Button>
        )}
        {!editor && (
          <Text fontSize="sm" color="fg.muted" maxW="xs">
            Only the workspace’s owners and admins can change workflows.
          </Text>
        )}
      </HStack>

      {draft && editor ? (
        <Tabs.Root
          value={view}
          onValueChange={(details) => show(details.value === 'draft' ? 'draft' : 'active')}
          variant="line"
          lazyMount
          unmountOnExit
        >
          <Tabs.List>
            <Tabs.Trigger value="active" disabled={!active}>
              Active{active ? ` · version ${active.version}` : ''}
            </Tabs.Trigger>
            <Tabs.Trigger value="draft" ref={draftTab}>
              Draft · version {draft.version}
            </Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content value="active">
            {active && <VersionView workflow={workflow} version={active} editable={false} />}
          </Tabs.Content>
          <Tabs.Content value="draft">
            <Stack gap="5">
              <Text fontSize="sm" color="fg.muted">
                Changes to the draft are saved as you make them but change nothing until it is
                published.
              </Text>
              <VersionView workflow={workflow} version={draft} editable />
              <PublishPanel
                draft={draft}
                activeVersion={active?.version}
                entityType={workflow.entityType}
                onPublished={(version) => {
                  toaster.create({
                    type: 'success',
                    title: `Version ${version} is now active`,
                  });
                  show('active');
                  setFocusNext('heading');
                }}
              />
            </Stack>
          </Tabs.Content>
        </Tabs.Root>
      ) : active ? (
        <VersionView workflow={workflow} version={active} editable={false} />
      ) : (
        <Text color="fg.muted">This workflow has no active version.</Text>
      )}

      <VersionHistory versions={workflow.versions} />
    </Stack>
  );
}

function VersionView({
  workflow,
  version,
  editable,
}: {
  workflow: Workflow;
  version: WorkflowVersion;
  editable: boolean;
}) {
  const headingId = `version-${version.id}`;
  return (
    <Stack gap="5" aria-labelledby={headingId} as="section">
      <Text id={headingId} fontSize="sm" fontWeight="medium" data-testid="version-summary">
        Version {version.version} ·{' '}
        {version.state === 'DRAFT'
          ? 'draft'
          : version.publishedAt
            ? `${version.state === 'ACTIVE' ? 'active' : 'archived'}, published ${formatDate(version.publishedAt)}`
            : version.state.toLowerCase()}
      </Text>
      <Stack gap="3">
        <Heading as="h2" size="md">
          Steps
        </Heading>
        <StepList steps={version.steps} editable={editable} />
      </Stack>
      <Stack gap="3">
        <Heading as="h2" size="md">
          Transitions
        </Heading>
        <TransitionList
          steps={version.steps}
          transitions={version.transitions}
          entityType={workflow.entityType}
          editable={editable}
        />
        {editable && (
          <AddTransitionForm
            versionId={version.id}
            steps={version.steps}
            entityType={workflow.entityType}
          />
        )}
      </Stack>
    </Stack>
  );
}

function VersionHistory({ versions }: { versions: readonly WorkflowVersion[] }) {
  return (
    <Stack as="section" gap="2" aria-labelledby="versions-heading">
      <Heading as="h2" size="md" id="versions-heading">
        Versions
      </Heading>
      <List.Root variant="plain" gap="1" aria-label="Versions">
        {versions.map((version) => (
          <List.Item key={version.id} fontSize="sm" gap="2" alignItems="center">
            <Text as="span">Version {version.version}</Text>
            <Badge
              colorPalette={
                version.state === 'ACTIVE' ? 'green' : version.state === 'DRAFT' ? 'orange' : 'gray'
              }
              variant="subtle"
            >
              {version.state === 'ACTIVE'
                ? 'Active'
                : version.state === 'DRAFT'
                  ? 'Draft'
                  : 'Archived'}
            </Badge>
            {version.publishedAt && (
              <Text as="span" color="fg.muted">
                published {formatDate(version.publishedAt)}
              </Text>
            )}
          </List.Item>
        ))}
      </List.Root>
    </Stack>
  );
}
