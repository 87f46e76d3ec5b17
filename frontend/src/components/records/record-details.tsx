// A record's fields as read: its own, then its custom fields rendered by their type. Fields
// without a value say so, quietly.
import { DataList, Link, Text } from '@chakra-ui/react';
import type { ReactNode } from 'react';
import {
  type CustomFieldDefinitionLike,
  formatCustomFieldValue,
  type MemberLike,
} from '../../lib/records/custom-fields.ts';

export interface DetailItem {
  label: string;
  /** null, false or an empty string: no value. */
  value: ReactNode;
}

export function RecordDetails({
  items,
  definitions,
  customFields,
  members,
}: {
  items: readonly DetailItem[];
  definitions: readonly CustomFieldDefinitionLike[];
  customFields: Readonly<Record<string, unknown>>;
  members: readonly MemberLike[];
}) {
  return (
    <DataList.Root orientation="horizontal" size="sm" gap="3">
      {items.map((item) => (
        <Detail key={item.label} label={item.label} value={item.value} />
      ))}
      {definitions.map((definition) => (
        <Detail
          key={`custom:${definition.key}`}
          label={definition.label}
          value={
            <CustomFieldValue
              definition={definition}
              value={customFields[definition.key]}
              members={members}
            />
          }
        />
      ))}
    </DataList.Root>
  );
}

function Detail({ label, value }: DetailItem) {
  const empty = value === null || value === undefined || value === false || value === '';
  return (
    <DataList.Item
      flexDirection={{ base: 'column', sm: 'row' }}
      alignItems={{ base: 'stretch', sm: 'baseline' }}
      gap={{ base: '0.5', sm: '4' }}
    >
      <DataList.ItemLabel minW={{ sm: '36' }} flexShrink={0}>
        {label}
      </DataList.ItemLabel>
      <DataList.ItemValue minW="0" wordBreak="break-word">
        {empty ? <NotSet /> : value}
      </DataList.ItemValue>
    </DataList.Item>
  );
}

export function CustomFieldValue({
  definition,
  value,
  members,
}: {
  definition: CustomFieldDefinitionLike;
  value: unknown;
  members: readonly MemberLike[];
}) {
  const text = formatCustomFieldValue(definition, value, members);
  if (text === null) return <NotSet />;
  if (definition.type === 'URL' && /^https?:\/\//i.test(text)) {
    return (
      <Link
        href={text}
        target="_blank"
        rel="noopener noreferrer"
        colorPalette="blue"
        wordBreak="break-all"
      >
        {text}
      </Link>
    );
  }
  return <>{text}</>;
}

function NotSet() {
  return (
    <Text as="span" color="fg.subtle">
      Not set
    </Text>
  );
}
