import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runAction } from '../../scripts/runner.mjs';

// The bundle (dist/index.js, built by `npm run package`) started as the runner starts it.

const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37';
const DIFY_REPO = {
  name: 'dify',
  description: 'Production-ready platform for agentic workflow development.',
  html_url: 'https://github.com/langgenius/dify',
  default_branch: 'main',
  license: { spdx_id: 'NOASSERTION' },
};

let server: Server;
let apiUrl = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/repos/langgenius/dify') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(DIFY_REPO));
    } else res.writeHead(404).end('{}');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** The tags of dify's create-manifest job, with the GitHub expressions already expanded for `ref`. */
function difyTags(ref: string): string {
  const isTag = ref.startsWith('refs/tags/');
  return [
    `type=raw,value=latest,enable=${isTag && !ref.includes('-')}`,
    'type=ref,event=branch',
    'type=sha,enable=true,priority=100,prefix=,suffix=,format=long',
    `type=raw,value=${ref.replace(/^refs\/(heads|tags)\//, '')},enable=${isTag}`,
  ].join('\n');
}

describe('parity with dify-pipeline.md', () => {
  test.each([
    ['refs/heads/main', ['main', SHA], 'main'],
    ['refs/heads/deploy/dev', ['deploy-dev', SHA], 'deploy-dev'],
    ['refs/tags/1.9.0', ['latest', '1.9.0', SHA], 'latest'],
    ['refs/tags/1.9.0-rc1', ['1.9.0-rc1', SHA], '1.9.0-rc1'],
  ])('push %s', async (ref, names, version) => {
    const step = await runAction({
      inputs: { mode: 'metadata', images: 'langgenius/dify-api', tags: difyTags(ref) },
      ref,
      sha: SHA,
      env: { GITHUB_API_URL: apiUrl, SOURCE_DATE_EPOCH: '1700000000' },
      payload: { ref, repository: { name: 'dify', default_branch: 'main' } },
    });
    expect(step.errors).toEqual([]);
    expect(step.exitCode).toBe(0);
    expect(step.outputs['version']).toBe(version);
    expect(step.outputs['tags']).toBe(names.map((n) => `langgenius/dify-api:${n}`).join('\n'));
    expect(step.outputs['tag-names']).toBe(names.join('\n'));
    const labels = (JSON.parse(step.outputs['json'] ?? '{}') as { labels: Record<string, string> }).labels;
    expect(labels).toMatchObject({
      'org.opencontainers.image.created': '2023-11-14T22:13:20.000Z',
      'org.opencontainers.image.title': 'dify',
      'org.opencontainers.image.description': DIFY_REPO.description,
      'org.opencontainers.image.licenses': 'NOASSERTION',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.version': version,
    });
    expect(step.warnings).toEqual([]);
    expect(step.exported['DOCKER_METADATA_OUTPUT_VERSION']).toBe(version);
    const bake = JSON.parse(readFileSync(step.outputs['bake-file'] ?? '', 'utf8')) as unknown;
    expect(bake).toMatchObject({
      target: { 'docker-metadata-action': { tags: names.map((n) => `langgenius/dify-api:${n}`) } },
    });
    expect(step.outputs['bake-file']?.startsWith(step.temp)).toBe(true);
    expect(step.summary).toContain(`\`${version}\``);
  });
});

describe('the metadata mode through the bundle', () => {
  test('an unreachable API still yields tags, with one warning naming the labels left empty', async () => {
    const step = await runAction({
      inputs: { mode: 'metadata', images: 'ghcr.io/acme/app' },
      ref: 'refs/heads/main',
    });
    expect(step.exitCode).toBe(0);
    expect(step.outputs['tags']).toBe('ghcr.io/acme/app:main');
    expect(step.warnings).toHaveLength(1);
    expect(step.warnings[0]).toMatch(
      /GitHub API.*org\.opencontainers\.image\.description, org\.opencontainers\.image\.licenses/,
    );
  });

  test('{{commit_date}} without the API is SOURCE_DATE_EPOCH, with one warning', async () => {
    const step = await runAction({
      inputs: {
        mode: 'metadata',
        images: 'ghcr.io/acme/app',
        tags: "type=raw,value={{commit_date 'YYYYMMDD'}}",
      },
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      env: { SOURCE_DATE_EPOCH: '1700000000' },
      payload: {
        number: 7,
        repository: {
          name: 'app',
          html_url: 'https://github.com/acme/app',
          default_branch: 'main',
          description: null,
          license: null,
        },
      },
    });
    expect(step.exitCode).toBe(0);
    expect(step.outputs['tags']).toBe('ghcr.io/acme/app:20231114');
    expect(step.warnings).toHaveLength(1);
    expect(step.warnings[0]).toMatch(
      /^Could not read the date of commit 860c190\w+ from the GitHub API .*SOURCE_DATE_EPOCH/,
    );
  });

  test('DOCKER_METADATA_SET_OUTPUT_ENV=false exports nothing; annotation levels apply', async () => {
    const step = await runAction({
      inputs: { mode: 'metadata', images: 'ghcr.io/acme/app', tags: 'type=sha' },
      env: {
        GITHUB_API_URL: apiUrl,
        DOCKER_METADATA_SET_OUTPUT_ENV: 'false',
        DOCKER_METADATA_ANNOTATIONS_LEVELS: 'manifest,index',
      },
    });
    expect(step.exitCode).toBe(0);
    expect(step.exported).toEqual({});
    expect(step.outputs['tags']).toBe('ghcr.io/acme/app:sha-860c190');
    expect(step.outputs['annotations']?.split('\n')).toHaveLength(16);
    expect(step.outputs['annotations']).toContain('index:org.opencontainers.image.version=sha-860c190');
  });

  test('an attribute no rule knows is ignored with one warning, as metadata-action ignores it', async () => {
    const step = await runAction({
      inputs: {
        mode: 'metadata',
        images: 'ghcr.io/acme/app',
        tags: 'type=semver,pattern={{version}},"colour=red"',
      },
      ref: 'refs/tags/v1.2.3',
      env: { GITHUB_API_URL: apiUrl },
    });
    expect(step.exitCode).toBe(0);
    expect(step.outputs['tags']).toBe('ghcr.io/acme/app:1.2.3\nghcr.io/acme/app:latest');
    expect(step.warnings.filter((w) => w.includes('colour'))).toEqual([
      'input "tags": "type=semver,pattern={{version}},\\"colour=red\\"" has unknown attribute "colour", ignored (as docker/metadata-action does)',
    ]);
  });

  test.each([
    ['tags', 'type=foo', 'input "tags": "type=foo" has unknown type "foo"'],
    [
      'tags',
      'type=ref,event=branch,=oops',
      'input "tags": "type=ref,event=branch,=oops" has a field with no name',
    ],
    [
      'tags',
      'type=match,pattern=v(,group=1',
      'input "tags": "type=match,pattern=v(,group=1" has an invalid regular expression',
    ],
    ['flavor', 'latest=auto\nsuffx=-x', 'input "flavor": "suffx=-x" has unknown key "suffx"'],
    ['images', 'ghcr.io/Acme/app:v1', 'input "images": "ghcr.io/Acme/app:v1" is not a valid image name'],
  ])('bad %s %j: exit 1, one error line, no outputs', async (input, value, message) => {
    const step = await runAction({ inputs: { mode: 'metadata', [input]: value } });
    expect(step.exitCode).toBe(1);
    expect(step.errors).toHaveLength(1);
    expect(step.errors[0]?.startsWith(message)).toBe(true);
    expect(step.outputs).toEqual({});
    expect(step.exported).toEqual({});
  });
});
