import { describe, expect, it } from 'vitest';
import {
  type EditableStep,
  parseStepForm,
  stepErrorsFromApi,
  stepFormValues,
  stepUpdate,
} from './step-form.ts';

const proposal: EditableStep = {
  id: 's1',
  name: 'Proposal',
  defaultProbability: 0.6,
  expectedDwellDays: 10,
  metadata: { color: 'gold', onEnter: { tasks: [{ title: 'Send proposal', dueInDays: 2 }] } },
};

describe('the step form', () => {
  it('starts from the step as it is, the probability in percent', () => {
    expect(stepFormValues(proposal)).toEqual({
      name: 'Proposal',
      probability: '60',
      dwell: '10',
      tasks: [{ title: 'Send proposal', dueInDays: '2' }],
    });
  });

  it('reads percentages, decimal commas and an empty dwell as no dwell', () => {
    const parsed = parseStepForm({
      name: ' Proposal ',
      probability: '33,5 %',
      dwell: '',
      tasks: [],
    });
    expect(parsed).toEqual({
      ok: true,
      value: { name: 'Proposal', defaultProbability: 0.335, expectedDwellDays: null, tasks: [] },
    });
  });

  it('puts each problem next to its field, and task problems next to their task', () => {
    const parsed = parseStepForm({
      name: '  ',
      probability: '140',
      dwell: '0',
      tasks: [
        { title: 'Call', dueInDays: '' },
        { title: '', dueInDays: '1.5' },
      ],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual({
      name: 'Give the step a name.',
      probability: 'Enter a percentage from 0 to 100, like 40.',
      dwell: 'Enter the days as a number above 0, like 7, or leave it empty for none.',
      task: {
        1: {
          title: 'Give the task a title, or remove it.',
          dueInDays: 'Enter whole days from 0 to 365, or leave it empty for no due date.',
        },
      },
    });
  });

  it('sends only what changed, the tasks merged into the rest of the metadata', () => {
    const parsed = parseStepForm({
      name: 'Proposal',
      probability: '60',
      dwell: '12',
      tasks: [{ title: 'Send proposal', dueInDays: '3' }],
    });
    if (!parsed.ok) throw new Error('expected a valid form');
    expect(stepUpdate(proposal, parsed.value)).toEqual({
      expectedDwellDays: 12,
      metadata: { color: 'gold', onEnter: { tasks: [{ title: 'Send proposal', dueInDays: 3 }] } },
    });
  });

  it('sends nothing when nothing changed', () => {
    const parsed = parseStepForm(stepFormValues(proposal));
    if (!parsed.ok) throw new Error('expected a valid form');
    expect(stepUpdate(proposal, parsed.value)).toEqual({});
  });

  it('leaves unreadable stored rules alone unless tasks are given to replace them', () => {
    const broken = { ...proposal, metadata: { onEnter: { tasks: 'call them' } } };
    const parsed = parseStepForm({ ...stepFormValues(broken), name: 'Offer' });
    if (!parsed.ok) throw new Error('expected a valid form');
    expect(stepUpdate(broken, parsed.value)).toEqual({ name: 'Offer' });
  });
});

describe('the API’s step errors on the form', () => {
  it('places errors about its inputs on the matching fields', () => {
    expect(
      stepErrorsFromApi(
        {
          defaultProbability: 'The win probability is too big.',
          metadata: 'The step’s metadata is larger than 10 kB.',
        },
        'Check defaultProbability: too big (and 1 more).',
      ),
    ).toEqual({
      probability: 'The win probability is too big.',
      tasks: 'The step’s metadata is larger than 10 kB.',
    });
  });

  it('explains above the form that a published version can no longer change', () => {
    expect(stepErrorsFromApi({ id: 'Only a draft can be edited.' }, 'x').form).toMatch(
      /no longer a draft/,
    );
  });

  it('shows a refusal about no field above the form', () => {
    expect(stepErrorsFromApi({}, 'Only workspace owners and admins can change workflows.')).toEqual(
      {
        form: 'Only workspace owners and admins can change workflows.',
      },
    );
  });
});
