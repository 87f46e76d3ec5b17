import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render.tsx';
import { ExplainTipDocument } from '../api/explain-tip.ts';
import { WhyThisTip } from './why-this-tip.tsx';

const tipId = '00000000-0000-4000-8000-0000000000a1';

describe('why this tip', () => {
  it('opens on demand, with the policy, the weightiest features and the shadows’ picks', async () => {
    const user = userEvent.setup();
    renderWithProviders(<WhyThisTip tipId={tipId} />, {
      mocks: [
        {
          request: { query: ExplainTipDocument, variables: { tipId } },
          result: {
            data: {
              explainTip: {
                __typename: 'TipExplanation',
                policy: 'LINUCB',
                propensity: 0.62,
                candidateCount: 5,
                topFeatures: [
                  {
                    __typename: 'FeatureContribution',
                    feature: 'staleness',
                    value: 2.1,
                    contribution: 0.42,
                  },
                  {
                    __typename: 'FeatureContribution',
                    feature: 'kind_advice',
                    value: 1,
                    contribution: -0.08,
                  },
                ],
                shadows: [
                  {
                    __typename: 'ShadowPick',
                    policy: 'RULES',
                    title: 'Block an hour for prospecting',
                    kind: 'ADVICE',
                    propensity: 0.5,
                    probabilityOfChosen: 0.1,
                    agreesWithLive: false,
                  },
                  {
                    __typename: 'ShadowPick',
                    policy: 'EPSILON_GREEDY',
                    title: 'Follow up on Globex',
                    kind: 'STALE_DEAL',
                    propensity: 0.9,
                    probabilityOfChosen: 0.9,
                    agreesWithLive: true,
                  },
                ],
              },
            },
          },
        },
      ],
    });
    const toggle = screen.getByRole('button', { name: /Why this tip/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const why = screen.getByRole('region', { name: 'Why this tip' });
    expect(
      await within(why).findByText(/the live policy, chose this tip with a probability of/),
    ).toHaveTextContent(
      'LinUCB, the live policy, chose this tip with a probability of 62% among 5 possible actions.',
    );

    const features = within(why).getAllByRole('listitem').slice(0, 2);
    expect(features[0]).toHaveTextContent('Time past the expected stay+0.42');
    expect(features[1]).toHaveTextContent('Kind: Advice−0.08');

    const shadows = within(why).getByRole('list', { name: 'Shadow policies' });
    expect(shadows).toHaveTextContent(
      'Would have chosen “Block an hour for prospecting” (50%); it gave this tip 10%.',
    );
    expect(shadows).toHaveTextContent('Would have chosen this tip too (90%).');
  });
});
