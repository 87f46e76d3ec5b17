// Emails, phones or links of a record as links people can follow (mail, call, open).
import { Link, Stack } from '@chakra-ui/react';
import type { DetailItem } from './record-details.tsx';

export function ContactList({
  kind,
  values,
}: {
  kind: 'emails' | 'phones' | 'links';
  values: readonly string[];
}) {
  if (values.length === 0) return null;
  return (
    <Stack as="span" gap="0.5" display="inline-flex">
      {values.map((value) =>
        kind === 'links' ? (
          <Link
            key={value}
            href={value}
            target="_blank"
            rel="noopener noreferrer"
            colorPalette="blue"
            wordBreak="break-all"
          >
            {value}
          </Link>
        ) : (
          <Link
            key={value}
            href={`${kind === 'emails' ? 'mailto' : 'tel'}:${value}`}
            colorPalette="blue"
          >
            {value}
          </Link>
        ),
      )}
    </Stack>
  );
}

const CONTACT_LABELS = { emails: 'Emails', phones: 'Phones', links: 'Links' } as const;

/** A record's emails, phones and links as items of its Details section. */
export function contactDetailItems(
  record: Readonly<Record<keyof typeof CONTACT_LABELS, readonly string[]>>,
): DetailItem[] {
  return (['emails', 'phones', 'links'] as const).map((kind) => ({
    label: CONTACT_LABELS[kind],
    value: record[kind].length > 0 && <ContactList kind={kind} values={record[kind]} />,
  }));
}
