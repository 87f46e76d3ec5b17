// The "Details" section of a record page: its fields as read, and an "Edit" button that turns
// the section into the record's form in place.
import { Button } from '@chakra-ui/react';
import { type ReactNode, useState } from 'react';
import type { CustomFieldDefinitionLike, MemberLike } from '../../lib/records/custom-fields.ts';
import { type DetailItem, RecordDetails } from './record-details.tsx';
import { RecordSection } from './record-section.tsx';

export function EditableDetails({
  items,
  definitions,
  customFields,
  members,
  canEdit,
  what,
  renderForm,
  gridArea,
}: {
  items: readonly DetailItem[];
  definitions: readonly CustomFieldDefinitionLike[];
  customFields: Readonly<Record<string, unknown>>;
  members: readonly MemberLike[];
  canEdit: boolean;
  /** What the record is, for the button's accessible name: "Edit lead details". */
  what: string;
  renderForm(close: () => void): ReactNode;
  gridArea?: string;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <RecordSection
      title={editing ? 'Edit details' : 'Details'}
      gridArea={gridArea}
      action={
        canEdit &&
        !editing && (
          <Button
            size="xs"
            variant="outline"
            onClick={() => setEditing(true)}
            aria-label={`Edit ${what} details`}
          >
            Edit
          </Button>
        )
      }
    >
      {editing ? (
        renderForm(() => setEditing(false))
      ) : (
        <RecordDetails
          items={items}
          definitions={definitions}
          customFields={customFields}
          members={members}
        />
      )}
    </RecordSection>
  );
}
