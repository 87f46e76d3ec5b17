import { describe, expect, it } from 'vitest';
import { parseStandardDraft, type StandardField, standardDraftOf } from './standard-fields.ts';

const name: StandardField = {
  name: 'name',
  label: 'Name',
  errorLabel: 'The name',
  kind: 'text',
  required: true,
};
const company: StandardField = { name: 'company', label: 'Company', kind: 'text' };
const emails: StandardField = { name: 'emails', label: 'Emails', kind: 'list' };
const amount: StandardField = {
  name: 'amount',
  label: 'Amount',
  errorLabel: 'The amount',
  kind: 'money',
};
const score: StandardField = {
  name: 'score',
  label: 'Score',
  errorLabel: 'The score',
  kind: 'integer',
};

describe('a record’s own fields in a form', () => {
  it('sends a required field as text even when empty, so the API says it is required', () => {
    expect(parseStandardDraft(name, '  ')).toEqual({ ok: true, value: '' });
  });

  it('clears an optional field left empty', () => {
    expect(parseStandardDraft(company, ' ')).toEqual({ ok: true, value: null });
  });

  it('takes a list one item a line (or comma-separated), skipping blank ones', () => {
    expect(parseStandardDraft(emails, 'a@example.com\n\n b@example.com, c@example.com')).toEqual({
      ok: true,
      value: ['a@example.com', 'b@example.com', 'c@example.com'],
    });
    expect(standardDraftOf(emails, ['a@example.com', 'b@example.com'])).toBe(
      'a@example.com\nb@example.com',
    );
  });

  it('edits an amount of money as its decimal string and sends exactly what was typed', () => {
    expect(standardDraftOf(amount, { amount: '12000.50', currency: 'EUR' })).toBe('12000.50');
    expect(standardDraftOf(amount, null)).toBe('');
    expect(parseStandardDraft(amount, ' 1,234,567.89 ')).toEqual({ ok: true, value: '1234567.89' });
    expect(parseStandardDraft(amount, '')).toEqual({ ok: true, value: null });
    expect(parseStandardDraft(amount, '10.125')).toEqual({
      ok: false,
      problem: 'Enter the amount in whole cents, like 12000.50.',
    });
    expect(parseStandardDraft(amount, 'lots')).toEqual({
      ok: false,
      problem: 'Enter the amount as a number, like 12000.',
    });
  });

  it('asks for a whole number where the API takes one', () => {
    expect(parseStandardDraft(score, '60')).toEqual({ ok: true, value: 60 });
    expect(parseStandardDraft(score, '6.5')).toEqual({
      ok: false,
      problem: 'Enter the score as a whole number, like 60.',
    });
  });
});
