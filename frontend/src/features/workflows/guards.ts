// A transition's guards in words: the fields the record must have and the roles that may make the
// move. No guard means anyone who may edit the record may make it.
import type { EntityType } from '../../gql/graphql.ts';

export type GuardRole = 'OWNER' | 'ADMIN' | 'MEMBER' | 'VIEWER';

const FIELD_WORDS: Record<string, string> = {
  amount: 'an amount',
  currency: 'a currency',
  expectedCloseDate: 'an expected close date',
  expected_close_date: 'an expected close date',
  organizationId: 'an organization',
  organization_id: 'an organization',
  assigneeId: 'an assignee',
  assignee_id: 'an assignee',
  ownerId: 'an owner',
  owner_id: 'an owner',
  email: 'an email',
  phone: 'a phone number',
  company: 'a company',
  name: 'a name',
};

const ROLE_ORDER: readonly GuardRole[] = ['OWNER', 'ADMIN', 'MEMBER', 'VIEWER'];
const ROLE_PLURALS: Record<GuardRole, string> = {
  OWNER: 'owners',
  ADMIN: 'admins',
  MEMBER: 'members',
  VIEWER: 'viewers',
};

/** "amount" as "an amount"; a field we have no words for as "a value for close reason". */
export function describeField(field: string): string {
  const known = FIELD_WORDS[field];
  if (known) return known;
  const words = field
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return `a value for ${words}`;
}

/** What moves through a workflow, as "the deal", "the lead", "the ticket". */
export function entityNoun(entityType: EntityType): string {
  return `the ${entityType.toLowerCase()}`;
}

/** The transition's guards as one or two sentences. */
export function describeGuards(
  transition: { requiredFields: readonly string[]; allowedRoles: readonly GuardRole[] },
  entityType: EntityType,
): string {
  const noun = entityNoun(entityType);
  const sentences: string[] = [];
  if (transition.requiredFields.length > 0) {
    const fields = [...new Set(transition.requiredFields)].map(describeField);
    sentences.push(`${capitalize(noun)} needs ${listInWords(fields)}.`);
  }
  if (transition.allowedRoles.length > 0) {
    const roles = ROLE_ORDER.filter((role) => transition.allowedRoles.includes(role)).map(
      (role) => ROLE_PLURALS[role],
    );
    sentences.push(`Only ${listInWords(roles)} may make this move.`);
  }
  if (sentences.length === 0) {
    return `No conditions: anyone who can edit ${noun} may make this move.`;
  }
  return sentences.join(' ');
}

/** "Qualification → Initial contact", naming a step that is gone as such. */
export function transitionLabel(
  transition: { fromStepId: string; toStepId: string },
  stepNames: ReadonlyMap<string, string>,
): string {
  const name = (id: string) => stepNames.get(id) ?? 'a removed step';
  return `${name(transition.fromStepId)} → ${name(transition.toStepId)}`;
}

/** "amount, expectedCloseDate" as the field names a transition requires. */
export function parseRequiredFields(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\s]+/)
        .map((field) => field.trim())
        .filter(Boolean),
    ),
  ];
}

export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
