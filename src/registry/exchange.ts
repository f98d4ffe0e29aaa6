/**
 * One HTTP exchange with a registry or token server, bounded in time by a watchdog (see
 * watchdog.ts), through the proxy the environment names. The answer comes back with a watched
 * body, or read into memory when the caller asked for that, so that a body cut short or stalled
 * fails inside the exchange, where it can be retried.
 */
import { readBounded } from './body.js';
import { redactUrl } from './redact.js';
import { answerWaitMs } from './settings.js';
import { Watchdog, watchDownload, watchUpload, type WatchedUpload } from './watchdog.js';

export type RequestBody = NonNullable<RequestInit['body']>;

export interface Exchange {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body?: RequestBody;
  /** Read a 2xx answer's body into memory, at most this many bytes (else BodyTooLargeError). */
  buffer?: number;
}

export interface ExchangeOptions {
  timeoutMs: number;
  fetchFor(url: URL): Promise<typeof fetch>;
}

/** Statuses whose answers have no body (fetch spec "null body status"). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

export async function exchange(x: Exchange, options: ExchangeOptions): Promise<Response> {
  const { timeoutMs } = options;
  const dog = new Watchdog(`${x.method} ${redactUrl(x.url)}`);
  const init: RequestInit & { duplex?: 'half' } = {
    method: x.method,
    headers: x.headers,
    redirect: 'manual',
    signal: dog.signal,
  };
  let upload: WatchedUpload | undefined;
  if (x.body instanceof ReadableStream) {
    upload = watchUpload(x.body as ReadableStream<Uint8Array>, dog, timeoutMs, (n) =>
      answerWaitMs(timeoutMs, n),
    );
    init.body = upload.body;
    init.duplex = 'half';
    dog.arm('no response', timeoutMs);
  } else {
    if (x.body !== undefined) init.body = x.body;
    dog.arm('no response headers', answerWaitMs(timeoutMs, sizeOf(x.body)));
  }
  let res: Response;
  try {
    const send = await options.fetchFor(x.url);
    res = await send(x.url, init);
  } catch (error) {
    throw dog.timedOut ?? error;
  } finally {
    dog.disarm();
    upload?.release();
  }
  if (!res.body || NULL_BODY.has(res.status) || x.method === 'HEAD') return res;
  const body = watchDownload(res.body, dog, timeoutMs);
  const answer = { status: res.status, statusText: res.statusText, headers: res.headers };
  if (x.buffer !== undefined && res.ok) return new Response(await readBounded(body, x.buffer), answer);
  return new Response(body, answer);
}

function sizeOf(body: RequestBody | undefined): number {
  if (body === undefined) return 0;
  if (typeof body === 'string') return Buffer.byteLength(body);
  if (ArrayBuffer.isView(body) || body instanceof ArrayBuffer) return body.byteLength;
  return 0;
}
