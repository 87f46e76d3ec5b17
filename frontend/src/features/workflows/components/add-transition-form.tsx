// Adding a transition to a draft: the step it leaves, the step it goes to, and optionally the
// fields a record needs to make the move. The API's field errors show next to their fields.
import { Alert, Button, Field, Input, NativeSelect, Stack, Text } from '@chakra-ui/react';
import { type FormEvent, useState } from 'react';
import { toaster } from '../../../components/toaster.tsx';
import type { EntityType } from '../../../gql/graphql.ts';
import { useAddWorkflowTransition } from '../api/add-transition.ts';
import { entityNoun, parseRequiredFields } from '../guards.ts';
import type { WorkflowStep } from '../workflow-types.ts';

type Errors = Partial<Record<'fromStepId' | 'toStepId' | 'requiredFields' | 'form', string>>;

export function AddTransitionForm({
  versionId,
  steps,
  entityType,
}: {
  versionId: string;
  steps: readonly WorkflowStep[];
  entityType: EntityType;
}) {
  const [fromStepId, setFrom] = useState('');
  const [toStepId, setTo] = useState('');
  const [fields, setFields] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const { addTransition, adding } = useAddWorkflowTransition();
  const ordered = [...steps].sort((a, b) => a.position - b.position);
  const name = (id: string) => steps.find((step) => step.id === id)?.name ?? 'that step';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: Errors = {};
    if (!fromStepId) problems.fromStepId = 'Choose the step the move leaves.';
    if (!toStepId) problems.toStepId = 'Choose the step the move goes to.';
    else if (toStepId === fromStepId) {
      problems.toStepId = 'Choose another step than the one the move leaves.';
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;

    const outcome = await addTransition({
      versionId,
      fromStepId,
      toStepId,
      requiredFields: parseRequiredFields(fields),
    });
    if (outcome.ok) {
      toaster.create({ type: 'success', title: `Added ${name(fromStepId)} → ${name(toStepId)}` });
      setFrom('');
      setTo('');
      setFields('');
      return;
    }
    const { fromStepId: from, toStepId: to, requiredFields, ...others } = outcome.fieldErrors;
    const unplaced =
      Object.values(others)[0] ?? (!from && !to && !requiredFields ? outcome.message : undefined);
    setErrors({ fromStepId: from, toStepId: to, requiredFields, form: unplaced });
  }

  return (
    <form
      aria-labelledby="add-transition-heading"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <Stack gap="3" borderWidth="1px" borderStyle="dashed" borderRadius="md" p="3">
        <Text id="add-transition-heading" fontWeight="medium">
          Add a transition
        </Text>
        {errors.form && (
          <Alert.Root status="error" role="alert">
            <Alert.Indicator />
            <Alert.Title>{errors.form}</Alert.Title>
          </Alert.Root>
        )}
        <Stack direction={{ base: 'column', md: 'row' }} gap="3" align={{ md: 'flex-start' }}>
          <StepSelect
            label="From"
            value={fromStepId}
            onChange={setFrom}
            steps={ordered}
            error={errors.fromStepId}
          />
          <StepSelect
            label="To"
            value={toStepId}
            onChange={setTo}
            steps={ordered}
            error={errors.toStepId}
          />
          <Field.Root invalid={Boolean(errors.requiredFields)} flex="1">
            <Field.Label>Required fields (optional)</Field.Label>
            <Input
              value={fields}
              onChange={(e) => setFields(e.target.value)}
              placeholder="amount, expectedCloseDate"
              autoComplete="off"
            />
            {errors.requiredFields ? (
              <Field.ErrorText>{errors.requiredFields}</Field.ErrorText>
            ) : (
              <Field.HelperText>
                Fields {entityNoun(entityType)} must have to make the move, separated by commas.
              </Field.HelperText>
            )}
          </Field.Root>
        </Stack>
        <Button type="submit" size="sm" colorPalette="blue" alignSelf="flex-start" loading={adding}>
          Add transition
        </Button>
      </Stack>
    </form>
  );
}

function StepSelect({
  label,
  value,
  onChange,
  steps,
  error,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  steps: readonly WorkflowStep[];
  error: string | undefined;
}) {
  return (
    <Field.Root invalid={Boolean(error)} flex="1">
      <Field.Label>{label}</Field.Label>
      <NativeSelect.Root>
        <NativeSelect.Field value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          <option value="">Choose a step</option>
          {steps.map((step) => (
            <option key={step.id} value={step.id}>
              {step.name}
            </option>
          ))}
        </NativeSelect.Field>
        <NativeSelect.Indicator />
      </NativeSelect.Root>
      <Field.ErrorText>{error}</Field.ErrorText>
    </Field.Root>
  );
}
