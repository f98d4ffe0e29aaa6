/**
 * The merge behind a proxy, through the bundle: HTTP_PROXY / HTTPS_PROXY / NO_PROXY (either
 * case) as the GitHub Actions toolkit reads them. The target registry is addressed by a name
 * under `.proxied.test`, which only the test proxy can resolve: a merge that reaches it went
 * through the proxy, and one that bypasses the proxy cannot reach it at all.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  pushReplay,
  startHttpProxy,
  startRegistry,
  PROXIED_DOMAIN,
  type HttpProxy,
  type TestRegistry,
} from '../support/registry/index.js';
import { copyAll, mergeStep, rawManifest, replayCase, sourcesIn } from './step.js';

const mixed = replayCase('mixed-index-and-docker-manifest');
const NAME = `registry.${PROXIED_DOMAIN}`;
const PROXY_USER = 'proxyuser:proxy-s3cret';

let plain: TestRegistry;
let tls: TestRegistry;
let proxy: HttpProxy;
let proxyWithLogin: HttpProxy;

beforeAll(async () => {
  [plain, tls, proxy, proxyWithLogin] = await Promise.all([
    startRegistry({ auth: 'none' }),
    startRegistry({ auth: 'none', tls: { hostnames: [NAME] } }),
    startHttpProxy(),
    startHttpProxy({ credentials: PROXY_USER }),
  ]);
  await pushReplay(plain.url, 'replay/app');
});
afterAll(async () => {
  await Promise.all([proxy.stop(), proxyWithLogin.stop()]);
  await Promise.all([plain.stop(), tls.stop()]);
});
beforeEach(() => {
  proxy.reset();
  proxyWithLogin.reset();
});

const port = (r: TestRegistry): string => r.host.split(':')[1] ?? '';
let run = 0;

/** Merges the case from the loopback registry into a new repository `target`/proxied/r<n>. */
function merge(target: string, env: Record<string, string>, extra: Record<string, string> = {}) {
  const repository = `proxied/r${++run}`;
  const tag = `${repository}:v1`;
  return {
    tag,
    step: mergeStep(
      {
        images: `${target}/${repository}`,
        sources: sourcesIn(plain.host, mixed),
        tags: 'type=raw,value=v1',
        ...extra,
      },
      env,
    ),
  };
}

describe('through the proxy', () => {
  test.each([
    ['HTTP_PROXY', 'HTTP_PROXY'],
    ['http_proxy (lower case)', 'http_proxy'],
  ])('%s: a plain-http registry is reached by absolute-URI requests, never CONNECT', async (_n, variable) => {
    const target = `${NAME}:${port(plain)}`;
    const { tag, step } = merge(target, { [variable]: proxy.url }, { 'insecure-registries': target });
    const result = await step;
    expect(result.errors).toEqual([]);
    expect(result.outputs.digest).toBe(mixed.expected.digest);
    expect(result.stdout).toContain(`${target}: requests go through the proxy ${proxy.url}/`);
    expect(proxy.tunnels).toEqual([]);
    expect(proxy.forwarded.length).toBeGreaterThan(5);
    expect(proxy.forwarded.every((r) => r.includes(` http://${target}/v2/`))).toBe(true);
    // The loopback source registry is never proxied (toolkit rule), only the target is.
    expect(proxy.forwarded.some((r) => r.includes(plain.host))).toBe(false);
    expect(await rawManifest({ host: plain.host }, tag)).toBe(mixed.pushed);
  });

  test('HTTPS_PROXY with a login: an https registry is reached through CONNECT; the proxy password is never printed', async () => {
    const target = `${NAME}:${port(tls)}`;
    const [user, password] = PROXY_USER.split(':');
    const proxyUrl = proxyWithLogin.url.replace('http://', `http://${user}:${password}@`);
    const { tag, step } = merge(target, { HTTPS_PROXY: proxyUrl, NODE_EXTRA_CA_CERTS: tls.caFile ?? '' });
    const result = await step;
    expect(result.errors).toEqual([]);
    expect(result.outputs.digest).toBe(mixed.expected.digest);
    expect(proxyWithLogin.refused).toBe(0);
    expect(proxyWithLogin.forwarded).toEqual([]);
    expect(proxyWithLogin.tunnels.length).toBeGreaterThan(0);
    expect(new Set(proxyWithLogin.tunnels)).toEqual(new Set([target]));
    expect(result.stdout).not.toContain(password);
    await copyAll({ host: tls.host }, tag);
    expect(await rawManifest({ host: tls.host }, tag)).toBe(mixed.pushed);
  });

  test('an untrusted certificate behind the proxy fails at once: permanent, one tunnel, one error line', async () => {
    const target = `${NAME}:${port(tls)}`;
    const { step } = merge(target, { HTTPS_PROXY: proxy.url });
    const result = await step;
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      new RegExp(
        `^registry ${target}: HEAD /v2/proxied/r\\d+/manifests/v1: TLS certificate not accepted: .*\\(DEPTH_ZERO_SELF_SIGNED_CERT\\): permanent, not retried$`,
      ),
    );
    expect(proxy.tunnels).toEqual([target]);
  });

  test('a NO_PROXY entry that does not match leaves the proxy in use', async () => {
    const target = `${NAME}:${port(plain)}`;
    const { step } = merge(
      target,
      { HTTP_PROXY: proxy.url, NO_PROXY: `other.${PROXIED_DOMAIN},example.com` },
      { 'insecure-registries': target },
    );
    expect((await step).errors).toEqual([]);
    expect(proxy.forwarded.length).toBeGreaterThan(0);
  });
});

describe('around the proxy', () => {
  test.each([
    ['the host', { NO_PROXY: NAME }],
    ['the host in capitals, among others', { NO_PROXY: `example.com, ${NAME.toUpperCase()}` }],
    ['host:port', { NO_PROXY: `${NAME}:${0}` }],
    ['a .domain suffix', { NO_PROXY: `.${PROXIED_DOMAIN}` }],
    ['a bare domain', { NO_PROXY: PROXIED_DOMAIN }],
    ['*', { NO_PROXY: '*' }],
    ['no_proxy (lower case)', { no_proxy: NAME }],
  ])(
    'NO_PROXY naming %s: the proxy sees nothing (and the name, known only to it, does not resolve)',
    async (_n, noProxy) => {
      const target = `${NAME}:${port(plain)}`;
      const env = Object.fromEntries(
        Object.entries(noProxy).map(([k, v]) => [k, v.replace(`${NAME}:0`, target)]),
      );
      const { tag, step } = merge(
        target,
        { HTTP_PROXY: proxy.url, ...env },
        { 'insecure-registries': target },
      );
      const result = await step;
      expect(proxy.forwarded).toEqual([]);
      expect(proxy.tunnels).toEqual([]);
      expect(result.exitCode).toBe(1);
      expect(result.errors).toEqual([
        `registry ${target}: HEAD /v2/${tag.replace(':', '/manifests/')}: host name not found (ENOTFOUND ${NAME}): permanent, not retried`,
      ]);
      await expect(rawManifest({ host: plain.host }, tag)).rejects.toThrow(/manifest unknown/i);
    },
  );

  test('loopback registries are never proxied, even with every proxy variable set', async () => {
    const { tag, step } = merge(plain.host, { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url });
    const result = await step;
    expect(result.errors).toEqual([]);
    expect(proxy.forwarded).toEqual([]);
    expect(proxy.tunnels).toEqual([]);
    expect(await rawManifest({ host: plain.host }, tag)).toBe(mixed.pushed);
  });
});
