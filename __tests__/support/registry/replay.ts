/**
 * Fills a registry repository with the buildx replay set (`fixtures/buildx/replay/objects.txt`
 * order: blobs, then manifests children first) using plain fetch, independently of src/, so
 * that client and merge tests start from a known registry state. Mirrors `replay/push.sh`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPLAY } from '../paths.js';

export interface ReplayObject {
  kind: 'blob' | 'manifest';
  digest: string;
  size: number;
  /** The first listed media type (blobs may list several). */
  mediaType: string;
}

export interface BasicCredentials {
  username: string;
  password: string;
}

export async function replayObjects(): Promise<ReplayObject[]> {
  const text = await readFile(join(REPLAY, 'objects.txt'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [kind, digest, size, mediaType] = line.split(' ');
      return {
        kind: kind as ReplayObject['kind'],
        digest: digest ?? '',
        size: Number(size),
        mediaType: (mediaType ?? '').split(',')[0] ?? '',
      };
    });
}

export function replayBytes(digest: string): Promise<Buffer> {
  return readFile(join(REPLAY, 'blobs', 'sha256', digest.replace(/^sha256:/, '')));
}

/** Pushes every replay object into `repository`, then each `tags[tag] = digest`. */
export async function pushReplay(
  registryUrl: string,
  repository: string,
  credentials?: BasicCredentials,
  tags: Record<string, string> = {},
): Promise<ReplayObject[]> {
  const base = registryUrl.replace(/\/$/, '');
  const auth = await authorization(base, repository, credentials);
  const headers = (extra: Record<string, string> = {}): Record<string, string> =>
    auth ? { authorization: auth, ...extra } : extra;
  const objects = await replayObjects();
  const put = async (url: string, body: Buffer, contentType: string, want: string): Promise<void> => {
    const res = await fetch(url, { method: 'PUT', headers: headers({ 'content-type': contentType }), body });
    await res.body?.cancel();
    const got = res.headers.get('docker-content-digest');
    if (res.status !== 201 || got !== want)
      throw new Error(`pushReplay: PUT ${url}: HTTP ${res.status}, digest ${got}, want ${want}`);
  };
  for (const object of objects) {
    const bytes = await replayBytes(object.digest);
    if (object.kind === 'blob') {
      const res = await fetch(`${base}/v2/${repository}/blobs/uploads/`, {
        method: 'POST',
        headers: headers(),
      });
      await res.body?.cancel();
      const location = res.headers.get('location');
      if (res.status !== 202 || !location) throw new Error(`pushReplay: POST uploads: HTTP ${res.status}`);
      const url = new URL(location, base);
      url.searchParams.set('digest', object.digest);
      await put(url.toString(), bytes, 'application/octet-stream', object.digest);
    } else {
      await put(
        `${base}/v2/${repository}/manifests/${object.digest}`,
        bytes,
        object.mediaType,
        object.digest,
      );
    }
  }
  for (const [tag, digest] of Object.entries(tags)) {
    const object = objects.find((o) => o.kind === 'manifest' && o.digest === digest);
    if (!object) throw new Error(`pushReplay: ${digest} is not a manifest of the replay set`);
    await put(
      `${base}/v2/${repository}/manifests/${tag}`,
      await replayBytes(digest),
      object.mediaType,
      digest,
    );
  }
  return objects;
}

/** Answers the registry's challenge by hand: Basic as is, Bearer through the token realm. */
async function authorization(
  base: string,
  repository: string,
  credentials?: BasicCredentials,
): Promise<string | undefined> {
  const probe = await fetch(`${base}/v2/`);
  await probe.body?.cancel();
  if (probe.status !== 401) return undefined;
  if (!credentials) throw new Error(`pushReplay: ${base} wants credentials`);
  const basic = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
  const challenge = probe.headers.get('www-authenticate') ?? '';
  if (!/^bearer /i.test(challenge)) return basic;
  const realm = /realm="([^"]+)"/.exec(challenge)?.[1];
  const service = /service="([^"]+)"/.exec(challenge)?.[1];
  if (!realm) throw new Error(`pushReplay: no realm in ${challenge}`);
  const url = new URL(realm);
  if (service) url.searchParams.set('service', service);
  url.searchParams.set('scope', `repository:${repository}:pull,push`);
  const res = await fetch(url, { headers: { authorization: basic } });
  const body = (await res.json()) as { token?: string };
  if (!res.ok || !body.token) throw new Error(`pushReplay: token request: HTTP ${res.status}`);
  return `Bearer ${body.token}`;
}
