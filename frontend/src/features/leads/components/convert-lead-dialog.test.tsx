import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render.tsx';
import { ConvertLeadDocument } from '../api/convert-lead.ts';
import { ConvertLeadDialog, type WonOption } from './convert-lead-dialog.tsx';

const lead = {
  id: '00000000-0000-4000-8000-0000000000a1',
  name: 'Jane Doe',
  company: 'Globex',
  stepName: 'Qualified',
};
const dealId = '00000000-0000-4000-8000-0000000000d1';
const convertible: WonOption = { allowed: true, missingFields: [], step: { name: 'Converted' } };

function renderDialog(
  answer: Record<string, unknown> | null,
  wonOption: WonOption | undefined = convertible,
) {
  renderWithProviders(
    <MemoryRouter>
      <ConvertLeadDialog lead={lead} wonOption={wonOption} />
    </MemoryRouter>,
    {
      mocks: answer
        ? [
            {
              request: {
                query: ConvertLeadDocument,
                // The amount goes as the decimal string typed, without its separator.
                variables: { input: { leadId: lead.id, dealName: 'Globex', amount: '5000.50' } },
              },
              result: { data: { convertLead: answer } },
            },
          ]
        : [],
    },
  );
}

async function convert(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Convert lead' }));
  await user.type(await screen.findByLabelText('Amount'), '5,000.50');
  await user.click(screen.getByRole('button', { name: 'Convert' }));
}

describe('converting a lead', () => {
  it('says in words that the lead was already converted, and links to the deal it became', async () => {
    const user = userEvent.setup();
    renderDialog({
      __typename: 'AlreadyConvertedError',
      message: 'This lead has already been converted',
      code: 'ALREADY_CONVERTED',
      convertedDealId: dealId,
    });
    await convert(user);

    expect(
      await screen.findByText(
        '“Jane Doe” was already converted into a deal, perhaps by someone else just now.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the deal it became' })).toHaveAttribute(
      'href',
      `/deals/${dealId}`,
    );
    expect(screen.getByRole('button', { name: 'Convert' })).toBeDisabled();
  });

  it('passes on the workflow’s refusal in words', async () => {
    const user = userEvent.setup();
    renderDialog({
      __typename: 'TransitionNotAllowedError',
      message: 'No transition',
      code: 'TRANSITION_NOT_ALLOWED',
      reason: 'NO_TRANSITION',
      missingFields: [],
    });
    await convert(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The lead was not converted: the workflow does not allow moving this lead from Qualified to Converted.',
    );
  });

  it('shows the API’s field errors next to the deal’s fields', async () => {
    const user = userEvent.setup();
    renderDialog({
      __typename: 'ValidationError',
      message: 'input.amount: must not be negative',
      code: 'VALIDATION_FAILED',
      fieldErrors: [
        { __typename: 'FieldError', path: ['input', 'amount'], message: 'must not be negative' },
      ],
    });
    await convert(user);
    expect(await screen.findByText('The amount must not be negative.')).toBeInTheDocument();
    expect(screen.getByLabelText('Amount')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says before trying when the workflow does not convert leads from this step', async () => {
    const user = userEvent.setup();
    renderDialog(null, {
      allowed: false,
      reason: 'NO_TRANSITION',
      missingFields: [],
      step: { name: 'Converted' },
    });
    await user.click(screen.getByRole('button', { name: 'Convert lead' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The workflow does not allow moving this lead from Qualified to Converted. Move it on through the workflow first.',
    );
    expect(screen.getByRole('button', { name: 'Convert' })).toBeDisabled();
  });
});
