/**
 * Reading answer bodies into memory without trusting their size: reading stops as soon as the
 * limit is passed and the stream is cancelled (which ends the connection), so a registry that
 * sends gigabytes where a manifest was expected costs at most the limit.
 */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  constructor(readonly max: number) {
    super(`answer larger than ${max} bytes`);
  }
}

/** The whole body, or BodyTooLargeError once more than `max` bytes arrived. */
export async function readBounded(body: ReadableStream<Uint8Array> | null, max: number): Promise<Uint8Array> {
  const { bytes, complete } = await collect(body, max);
  if (!complete) throw new BodyTooLargeError(max);
  return bytes;
}

/** At most the first `max` bytes; the rest is not read (error bodies, shown to people only). */
export async function readPrefix(body: ReadableStream<Uint8Array> | null, max: number): Promise<Uint8Array> {
  return (await collect(body, max)).bytes;
}

async function collect(
  body: ReadableStream<Uint8Array> | null,
  max: number,
): Promise<{ bytes: Uint8Array; complete: boolean }> {
  if (!body) return { bytes: new Uint8Array(0), complete: true };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total + value.byteLength > max) {
      chunks.push(value.subarray(0, max - total));
      total = max;
      await reader.cancel().catch(() => undefined);
      return { bytes: concat(chunks, total), complete: false };
    }
    chunks.push(value);
    total += value.byteLength;
  }
  return { bytes: concat(chunks, total), complete: true };
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]?.byteLength === total) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
