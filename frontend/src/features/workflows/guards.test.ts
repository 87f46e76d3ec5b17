import { describe, expect, it } from 'vitest';
import { describeField, describeGuards, parseRequiredFields, transitionLabel } from './guards.ts';

describe('a transition’s guards in words', () => {
  it('says anyone who may edit the record may move it when there is no guard', () => {
    expect(describeGuards({ requiredFields: [], allowedRoles: [] }, 'DEAL')).toBe(
      'No conditions: anyone who can edit the deal may make this move.',
    );
  });

  it('names the fields the record needs, with an article', () => {
    expect(
      describeGuards({ requiredFields: ['amount', 'expectedCloseDate'], allowedRoles: [] }, 'DEAL'),
    ).toBe('The deal needs an amount and an expected close date.');
  });

  it('names the roles that may make the move, in rank order', () => {
    expect(describeGuards({ requiredFields: [], allowedRoles: ['ADMIN', 'OWNER'] }, 'LEAD')).toBe(
      'Only owners and admins may make this move.',
    );
  });

  it('says both when a move needs fields and is reserved to roles', () => {
    expect(describeGuards({ requiredFields: ['amount'], allowedRoles: ['MEMBER'] }, 'DEAL')).toBe(
      'The deal needs an amount. Only members may make this move.',
    );
  });

  it('reads a field it has no words for from its name', () => {
    expect(describeField('closeReason')).toBe('a value for close reason');
    expect(describeField('customer_tier')).toBe('a value for customer tier');
  });
});

describe('transitions by name', () => {
  const names = new Map([
    ['q', 'Qualification'],
    ['c', 'Initial contact'],
  ]);

  it('reads from → to', () => {
    expect(transitionLabel({ fromStepId: 'q', toStepId: 'c' }, names)).toBe(
      'Qualification → Initial contact',
    );
  });

  it('names a step that is no longer there as such', () => {
    expect(transitionLabel({ fromStepId: 'q', toStepId: 'gone' }, names)).toBe(
      'Qualification → a removed step',
    );
  });
});

describe('required fields as typed', () => {
  it('splits on commas and spaces, once each', () => {
    expect(parseRequiredFields(' amount, expectedCloseDate amount ,')).toEqual([
      'amount',
      'expectedCloseDate',
    ]);
    expect(parseRequiredFields('')).toEqual([]);
  });
});
