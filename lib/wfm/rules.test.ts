import { describe, expect, it } from 'vitest';
import { checkMove, isEmpty, type MoveCheck } from './rules.ts';

const discovery = { id: 'discovery', name: 'Discovery', versionId: 'v1' };
const proposal = { id: 'proposal', name: 'Proposal', versionId: 'v1' };
const otherWorkflowStep = { id: 'triage', name: 'Triage', versionId: 'support-v1' };

function check(overrides: Partial<MoveCheck>): MoveCheck {
  return {
    current: discovery,
    target: proposal,
    transition: { requiredFields: [], allowedRoles: [] },
    fields: {},
    callerRole: 'member',
    ...overrides,
  };
}

describe('whether a move is allowed', () => {
  it.each([
    ['a transition exists and has no guard', check({}), { allowed: true }],
    [
      'the workflow has no transition between the steps',
      check({ transition: undefined }),
      { allowed: false, reason: 'NO_TRANSITION', missingFields: [] },
    ],
    [
      'the target step belongs to another workflow version',
      check({ target: otherWorkflowStep }),
      { allowed: false, reason: 'STEP_NOT_IN_WORKFLOW' },
    ],
    [
      'the entity is already in the target step',
      check({ target: discovery }),
      { allowed: false, reason: 'SAME_STEP' },
    ],
    [
      'a required field is missing',
      check({
        transition: { requiredFields: ['amount'], allowedRoles: [] },
        fields: { amount: null },
      }),
      { allowed: false, reason: 'MISSING_FIELDS', missingFields: ['amount'] },
    ],
    [
      'the required fields are all present',
      check({
        transition: { requiredFields: ['amount', 'name'], allowedRoles: [] },
        fields: { amount: 0, name: 'Acme' },
      }),
      { allowed: true },
    ],
    [
      'the transition is reserved to admins and the caller is a member',
      check({ transition: { requiredFields: [], allowedRoles: ['owner', 'admin'] } }),
      { allowed: false, reason: 'ROLE_NOT_ALLOWED' },
    ],
    [
      'the transition is reserved to admins and the caller is one',
      check({
        transition: { requiredFields: [], allowedRoles: ['owner', 'admin'] },
        callerRole: 'admin',
      }),
      { allowed: true },
    ],
    [
      'the caller is a viewer',
      check({ callerRole: 'viewer' }),
      { allowed: false, reason: 'ROLE_NOT_ALLOWED' },
    ],
  ])('%s', (_case, input, expected) => {
    expect(checkMove(input)).toMatchObject(expected);
  });

  it('names every missing field, in the order the transition lists them', () => {
    const verdict = checkMove(
      check({
        transition: { requiredFields: ['amount', 'expected_close_date', 'name'], allowedRoles: [] },
        fields: { name: 'Deal' },
      }),
    );
    expect(verdict).toMatchObject({ missingFields: ['amount', 'expected_close_date'] });
    expect(verdict.allowed || verdict.message).toBe(
      'Moving to Proposal requires amount, expected_close_date',
    );
  });

  it('checks role before fields: a viewer is told about the role, not the fields', () => {
    const verdict = checkMove(
      check({ callerRole: 'viewer', transition: { requiredFields: ['amount'], allowedRoles: [] } }),
    );
    expect(verdict).toMatchObject({ reason: 'ROLE_NOT_ALLOWED' });
  });
});

describe('a required field counts as present', () => {
  it.each([
    [null, false],
    [undefined, false],
    ['', false],
    ['   ', false],
    [[], false],
    [0, true],
    [false, true],
    ['x', true],
    [['a'], true],
    [{}, true],
  ])('%j: %s', (value, present) => {
    expect(!isEmpty(value)).toBe(present);
  });
});
