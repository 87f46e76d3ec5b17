import { describe, expect, it } from 'vitest';
import { formatDuration, previewJson } from './format.ts';

describe('durations', () => {
  it('reads in the largest sensible unit', () => {
    expect(formatDuration(120)).toBe('120 ms');
    expect(formatDuration(1530)).toBe('1.5 s');
    expect(formatDuration(65_000)).toBe('1 min 5 s');
    expect(formatDuration(120_000)).toBe('2 min');
    expect(formatDuration(3_720_000)).toBe('1 h 2 min');
  });
});

describe('JSON previews', () => {
  it('shows short JSON whole, indented', () => {
    const json = previewJson({ id: 'a', created: true });
    expect(json.preview).toBeUndefined();
    expect(json.text).toBe('{\n  "id": "a",\n  "created": true\n}');
  });

  it('collapses long JSON to its first lines and says how many there are', () => {
    const long = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, i]));
    const json = previewJson(long);
    expect(json.lineCount).toBe(22);
    expect(json.preview?.split('\n')).toHaveLength(7);
    expect(json.preview?.endsWith('…')).toBe(true);
  });

  it('collapses one very long line too', () => {
    expect(previewJson('x'.repeat(2000)).preview?.length).toBeLessThan(900);
  });

  it('shows an absent value as null', () => {
    expect(previewJson(undefined).text).toBe('null');
  });
});
