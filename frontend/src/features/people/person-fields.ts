// A person's own fields in their forms: a name, the organization they work at, contact details.
import { CONTACT_FIELDS } from '../../lib/records/contact-fields.ts';
import type { StandardField } from '../../lib/records/standard-fields.ts';

export function personFields(
  organizations: readonly { value: string; label: string }[],
): StandardField[] {
  return [
    {
      name: 'name',
      label: 'Name',
      errorLabel: 'The name',
      kind: 'text',
      required: true,
      placeholder: 'Ada Lovelace',
    },
    {
      name: 'organizationId',
      label: 'Organization',
      errorLabel: 'The organization',
      kind: 'select',
      options: organizations,
    },
    ...CONTACT_FIELDS,
  ];
}

/** The form's values as the API takes them. */
export function personInput(fields: Record<string, unknown>) {
  return {
    name: String(fields.name ?? ''),
    organizationId: (fields.organizationId as string | null) ?? null,
    emails: (fields.emails as string[] | undefined) ?? [],
    phones: (fields.phones as string[] | undefined) ?? [],
    links: (fields.links as string[] | undefined) ?? [],
  };
}
