// Editing a draft's step: its name, win probability, expected dwell and the tasks created on
// entering it. What the form can tell it says at once; the API's field errors show next to the
// field they concern.
import {
  Alert,
  Box,
  Button,
  CloseButton,
  Dialog,
  Field,
  HStack,
  Input,
  Portal,
  Stack,
  Text,
} from '@chakra-ui/react';
import { type FormEvent, useId, useState } from 'react';
import { toaster } from '../../../components/toaster.tsx';
import { useUpdateWorkflowStep } from '../api/update-step.ts';
import { MAX_TASKS } from '../../../../../lib/wfm/step-automation-rules.ts';
import { readStepTasks } from '../automation-rules.ts';
import {
  type EditableStep,
  parseStepForm,
  type StepFormErrors,
  type StepFormValues,
  stepErrorsFromApi,
  stepFormValues,
  stepUpdate,
} from '../step-form.ts';

export function StepEditDialog({ step }: { step: EditableStep }) {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<StepFormValues>(() => stepFormValues(step));
  const [errors, setErrors] = useState<StepFormErrors>({});
  const { updateStep, saving } = useUpdateWorkflowStep();
  const storedRules = readStepTasks(step.metadata);
  const ids = useId();

  function set<K extends keyof StepFormValues>(key: K, value: StepFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  function setTask(index: number, key: 'title' | 'dueInDays', value: string) {
    setValues((current) => ({
      ...current,
      tasks: current.tasks.map((task, i) => (i === index ? { ...task, [key]: value } : task)),
    }));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseStepForm(values);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    const changes = stepUpdate(step, parsed.value);
    if (Object.keys(changes).length === 0) {
      setOpen(false);
      return;
    }
    const outcome = await updateStep(step.id, changes);
    if (outcome.ok) {
      setOpen(false);
      toaster.create({ type: 'success', title: `${outcome.value.name} saved in the draft` });
      return;
    }
    setErrors(stepErrorsFromApi(outcome.fieldErrors, outcome.message));
  }

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(details) => {
        setOpen(details.open);
        if (details.open) {
          setValues(stepFormValues(step));
          setErrors({});
        }
      }}
      placement="center"
      scrollBehavior="inside"
    >
      <Dialog.Trigger asChild>
        <Button size="xs" variant="outline" aria-label={`Edit step ${step.name}`}>
          Edit
        </Button>
      </Dialog.Trigger>
      <Portal>
        <Dialog.Backdrop />
        <Dialog.Positioner>
          <Dialog.Content mx="3">
            {/* `display: contents` keeps header, body and footer the dialog's own rows, so the body
                scrolls between them on a small screen. */}
            <form
              onSubmit={(event) => void submit(event)}
              noValidate
              style={{ display: 'contents' }}
            >
              <Dialog.Header>
                <Dialog.Title>Edit step {step.name}</Dialog.Title>
              </Dialog.Header>
              <Dialog.Body>
                <Stack gap="4">
                  {errors.form && (
                    <Alert.Root status="error" role="alert">
                      <Alert.Indicator />
                      <Alert.Title>{errors.form}</Alert.Title>
                    </Alert.Root>
                  )}
                  <Field.Root invalid={Boolean(errors.name)}>
                    <Field.Label>Name</Field.Label>
                    <Input
                      value={values.name}
                      onChange={(e) => set('name', e.target.value)}
                      autoComplete="off"
                    />
                    <Field.ErrorText>{errors.name}</Field.ErrorText>
                  </Field.Root>
                  <HStack gap="3" align="flex-start" flexWrap={{ base: 'wrap', sm: 'nowrap' }}>
                    <Field.Root invalid={Boolean(errors.probability)}>
                      <Field.Label>Win probability (%)</Field.Label>
                      <Input
                        value={values.probability}
                        onChange={(e) => set('probability', e.target.value)}
                        inputMode="decimal"
                        autoComplete="off"
                      />
                      {errors.probability ? (
                        <Field.ErrorText>{errors.probability}</Field.ErrorText>
                      ) : (
                        <Field.HelperText>Deals in this step are weighted by it.</Field.HelperText>
                      )}
                    </Field.Root>
                    <Field.Root invalid={Boolean(errors.dwell)}>
                      <Field.Label>Expected dwell (days)</Field.Label>
                      <Input
                        value={values.dwell}
                        onChange={(e) => set('dwell', e.target.value)}
                        inputMode="decimal"
                        autoComplete="off"
                        placeholder="None"
                      />
                      {errors.dwell ? (
                        <Field.ErrorText>{errors.dwell}</Field.ErrorText>
                      ) : (
                        <Field.HelperText>Longer than this, a record is stale.</Field.HelperText>
                      )}
                    </Field.Root>
                  </HStack>

                  <Stack
                    role="group"
                    aria-labelledby={`${ids}-tasks`}
                    aria-describedby={`${ids}-tasks-help`}
                    gap="3"
                    borderTopWidth="1px"
                    pt="3"
                  >
                    <Text id={`${ids}-tasks`} fontWeight="medium">
                      Tasks created on entering this step
                    </Text>
                    <Text id={`${ids}-tasks-help`} fontSize="sm" color="fg.muted">
                      Each is assigned to whoever moved the record here.
                    </Text>
                    {storedRules.problem && (
                      <Alert.Root status="warning" size="sm">
                        <Alert.Indicator />
                        <Alert.Title>{storedRules.problem}</Alert.Title>
                      </Alert.Root>
                    )}
                    {errors.tasks && (
                      <Text color="fg.error" fontSize="sm" role="alert">
                        {errors.tasks}
                      </Text>
                    )}
                    {values.tasks.length === 0 && (
                      <Text fontSize="sm" color="fg.subtle">
                        No tasks: entering this step creates none.
                      </Text>
                    )}
                    {values.tasks.map((task, index) => {
                      const taskErrors = errors.task?.[index] ?? {};
                      return (
                        <Box
                          key={index}
                          borderWidth="1px"
                          borderRadius="md"
                          p="3"
                          data-testid="task-row"
                        >
                          <Stack
                            direction={{ base: 'column', sm: 'row' }}
                            gap="3"
                            align={{ sm: 'flex-start' }}
                          >
                            <Field.Root invalid={Boolean(taskErrors.title)} flex="2">
                              <Field.Label>Task {index + 1} title</Field.Label>
                              <Input
                                value={task.title}
                                onChange={(e) => setTask(index, 'title', e.target.value)}
                                placeholder="Send the proposal"
                                autoComplete="off"
                              />
                              <Field.ErrorText>{taskErrors.title}</Field.ErrorText>
                            </Field.Root>
                            <Field.Root invalid={Boolean(taskErrors.dueInDays)} flex="1">
                              <Field.Label>Task {index + 1} due in (days)</Field.Label>
                              <Input
                                value={task.dueInDays}
                                onChange={(e) => setTask(index, 'dueInDays', e.target.value)}
                                inputMode="numeric"
                                placeholder="No due date"
                                autoComplete="off"
                              />
                              <Field.ErrorText>{taskErrors.dueInDays}</Field.ErrorText>
                            </Field.Root>
                            <Button
                              size="sm"
                              variant="ghost"
                              colorPalette="red"
                              mt={{ sm: '6' }}
                              alignSelf={{ base: 'flex-start', sm: 'auto' }}
                              onClick={() => {
                                set(
                                  'tasks',
                                  values.tasks.filter((_, i) => i !== index),
                                );
                                setErrors((current) => ({ ...current, task: undefined }));
                              }}
                            >
                              Remove task {index + 1}
                            </Button>
                          </Stack>
                        </Box>
                      );
                    })}
                    <Button
                      size="sm"
                      variant="outline"
                      alignSelf="flex-start"
                      disabled={values.tasks.length >= MAX_TASKS}
                      onClick={() => set('tasks', [...values.tasks, { title: '', dueInDays: '' }])}
                    >
                      Add a task
                    </Button>
                  </Stack>
                </Stack>
              </Dialog.Body>
              <Dialog.Footer>
                <Dialog.ActionTrigger asChild>
                  <Button variant="outline" type="button">
                    Cancel
                  </Button>
                </Dialog.ActionTrigger>
                <Button type="submit" colorPalette="blue" loading={saving}>
                  Save step
                </Button>
              </Dialog.Footer>
            </form>
            <Dialog.CloseTrigger asChild>
              <CloseButton size="sm" aria-label="Close" />
            </Dialog.CloseTrigger>
          </Dialog.Content>
        </Dialog.Positioner>
      </Portal>
    </Dialog.Root>
  );
}
