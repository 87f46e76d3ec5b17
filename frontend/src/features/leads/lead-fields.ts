// A lead's own fields in its forms.
import type { StandardField } from '../../lib/records/standard-fields.ts';

export const LEAD_FIELDS: readonly StandardField[] = [
  {
    name: 'name',
    label: 'Name',
    errorLabel: 'The name',
    kind: 'text',
    required: true,
    placeholder: 'Jane Doe',
  },
  {
    name: 'email',
    label: 'Email',
    errorLabel: 'The email',
    kind: 'email',
    placeholder: 'jane@example.com',
  },
  {
    name: 'company',
    label: 'Company',
    errorLabel: 'The company',
    kind: 'text',
    placeholder: 'Globex',
    helper: 'Becomes an organization when the lead is converted.',
  },
  {
    name: 'source',
    label: 'Source',
    errorLabel: 'The source',
    kind: 'text',
    placeholder: 'Web form, referral, event…',
  },
  {
    name: 'score',
    label: 'Score',
    errorLabel: 'The score',
    kind: 'integer',
    placeholder: '0–100',
    helper: 'How promising, from 0 to 100.',
  },
];

/** The form's values as the API takes them; an empty score is left out, not sent as null. */
export function leadInput(fields: Record<string, unknown>) {
  const { score, ...rest } = fields;
  return {
    ...(rest as {
      name: string;
      email?: string | null;
      company?: string | null;
      source?: string | null;
    }),
    ...(score === null ? {} : { score: score as number }),
  };
}
