import { describe, expect, it } from 'vitest';
import { splitByUtf8Bytes } from './live-messages.ts';

describe('splitting a live message into NOTIFY frames', () => {
  const text = 'aé東🚀'.repeat(500);

  it('keeps every piece within the byte limit and loses nothing', () => {
    const parts = splitByUtf8Bytes(text, 100);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(100);
    expect(parts.join('')).toBe(text);
  });

  it('never cuts a character in two, not even a surrogate pair', () => {
    for (const max of [4, 5, 6, 7, 99]) {
      for (const part of splitByUtf8Bytes(text, max)) {
        expect(Buffer.from(part).toString()).toBe(part);
      }
    }
  });

  it('sends a short message as one piece', () => {
    expect(splitByUtf8Bytes('{"tip":1}', 7_000)).toEqual(['{"tip":1}']);
  });
});
