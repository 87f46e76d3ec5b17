// "Convert lead": a deal name and an amount. The deal it becomes opens next; if the lead had
// already been converted, the dialog says so and links to that deal; if the workflow does not
// convert leads from the step this one is in, it says so before anything is tried.
import {
  Alert,
  Button,
  CloseButton,
  Dialog,
  Field,
  Input,
  Link,
  Portal,
  Stack,
  Text,
} from '@chakra-ui/react';
import { type FormEvent, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { describeTransitionRefusal } from '../../../lib/api-errors.ts';
import { ConvertLeadForm, useConvertLead } from '../api/convert-lead.ts';
import { type ConversionView, viewOfConversion } from '../conversion.ts';

export interface WonOption {
  allowed: boolean;
  reason?: Parameters<typeof describeTransitionRefusal>[0]['reason'] | null;
  missingFields: readonly string[];
  message?: string | null;
  step: { name: string };
}

export function ConvertLeadDialog({
  lead,
  wonOption,
}: {
  lead: { id: string; name: string; company?: string | null; stepName: string | undefined };
  /** The workflow's won step as a transition from here; undefined while unknown. */
  wonOption: WonOption | undefined;
}) {
  const [open, setOpen] = useState(false);
  const [view, setView] = useState<ConversionView | null>(null);
  const { convertLead, converting } = useConvertLead();
  const navigate = useNavigate();
  const defaultDealName = lead.company || lead.name;

  const blocked =
    wonOption && !wonOption.allowed
      ? `${describeTransitionRefusal(
          {
            reason: wonOption.reason ?? 'NO_TRANSITION',
            missingFields: wonOption.missingFields,
            message: wonOption.message ?? '',
          },
          { from: lead.stepName ?? 'its step', to: wonOption.step.name, what: 'this lead' },
        )} Move it on through the workflow first.`
      : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = ConvertLeadForm.safeParse({
      dealName: String(form.get('dealName') ?? ''),
      amount: String(form.get('amount') ?? ''),
    });
    if (!parsed.success) {
      setView({
        kind: 'invalid',
        errors: {
          fields: { amount: parsed.error.issues[0]?.message ?? 'Check the amount.' },
          customFields: {},
          form: [],
        },
      });
      return;
    }
    setView(null);
    const outcome = await convertLead({ leadId: lead.id, ...parsed.data });
    if ('failed' in outcome) {
      setView({ kind: 'refused', message: outcome.failed });
      return;
    }
    const next = viewOfConversion(outcome.answer, {
      name: lead.name,
      stepName: lead.stepName,
      wonStepName: wonOption?.step.name,
    });
    if (next.kind === 'converted') {
      setOpen(false);
      void navigate(`/deals/${next.deal.id}`, {
        state: { convertedFrom: { id: lead.id, name: lead.name } },
      });
      return;
    }
    setView(next);
  }

  const fieldErrors = view?.kind === 'invalid' ? view.errors.fields : {};

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(details) => {
        setOpen(details.open);
        if (details.open) setView(null);
      }}
      placement="center"
    >
      <Dialog.Trigger asChild>
        <Button colorPalette="green">Convert lead</Button>
      </Dialog.Trigger>
      <Portal>
        <Dialog.Backdrop />
        <Dialog.Positioner>
          <Dialog.Content mx="3">
            <form onSubmit={(event) => void submit(event)} noValidate>
              <Dialog.Header>
                <Dialog.Title>Convert lead</Dialog.Title>
              </Dialog.Header>
              <Dialog.Body>
                <Stack gap="4">
                  <Text fontSize="sm" color="fg.muted">
                    {lead.company
                      ? `${lead.company} becomes an organization, ${lead.name} a person there, and a deal with both starts in the sales pipeline.`
                      : `${lead.name} becomes a person, and a deal with them starts in the sales pipeline.`}
                  </Text>
                  {blocked && !view && (
                    <Alert.Root status="warning" role="alert">
                      <Alert.Indicator />
                      <Alert.Title>{blocked}</Alert.Title>
                    </Alert.Root>
                  )}
                  {view?.kind === 'alreadyConverted' && (
                    <Alert.Root status="info" role="alert">
                      <Alert.Indicator />
                      <Alert.Content>
                        <Alert.Title>{view.message}</Alert.Title>
                        {view.dealId && (
                          <Alert.Description>
                            <Link asChild colorPalette="blue" fontWeight="medium">
                              <RouterLink to={`/deals/${view.dealId}`}>
                                Open the deal it became
                              </RouterLink>
                            </Link>
                          </Alert.Description>
                        )}
                      </Alert.Content>
                    </Alert.Root>
                  )}
                  {view?.kind === 'refused' && (
                    <Alert.Root status="error" role="alert">
                      <Alert.Indicator />
                      <Alert.Title>{view.message}</Alert.Title>
                    </Alert.Root>
                  )}
                  {view?.kind === 'invalid' && view.errors.form.length > 0 && (
                    <Alert.Root status="error" role="alert">
                      <Alert.Indicator />
                      <Alert.Title>{view.errors.form.join(' ')}</Alert.Title>
                    </Alert.Root>
                  )}
                  <Field.Root invalid={Boolean(fieldErrors.dealName)}>
                    <Field.Label>Deal name</Field.Label>
                    <Input name="dealName" defaultValue={defaultDealName} autoComplete="off" />
                    <Field.ErrorText>{fieldErrors.dealName}</Field.ErrorText>
                  </Field.Root>
                  <Field.Root invalid={Boolean(fieldErrors.amount)}>
                    <Field.Label>Amount</Field.Label>
                    <Input
                      name="amount"
                      inputMode="decimal"
                      placeholder="12000"
                      autoComplete="off"
                    />
                    {fieldErrors.amount ? (
                      <Field.ErrorText>{fieldErrors.amount}</Field.ErrorText>
                    ) : (
                      <Field.HelperText>
                        In US dollars. Optional; you can add it later.
                      </Field.HelperText>
                    )}
                  </Field.Root>
                </Stack>
              </Dialog.Body>
              <Dialog.Footer>
                <Dialog.ActionTrigger asChild>
                  <Button variant="outline" type="button">
                    Cancel
                  </Button>
                </Dialog.ActionTrigger>
                <Button
                  type="submit"
                  colorPalette="green"
                  loading={converting}
                  disabled={Boolean(blocked) || view?.kind === 'alreadyConverted'}
                >
                  Convert
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
