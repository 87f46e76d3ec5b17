// An organization's own fields in its forms: a name and contact details.
import { CONTACT_FIELDS } from '../../lib/records/contact-fields.ts';
import type { StandardField } from '../../lib/records/standard-fields.ts';

export const ORGANIZATION_FIELDS: readonly StandardField[] = [
  {
    name: 'name',
    label: 'Name',
    errorLabel: 'The name',
    kind: 'text',
    required: true,
    placeholder: 'Globex Corporation',
  },
  ...CONTACT_FIELDS,
];

/** The form's values as the API takes them. */
export function organizationInput(fields: Record<string, unknown>) {
  return {
    name: String(fields.name ?? ''),
    emails: (fields.emails as string[] | undefined) ?? [],
    phones: (fields.phones as string[] | undefined) ?? [],
    links: (fields.links as string[] | undefined) ?? [],
  };
}
