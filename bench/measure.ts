// Timing helpers: interleaved rounds so every contender sees the same machine noise, then
// percentiles. Results are meant to be read as ratios between contenders of one run.

export interface Stats {
  p50: number;
  p95: number;
  mean: number;
  n: number;
}

export type Contender = { name: string; run: () => Promise<unknown> };

/** Runs each contender `iterations` times, round-robin, after `warmup` untimed rounds. */
export async function compare(
  contenders: Contender[],
  iterations: number,
  warmup = 200,
): Promise<Map<string, Stats>> {
  for (let i = 0; i < warmup; i++) for (const c of contenders) await c.run();
  const samples = new Map(contenders.map((c) => [c.name, [] as number[]]));
  for (let i = 0; i < iterations; i++) {
    for (const c of contenders) {
      const start = process.hrtime.bigint();
      await c.run();
      samples.get(c.name)!.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return new Map([...samples].map(([name, values]) => [name, stats(values)]));
}

export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return {
    p50: at(0.5),
    p95: at(0.95),
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    n: values.length,
  };
}

export function ms(value: number): string {
  if (value < 0.01) return `${(value * 1000).toFixed(2)} µs`;
  return value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(2)} ms`;
}
