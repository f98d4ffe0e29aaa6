import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAction } from '../../scripts/runner.mjs';
import { PROXIED_DOMAIN, startHttpProxy, type HttpProxy } from '../support/registry/http-proxy.js';
import { PROXY_VARIABLES } from './step.js';

/**
 * The GitHub API calls (through @actions/github) honour the proxy variables as the registry
 * client does: `mode: metadata` asks for the repository when the event payload lacks it.
 */
let api: Server;
let port: number;
let proxy: HttpProxy;
beforeAll(async () => {
  api = createServer((req, res) => {
    if (req.url === '/api/v3/repos/langgenius/dify') {
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          name: 'dify',
          description: 'Described by the API',
          html_url: 'https://github.com/langgenius/dify',
          license: { spdx_id: 'Apache-2.0' },
          default_branch: 'main',
        }),
      );
      return;
    }
    res.statusCode = 404;
    res.end('{}');
  });
  await new Promise<void>((done) => api.listen(0, '127.0.0.1', done));
  port = (api.address() as AddressInfo).port;
  proxy = await startHttpProxy();
});
afterAll(async () => {
  await proxy?.stop();
  await new Promise((done) => api?.close(done));
});

function metadata(env: Record<string, string>) {
  const cleared = Object.fromEntries(PROXY_VARIABLES.map((name) => [name, undefined]));
  return runAction({
    repository: 'langgenius/dify',
    ref: 'refs/heads/main',
    payload: {}, // no repository in the event: the API is asked
    inputs: { mode: 'metadata', images: 'ghcr.io/langgenius/dify-api', 'github-token': 'ghs_proxyTest' },
    env: {
      ...cleared,
      // A name that exists only behind the proxy: reaching it means the request went through it.
      GITHUB_API_URL: `http://api.${PROXIED_DOMAIN}:${port}/api/v3`,
      ...env,
    },
  });
}

describe('GitHub API calls behind a proxy', () => {
  test('HTTP_PROXY: the repository is read through the proxy', async () => {
    proxy.reset();
    const step = await metadata({ HTTP_PROXY: proxy.url });
    expect(step.errors).toEqual([]);
    expect(step.warnings).toEqual([]);
    expect(step.outputs['labels']).toContain('org.opencontainers.image.description=Described by the API');
    // Octokit's proxy agent (undici's) tunnels every request, http ones included.
    expect(proxy.tunnels).toEqual([`api.${PROXIED_DOMAIN}:${port}`]);
  });

  test('NO_PROXY bypasses it: the name does not resolve, one warning, the step goes on', async () => {
    proxy.reset();
    const step = await metadata({ HTTP_PROXY: proxy.url, NO_PROXY: `.${PROXIED_DOMAIN}` });
    expect(step.exitCode).toBe(0);
    expect(proxy.tunnels).toEqual([]);
    expect(proxy.forwarded).toEqual([]);
    expect(step.warnings).toHaveLength(1);
    expect(step.warnings[0]).toMatch(/^Could not read the repository from the GitHub API/);
  });
});
