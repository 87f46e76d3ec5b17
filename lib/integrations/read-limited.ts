// A request's or response's body read up to a limit: a declared or streamed body over it stops
// the read at once, so an oversized webhook delivery or downloaded file never sits in memory whole.
export const WEBHOOK_BODY_LIMIT = 1024 * 1024;

export class BodyTooLarge extends Error {
  override name = 'BodyTooLarge';
}

/** The body's bytes; throws BodyTooLarge once it passes `limit` (whatever Content-Length claimed). */
export async function readLimited(
  message: { headers: Headers; body: ReadableStream<Uint8Array> | null },
  limit = WEBHOOK_BODY_LIMIT,
): Promise<Buffer> {
  const declared = Number(message.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > limit) {
    await message.body?.cancel().catch(() => {});
    throw new BodyTooLarge();
  }
  if (!message.body) return Buffer.alloc(0);
  const reader = message.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
