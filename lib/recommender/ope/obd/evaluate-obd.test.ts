// The OBD benchmark on the men sample, checked against the estimators' definitions recomputed
// here from the raw CSV text, with the exported π_e and reward model as the only shared pieces.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { btsSlotDistribution } from './bts-policy.ts';
import { evaluateObdFolder, OBD_SLOTS, type ObdReport } from './evaluate-obd.ts';
import { readImpressions } from './impressions.ts';
import { readBetaPriors } from './priors.ts';
import { fitPositionBasedModel } from './reward-model.ts';
import { valueAt } from './slot-item-table.ts';

const DIR = 'test/fixtures/obd/men';
const OPTIONS = { draws: 20_000, seed: 3, resamples: 200 };

/** The rows of an impression file as plain objects, straight from the text. */
function rawRows(file: string) {
  const [header = '', ...lines] = readFileSync(`${DIR}/${file}`, 'utf8').trim().split('\n');
  const column = (name: string) => header.split(',').indexOf(name);
  return lines.map((line) => {
    const fields = line.split(',');
    return {
      item: Number(fields[column('item_id')]),
      position: Number(fields[column('position')]),
      click: Number(fields[column('click')]),
      propensity: Number(fields[column('propensity_score')]),
    };
  });
}

describe('evaluateObdFolder on the men sample', () => {
  let report: ObdReport;
  beforeAll(() => {
    report = evaluateObdFolder(DIR, OPTIONS);
  });

  it('equals IPS, SNIPS, DM and DR recomputed from the raw rows', () => {
    const rows = rawRows('random.csv');
    const pi = btsSlotDistribution(readBetaPriors(`${DIR}/prior_bts.json`), {
      draws: OPTIONS.draws,
      seed: OPTIONS.seed,
      slots: OBD_SLOTS,
    });
    const q = fitPositionBasedModel(readImpressions(`${DIR}/random.csv`), 34, OBD_SLOTS).clickRate;
    let weightedClicks = 0;
    let weights = 0;
    let dm = 0;
    let dr = 0;
    let squaredWeights = 0;
    for (const row of rows) {
      const w = valueAt(pi, row.item, row.position) / row.propensity;
      let modelUnderTarget = 0;
      for (let item = 0; item < 34; item++) {
        modelUnderTarget += valueAt(pi, item, row.position) * valueAt(q, item, row.position);
      }
      weightedClicks += w * row.click;
      weights += w;
      squaredWeights += w * w;
      dm += modelUnderTarget;
      dr += modelUnderTarget + w * (row.click - valueAt(q, row.item, row.position));
    }
    const n = rows.length;
    expect(report.n).toBe(n);
    expect(report.ips.estimate).toBeCloseTo(weightedClicks / n, 12);
    expect(report.snips.estimate).toBeCloseTo(weightedClicks / weights, 12);
    expect(report.dm.estimate).toBeCloseTo(dm / n, 12);
    expect(report.dr.estimate).toBeCloseTo(dr / n, 12);
    expect(report.effectiveSampleSize).toBeCloseTo((weights * weights) / squaredWeights, 6);
  });

  it('compares with the mean click of bts.csv', () => {
    const bts = rawRows('bts.csv');
    const truth = bts.reduce((sum, row) => sum + row.click, 0) / bts.length;
    expect(report.truth).toBeCloseTo(truth, 15);
    expect(report.truth).toBeCloseTo(0.0069, 4);
    for (const name of ['ips', 'snips', 'dm', 'dr'] as const) {
      expect(report.relativeError[name]).toBeCloseTo(
        Math.abs(report[name].estimate - truth) / truth,
        12,
      );
    }
  });

  it('puts every estimate inside its interval, and DM’s interval includes refitting the model', () => {
    for (const name of ['ips', 'snips', 'dm', 'dr'] as const) {
      const { estimate, ci } = report[name];
      expect(ci[0]).toBeLessThanOrEqual(estimate);
      expect(ci[1]).toBeGreaterThanOrEqual(estimate);
    }
    // Holding the model fixed would leave DM only the slot mix's spread, well under 0.0001.
    expect(report.dm.ci[1] - report.dm.ci[0]).toBeGreaterThan(0.001);
  });

  it('names its reward model and settings', () => {
    expect(report.rewardModel).toMatch(/position-based click model/);
    expect(report).toMatchObject({ draws: OPTIONS.draws, seed: OPTIONS.seed });
  });
});
