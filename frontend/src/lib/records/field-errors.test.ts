import { describe, expect, it } from 'vitest';
import { placeErrors } from './field-errors.ts';

const labels = {
  fields: { name: 'The name', emails: 'Emails', score: 'The score' },
  customFields: { budget: 'Budget', tier: 'Tier' },
};

function validation(...fieldErrors: { path: string[]; message: string }[]) {
  return { __typename: 'ValidationError' as const, message: 'Invalid input', fieldErrors };
}

describe('where the API’s field errors go', () => {
  it('puts a standard field’s error next to it, reading as a sentence', () => {
    const placed = placeErrors(
      validation(
        { path: ['input', 'name'], message: 'is required' },
        { path: ['input', 'score'], message: 'Too big: expected number to be <=100' },
      ),
      'Invalid input.',
      labels,
    );
    expect(placed.fields).toEqual({
      name: 'The name is required.',
      score: 'The score: too big: expected number to be <=100.',
    });
    expect(placed.form).toEqual([]);
  });

  it('puts a custom field’s error next to that custom field', () => {
    const placed = placeErrors(
      validation(
        { path: ['input', 'customFields', 'budget'], message: 'must be a finite number' },
        { path: ['input', 'customFields', 'tier'], message: 'is required' },
      ),
      '',
      labels,
    );
    expect(placed.customFields).toEqual({
      budget: 'Budget must be a finite number.',
      tier: 'Tier is required.',
    });
    expect(placed.fields).toEqual({});
  });

  it('says which line of a list is wrong', () => {
    const placed = placeErrors(
      validation({ path: ['input', 'emails', '1'], message: 'Invalid email address' }),
      '',
      labels,
    );
    expect(placed.fields.emails).toBe('Line 2: invalid email address.');
  });

  it('keeps the first error of a field', () => {
    const placed = placeErrors(
      validation(
        { path: ['input', 'name'], message: 'is required' },
        { path: ['input', 'name'], message: 'is too long' },
      ),
      '',
      labels,
    );
    expect(placed.fields.name).toBe('The name is required.');
  });

  it('puts errors of fields the form does not show above it', () => {
    const placed = placeErrors(
      validation(
        { path: ['input', 'ownerId'], message: 'is not a member of this workspace' },
        { path: ['input', 'customFields', 'gone'], message: 'is not a custom field defined' },
      ),
      '',
      labels,
    );
    expect(placed.form).toEqual([
      'The ownerId is not a member of this workspace.',
      'The custom field “gone” is not a custom field defined.',
    ]);
  });

  it('shows errors that are not about fields above the form, in words', () => {
    const placed = placeErrors(
      { __typename: 'ForbiddenError', message: 'no' },
      'Your role in this workspace does not allow that.',
      labels,
    );
    expect(placed).toEqual({
      fields: {},
      customFields: {},
      form: ['Your role in this workspace does not allow that.'],
    });
  });
});
