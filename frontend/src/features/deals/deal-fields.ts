// A deal's own fields in its edit form.
import type { StandardField } from '../../lib/records/standard-fields.ts';

export const DEAL_FIELDS: readonly StandardField[] = [
  { name: 'name', label: 'Name', errorLabel: 'The name', kind: 'text', required: true },
  {
    name: 'amount',
    label: 'Amount',
    errorLabel: 'The amount',
    kind: 'money',
    placeholder: '12000',
  },
  {
    name: 'currency',
    label: 'Currency',
    errorLabel: 'The currency',
    kind: 'text',
    required: true,
    placeholder: 'USD',
    helper: 'A three-letter code, like USD or EUR.',
  },
  {
    name: 'expectedCloseDate',
    label: 'Expected close date',
    errorLabel: 'The expected close date',
    kind: 'date',
  },
];
