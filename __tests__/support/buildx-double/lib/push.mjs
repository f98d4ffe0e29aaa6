/* global fetch, URLSearchParams */
// Pushes blobs and manifests by digest over the distribution API (plain HTTP on loopback),
// answering Basic or Bearer challenges with the `auths` entry of $DOCKER_CONFIG/config.json.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export class PushError extends Error {}

function credentials(env, host) {
  const dir = env.DOCKER_CONFIG || join(homedir(), '.docker');
  const file = join(dir, 'config.json');
  if (!existsSync(file)) return undefined;
  const auths = JSON.parse(readFileSync(file, 'utf8')).auths ?? {};
  const keys =
    host === 'docker.io'
      ? ['https://index.docker.io/v1/', 'docker.io', 'index.docker.io']
      : [host, `https://${host}`, `http://${host}`];
  for (const k of keys) {
    const a = auths[k];
    if (a?.auth) return a.auth;
    if (a?.username) return Buffer.from(`${a.username}:${a.password ?? ''}`).toString('base64');
  }
  return undefined;
}

/** Splits `host[:port]/path` the way docker references do (no dot/colon/localhost: docker.io). */
export function splitName(name) {
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  if (slash < 0 || !(first.includes('.') || first.includes(':') || first === 'localhost')) {
    const repo = slash < 0 ? `library/${name}` : name;
    return { host: 'docker.io', repo };
  }
  return { host: first, repo: name.slice(slash + 1) };
}

function challengeParams(header) {
  const params = {};
  for (const m of header.matchAll(/(\w+)="([^"]*)"/g)) params[m[1]] = m[2];
  return { scheme: header.split(' ')[0].toLowerCase(), params };
}

export class Pusher {
  constructor(env, name) {
    const { host, repo } = splitName(name);
    this.name = name;
    this.host = host;
    this.repo = repo;
    const loopback = /^(127\.|localhost|\[::1\])/.test(host);
    this.base = `${loopback ? 'http' : 'https'}://${host === 'docker.io' ? 'registry-1.docker.io' : host}`;
    this.auth = credentials(env, host);
    this.authorization = undefined;
  }

  async request(method, path, body, headers = {}) {
    const url = path.startsWith('http') ? path : `${this.base}${path}`;
    const send = () =>
      fetch(url, {
        method,
        body,
        headers: { ...headers, ...(this.authorization ? { Authorization: this.authorization } : {}) },
        redirect: 'manual',
      });
    let res;
    try {
      res = await send();
      if (res.status === 401 && this.auth && !this.triedAuth) {
        this.triedAuth = true;
        await this.authenticate(res.headers.get('www-authenticate') ?? '');
        res = await send();
      }
    } catch (err) {
      throw new PushError(
        `failed to push ${this.name}: failed to do request: ${method} "${url}": ${err.cause?.code === 'ECONNRESET' ? 'read: connection reset by peer' : (err.cause?.message ?? err.message)}`,
      );
    }
    return res;
  }

  async authenticate(header) {
    const { scheme, params } = challengeParams(header);
    if (scheme === 'basic') {
      this.authorization = `Basic ${this.auth}`;
      return;
    }
    const q = new URLSearchParams({
      service: params.service ?? '',
      scope: `repository:${this.repo}:pull,push`,
    });
    const res = await fetch(`${params.realm}?${q}`, { headers: { Authorization: `Basic ${this.auth}` } });
    if (!res.ok)
      throw new PushError(
        `failed to push ${this.name}: failed to authorize: failed to fetch oauth token: unexpected status from GET request to ${params.realm}: ${res.status} ${res.statusText}`,
      );
    const tok = await res.json();
    this.authorization = `Bearer ${tok.token ?? tok.access_token}`;
  }

  fail(method, url, res) {
    return new PushError(
      `failed to push ${this.name}: unexpected status from ${method} request to ${url.startsWith('http') ? url : this.base + url}: ${res.status} ${res.statusText}`,
    );
  }

  async pushBlob(b) {
    const path = `/v2/${this.repo}/blobs/${b.digest}`;
    const head = await this.request('HEAD', path);
    if (head.status === 200) return;
    if (head.status !== 404) throw this.fail('HEAD', path, head);
    const start = await this.request('POST', `/v2/${this.repo}/blobs/uploads/`);
    if (start.status !== 202) throw this.fail('POST', `/v2/${this.repo}/blobs/uploads/`, start);
    const loc = new URL(start.headers.get('location'), this.base);
    loc.searchParams.set('digest', b.digest);
    const put = await this.request('PUT', loc.toString(), b.bytes, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': String(b.size),
    });
    if (put.status !== 201) throw this.fail('PUT', loc.toString(), put);
  }

  async pushManifest(m, reference = m.digest) {
    const path = `/v2/${this.repo}/manifests/${reference}`;
    const put = await this.request('PUT', path, m.bytes, { 'Content-Type': m.mediaType });
    if (put.status !== 201) throw this.fail('PUT', path, put);
  }
}

/**
 * Pushes a build result under every name: blobs, then manifests by digest, then the tag (none
 * with push-by-digest). BUILDX_DOUBLE_FAIL_PUSH=n fails the first n pushes (state counts them).
 */
export async function pushAll(ctx, n, result, names, byDigest) {
  const budget = Number(ctx.env.BUILDX_DOUBLE_FAIL_PUSH ?? 0);
  const { state } = ctx;
  state.pushes = (state.pushes ?? 0) + 1;
  for (const name of names) {
    const [repoName, tag] = byDigest
      ? [name.split('@')[0].replace(/:[^:/]+$/, ''), undefined]
      : splitTag(name);
    const pusher = new Pusher(ctx.env, repoName);
    if ((state.pushFailures ?? 0) < budget) {
      state.pushFailures = (state.pushFailures ?? 0) + 1;
      const url = `${pusher.base}/v2/${pusher.repo}/manifests/${result.top.digest}`;
      throw new PushError(
        state.pushFailures % 2 === 1
          ? `failed to push ${repoName}: unexpected status from PUT request to ${url}: 503 Service Unavailable`
          : `failed to push ${repoName}: failed to do request: Put "${url}": read tcp 127.0.0.1:41234->${pusher.host}: read: connection reset by peer`,
      );
    }
    for (const b of result.blobs) await pusher.pushBlob(b);
    ctx.io.err(`${n} pushing layers 0.0s done\n`);
    for (const m of result.manifests) await pusher.pushManifest(m);
    if (tag) await pusher.pushManifest(result.top, tag);
    ctx.io.err(`${n} pushing manifest for ${byDigest ? repoName : name} 0.0s done\n`);
  }
}

function splitTag(name) {
  const colon = name.lastIndexOf(':');
  return colon > name.lastIndexOf('/') ? [name.slice(0, colon), name.slice(colon + 1)] : [name, 'latest'];
}
