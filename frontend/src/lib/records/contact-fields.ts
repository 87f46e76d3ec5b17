// The contact details every organization and person has (CrmRecord): emails, phones, links,
// one a line in forms.
import type { StandardField } from './standard-fields.ts';

export const CONTACT_FIELDS: readonly StandardField[] = [
  {
    name: 'emails',
    label: 'Emails',
    kind: 'list',
    placeholder: 'ada@example.com',
    helper: 'One a line.',
  },
  {
    name: 'phones',
    label: 'Phones',
    kind: 'list',
    placeholder: '+1 555 0100',
    helper: 'One a line.',
  },
  {
    name: 'links',
    label: 'Links',
    kind: 'list',
    placeholder: 'https://example.com',
    helper: 'Website, LinkedIn, … one a line, starting with https://.',
  },
];
