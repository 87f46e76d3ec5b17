// The policy chart's horizontal scale: mean reward per tip, from 0 to 1 at least (rewards are
// 0 for a dismissal, 0.25 for a snooze, 1 for done), widened to fit every interval (IPS can
// leave [0, 1] on few tips), with round tick values. Positions are percentages of the track, so
// the SVG stretches to any width without distorting its marks.

export interface EstimateScale {
  domain: readonly [number, number];
  ticks: readonly number[];
  /** Where a value sits, 0–100 % of the track; values outside the domain are pinned to its ends. */
  toPercent(value: number): number;
}

/** A round step (1, 2, 2.5 or 5 × 10^k) giving about `count` intervals over `span`. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / magnitude;
  const nice =
    fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * magnitude;
}

export function estimateScale(values: readonly number[], count = 5): EstimateScale {
  const finite = values.filter(Number.isFinite);
  const step = niceStep(Math.max(1, ...finite) - Math.min(0, ...finite), count);
  const low = round(Math.floor(Math.min(0, ...finite) / step) * step);
  const high = round(Math.ceil(Math.max(1, ...finite) / step) * step);
  const ticks: number[] = [];
  for (let i = 0; low + i * step <= high + step / 1e6; i++) ticks.push(round(low + i * step));
  return {
    domain: [low, high],
    ticks,
    toPercent(value) {
      const percent = ((value - low) / (high - low)) * 100;
      return Math.min(100, Math.max(0, percent));
    },
  };
}

/** Floating-point steps (0.1 × 3) read back as the decimals they stand for. */
function round(value: number): number {
  return Number(value.toFixed(10));
}

/** A mean reward as people read it: 0.25 → "0.25", 1 → "1", 0.3333 → "0.33". */
export function formatReward(value: number): string {
  return String(Number(value.toFixed(2)));
}
