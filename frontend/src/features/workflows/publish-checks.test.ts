import { describe, expect, it } from 'vitest';
import { type CheckStep, publishChecks } from './publish-checks.ts';

function step(id: string, flags: Partial<CheckStep> = {}): CheckStep {
  return {
    id,
    name: id[0]!.toUpperCase() + id.slice(1),
    isInitial: false,
    isFinal: false,
    ...flags,
  };
}

const lead = step('lead', { isInitial: true });
const contact = step('contact');
const won = step('won', { isFinal: true });

function failing(checks: ReturnType<typeof publishChecks>) {
  return checks.filter((c) => !c.passed).map((c) => c.problem);
}

describe('publish checks of a draft', () => {
  it('pass for one initial step from which every step is reached, ending in a final step', () => {
    const checks = publishChecks(
      [lead, contact, won],
      [
        { fromStepId: 'lead', toStepId: 'contact' },
        { fromStepId: 'contact', toStepId: 'won' },
      ],
    );
    expect(checks.every((c) => c.passed)).toBe(true);
  });

  it('name the steps no path of moves from the initial step reaches', () => {
    const checks = publishChecks([lead, contact, won], [{ fromStepId: 'lead', toStepId: 'won' }]);
    expect(failing(checks)).toEqual(['No path of moves from Lead leads to Contact.']);
  });

  it('refuse a draft without an initial step, or with two', () => {
    expect(
      failing(publishChecks([contact, won], [{ fromStepId: 'contact', toStepId: 'won' }])),
    ).toEqual([
      'No step is the initial one, so nothing could start in this workflow.',
      'Needs exactly one initial step to start from.',
    ]);
    const two = publishChecks([lead, step('other', { isInitial: true }), won], []);
    expect(failing(two)[0]).toBe('2 steps are initial (Lead and Other); only one may be.');
  });

  it('refuse moves out of a final step and a draft with no final step', () => {
    expect(
      failing(
        publishChecks(
          [lead, won],
          [
            { fromStepId: 'lead', toStepId: 'won' },
            { fromStepId: 'won', toStepId: 'lead' },
          ],
        ),
      ),
    ).toEqual(['Remove the moves out of Won: a final step ends the workflow.']);
    expect(failing(publishChecks([lead], []))).toEqual([
      'No step is final, so nothing could ever finish this workflow.',
    ]);
  });

  it('refuse a draft without steps', () => {
    expect(failing(publishChecks([], []))).toEqual(['The draft has no steps.']);
  });
});
