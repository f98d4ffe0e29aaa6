import { expect, test } from 'vitest';
import { BodyTooLargeError, readBounded, readPrefix } from '../../src/registry/body.js';

/** An endless body that counts how many chunks were pulled and whether it was cancelled. */
function endless(chunk = 1024) {
  const state = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        state.pulled++;
        controller.enqueue(new Uint8Array(chunk).fill(1));
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { body, state };
}

const bodyOf = (...chunks: number[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const n of chunks) controller.enqueue(new Uint8Array(n).fill(2));
      controller.close();
    },
  });

test('an endless body is read only up to the limit, then cancelled', async () => {
  const { body, state } = endless();
  await expect(readBounded(body, 10 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
  expect(state.pulled).toBe(11);
  expect(state.cancelled).toBe(true);
});

test('a body of exactly the limit is whole', async () => {
  expect((await readBounded(bodyOf(600, 400), 1000)).length).toBe(1000);
});

test('one byte over is refused', async () => {
  await expect(readBounded(bodyOf(600, 401), 1000)).rejects.toThrow('answer larger than 1000 bytes');
});

test('a prefix: the first bytes, the rest not read', async () => {
  const { body, state } = endless();
  const bytes = await readPrefix(body, 1500);
  expect(bytes.length).toBe(1500);
  expect(state.pulled).toBe(2);
  expect(state.cancelled).toBe(true);
});

test('no body is an empty one', async () => {
  expect((await readBounded(null, 10)).length).toBe(0);
});
