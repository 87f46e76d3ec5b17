// The impression-file reader: the four columns it keeps, found by name, and a line-numbered
// refusal for every kind of malformed row.
import { describe, expect, it } from 'vitest';
import { parseImpressions, readImpressions } from './impressions.ts';
import { ObdInputError } from './input-error.ts';

const HEADER = ',timestamp,item_id,position,click,propensity_score,user_feature_0';

describe('parseImpressions', () => {
  it('reads item, position, click and propensity by column name', () => {
    const text = [
      HEADER,
      '0,2019-11-24 00:03:13.442536+00:00,14,3,0,0.029411764705882353,cef3',
      '1,2019-11-24 00:03:36.705207+00:00,0,1,1,0.5,03a5',
    ].join('\r\n');
    const log = parseImpressions(`${text}\r\n`, 'random.csv');
    expect(log.n).toBe(2);
    expect(Array.from(log.itemId)).toEqual([14, 0]);
    expect(Array.from(log.position)).toEqual([3, 1]);
    expect(Array.from(log.click)).toEqual([0, 1]);
    expect(Array.from(log.propensity)).toEqual([0.029411764705882353, 0.5]);
  });

  it.each([
    ['a missing column', ',item_id,position,click\n0,1,1,0', /no column "propensity_score"/],
    ['no rows', `${HEADER}\n`, /no impressions/],
    ['a short row', `${HEADER}\n0,t,1,1,0,0.5`, /line 2: 6 fields, the header has 7/],
    ['an empty item', `${HEADER}\n0,t,,1,0,0.5,u`, /line 2: item_id is empty/],
    ['a fractional item', `${HEADER}\n0,t,1.5,1,0,0.5,u`, /item_id must be a non-negative integer/],
    ['position 0', `${HEADER}\n0,t,1,0,0,0.5,u`, /position must be a positive integer/],
    ['click 2', `${HEADER}\n0,t,1,1,2,0.5,u`, /click must be 0 or 1/],
    ['a zero propensity', `${HEADER}\n0,t,1,1,0,0,u`, /propensity_score must be in \(0, 1\]/],
    ['a text propensity', `${HEADER}\n0,t,1,1,0,high,u\n`, /propensity_score/],
  ])('refuses %s', (_, text, message) => {
    expect(() => parseImpressions(text, 'x.csv')).toThrow(ObdInputError);
    expect(() => parseImpressions(text, 'x.csv')).toThrow(message);
  });

  it('names the line of a malformed row after good ones', () => {
    const text = `${HEADER}\n0,t,1,1,0,0.5,u\n1,t,1,1,0,0.5,u\n2,t,1,9x,0,0.5,u`;
    expect(() => parseImpressions(text, 'x.csv')).toThrow(/^x\.csv line 4: position/);
  });
});

describe('readImpressions', () => {
  it('reads the men sample', () => {
    const log = readImpressions('test/fixtures/obd/men/random.csv');
    expect(log.n).toBe(10_000);
    expect(log.propensity[0]).toBeCloseTo(1 / 34, 15);
  });

  it('refuses a missing file with an input error', () => {
    expect(() => readImpressions('/no/such/random.csv')).toThrow(ObdInputError);
    expect(() => readImpressions('/no/such/random.csv')).toThrow(
      /cannot read \/no\/such\/random\.csv/,
    );
  });
});
