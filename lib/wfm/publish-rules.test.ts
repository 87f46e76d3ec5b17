import { describe, expect, it } from 'vitest';
import { type DraftStep, type DraftTransition, publishProblems } from './publish-rules.ts';

const step = (id: string, flags: Partial<DraftStep> = {}): DraftStep => ({
  id,
  name: id.charAt(0).toUpperCase() + id.slice(1),
  isInitial: false,
  isFinal: false,
  ...flags,
});
const go = (fromStepId: string, toStepId: string): DraftTransition => ({ fromStepId, toStepId });

const lead = step('lead', { isInitial: true });
const offer = step('offer');
const won = step('won', { isFinal: true });
const lost = step('lost', { isFinal: true });
const sound = [go('lead', 'offer'), go('offer', 'won'), go('lead', 'lost'), go('offer', 'lost')];

describe('whether a draft may be published', () => {
  it('accepts a draft whose steps all lead on from one initial step to final steps', () => {
    expect(publishProblems([lead, offer, won, lost], sound)).toEqual([]);
  });

  it('accepts a back-and-forth loop between open steps', () => {
    expect(publishProblems([lead, offer, won], [...sound, go('offer', 'lead')])).toEqual([]);
  });

  it.each([
    ['no steps at all', [], [], ['the workflow has no steps']],
    [
      'no initial step',
      [step('lead'), offer, won],
      [go('lead', 'offer'), go('offer', 'won')],
      ['the workflow needs exactly one initial step, not 0'],
    ],
    [
      'two initial steps',
      [lead, step('offer', { isInitial: true }), won],
      [go('lead', 'offer'), go('offer', 'won')],
      ['the workflow needs exactly one initial step, not 2'],
    ],
    [
      'no final step',
      [lead, offer],
      [go('lead', 'offer'), go('offer', 'lead')],
      ['the workflow needs at least one final step'],
    ],
    [
      'a final step with a way out',
      [lead, offer, won],
      [go('lead', 'offer'), go('offer', 'won'), go('won', 'offer')],
      ['final step Won has outgoing transitions'],
    ],
    [
      'steps no path from the initial step reaches',
      [lead, offer, won, lost],
      [go('lead', 'won'), go('offer', 'lost')],
      ['not reachable from the initial step: Offer, Lost'],
    ],
  ])('refuses a draft with %s', (_case, steps, transitions, problems) => {
    expect(publishProblems(steps, transitions)).toEqual(problems);
  });

  it('names every problem at once', () => {
    expect(publishProblems([lead, offer], [])).toEqual([
      'the workflow needs at least one final step',
      'not reachable from the initial step: Offer',
    ]);
  });
});
