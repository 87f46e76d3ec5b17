import { describe, expect, it } from 'vitest';
import { featureLabel, formatContribution, formatProbability, recordLinkOf } from './tip-words.ts';

describe('the record a tip is about', () => {
  it('links deals, leads, organizations and people to their pages', () => {
    expect(recordLinkOf({ entityType: 'DEAL', entityId: 'd1' })).toEqual({
      to: '/deals/d1',
      label: 'Open the deal',
    });
    expect(recordLinkOf({ entityType: 'LEAD', entityId: 'l1' })?.to).toBe('/leads/l1');
    expect(recordLinkOf({ entityType: 'ORGANIZATION', entityId: 'o1' })?.to).toBe(
      '/organizations/o1',
    );
    expect(recordLinkOf({ entityType: 'PERSON', entityId: 'p1' })?.to).toBe('/people/p1');
  });

  it('links activities to the activities page', () => {
    expect(recordLinkOf({ entityType: 'ACTIVITY', entityId: 'a1' })?.to).toBe('/activities');
  });

  it('has no link for advice', () => {
    expect(recordLinkOf({ entityType: null, entityId: null })).toBeNull();
  });
});

describe('the recommender in words', () => {
  it('names features people can read, including the kind one-hots', () => {
    expect(featureLabel('staleness')).toBe('Time past the expected stay');
    expect(featureLabel('kind_stale_deal')).toBe('Kind: Stale deal');
    expect(featureLabel('kind_reply_message')).toBe('Kind: Reply');
    expect(featureLabel('something_new')).toBe('Something new');
  });

  it('signs contributions and rounds probabilities', () => {
    expect(formatContribution(0.4249)).toBe('+0.42');
    expect(formatContribution(-0.08)).toBe('−0.08');
    expect(formatProbability(0.9667)).toBe('97%');
    expect(formatProbability(0.001)).toBe('<1%');
  });
});
