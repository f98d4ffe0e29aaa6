/**
 * Bounds one HTTP exchange by silence rather than by total time, so that a 2 GB layer may take
 * as long as it needs while a stuck peer is dropped quickly: the peer must connect and answer,
 * read our request body and send its answer's body without pausing longer than the timeout.
 * Time spent waiting on *our* side (a consumer not reading, an upload whose source is another
 * download) never counts: that other side has its own watchdog.
 */

/** A watchdog ended the exchange. The message names the request and what it waited for. */
export class RequestTimeout extends Error {
  override readonly name = 'RequestTimeout';
  readonly code = 'TIMEOUT';

  constructor(
    /** `METHOD url` (url without secrets). */
    readonly what: string,
    /** `no response headers within 30 s`, ... */
    readonly waited: string,
  ) {
    super(`${what} timed out: ${waited}`);
  }
}

/** An answer's body broke off (connection closed or reset) before its end. */
export class BodyCutError extends Error {
  override readonly name = 'BodyCutError';

  constructor(
    /** `METHOD url` (url without secrets). */
    readonly what: string,
    cause: unknown,
  ) {
    super(`${what}: body cut short`, { cause });
  }
}

export const formatSeconds = (ms: number): string => `${Number((ms / 1000).toFixed(3))} s`;

export class Watchdog {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  readonly signal: AbortSignal = this.controller.signal;

  constructor(readonly what: string) {}

  /** Starts (or restarts) the clock: the peer has `ms` to do `what`, or the exchange is aborted. */
  arm(waitingFor: string, ms: number): void {
    this.disarm();
    if (this.signal.aborted) return;
    this.timer = setTimeout(
      () => this.controller.abort(new RequestTimeout(this.what, `${waitingFor} within ${formatSeconds(ms)}`)),
      ms,
    );
  }

  disarm(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The timeout that ended the exchange, if one did. */
  get timedOut(): RequestTimeout | undefined {
    const reason: unknown = this.signal.reason;
    return reason instanceof RequestTimeout ? reason : undefined;
  }
}

export interface WatchedUpload {
  body: ReadableStream<Uint8Array>;
  /** Stops watching and cancels the source if fetch did not read it to the end (an early answer). */
  release(): void;
}

/**
 * The request body as fetch pulls it. While fetch holds a chunk it has not finished sending,
 * the clock runs (the registry must keep reading); once the last chunk went out, the registry has
 * `afterBody(bytes)` to answer (it verifies the digest and moves the blob into place).
 */
export function watchUpload(
  source: ReadableStream<Uint8Array>,
  dog: Watchdog,
  ms: number,
  afterBody: (bytes: number) => number,
): WatchedUpload {
  const reader = source.getReader();
  let sent = 0;
  let finished = false;
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (finished) return;
        dog.disarm();
        const { done, value } = await reader.read();
        if (finished) return;
        if (done) {
          finished = true;
          controller.close();
          dog.arm('no response after the request body', afterBody(sent));
          return;
        }
        sent += value.byteLength;
        controller.enqueue(value);
        dog.arm('no progress sending the request body', ms);
      },
      cancel(reason) {
        finished = true;
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
  return {
    body,
    release: () => {
      if (finished) return;
      finished = true;
      reader.cancel().catch(() => undefined);
    },
  };
}

/** The answer's body, with the clock running only while someone waits for the next chunk. */
export function watchDownload(
  source: ReadableStream<Uint8Array>,
  dog: Watchdog,
  ms: number,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        dog.arm('no body data received', ms);
        try {
          const { done, value } = await reader.read();
          if (done) controller.close();
          else controller.enqueue(value);
        } catch (error) {
          throw dog.timedOut ?? new BodyCutError(dog.what, error);
        } finally {
          dog.disarm();
        }
      },
      cancel(reason) {
        dog.disarm();
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
