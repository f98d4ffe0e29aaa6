import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Env } from '../../../src/base/ports.js';
import { payloadCommitDate } from '../../../src/github/event-context.js';
import { parseMetadataInputs } from '../../../src/inputs/metadata.js';
import { inputsFromRecord } from '../../../src/inputs/reader.js';
import type { MetaContext } from '../../../src/meta/context.js';
import type { ApiAnswer, RepositoryData } from '../../../src/meta/repository.js';
import { resolveMetadata, type MetadataSources } from '../../../src/meta/resolve.js';
import { FIXTURES } from '../../support/paths.js';
import { recordingContext } from '../../support/fake-context.js';

// The resolver with its port answered by plain data: what the event, git and the API say.

const NOW = new Date('2020-01-10T00:30:00.000Z');
const HELLO_WORLD: RepositoryData = {
  name: 'Hello-World',
  description: 'This your first repo!',
  html_url: 'https://github.com/octocat/Hello-World',
  default_branch: 'master',
  license: { spdx_id: 'MIT' },
};

function payload(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES, 'events', file), 'utf8')) as Record<string, unknown>;
}

interface World {
  event: MetaContext;
  repository?: ApiAnswer<RepositoryData>;
  commitDate?: ApiAnswer<Date>;
  git?: { ref: string; sha: string; commitDate: Date };
}

function sources(world: World, asked: string[]): MetadataSources {
  return {
    event: () => world.event,
    gitCommit: () => {
      asked.push('git');
      if (!world.git) throw new Error('no git here');
      return Promise.resolve(world.git);
    },
    repository: () => {
      asked.push('repository');
      return Promise.resolve(world.repository ?? { ok: true, data: HELLO_WORLD });
    },
    commitDate: (sha) => {
      asked.push(`commitDate ${sha}`);
      return Promise.resolve(world.commitDate ?? { ok: false, reason: 'HTTP 404' });
    },
  };
}

async function resolve(inputs: Record<string, string>, world: World, env: Env = {}) {
  const ctx = recordingContext(env);
  const asked: string[] = [];
  const { meta, expand } = await resolveMetadata(parseMetadataInputs(inputsFromRecord(inputs)), {
    env: ctx.env,
    log: ctx.log,
    sources: sources(world, asked),
    clock: () => NOW,
  });
  return { meta, expand, warnings: ctx.warnings, asked };
}

const PUSH_DEV: MetaContext = {
  eventName: 'push',
  ref: 'refs/heads/dev',
  sha: '860c1904a1ce19322e91ac35af1ab07466440c37',
  payload: payload('push_dev.json'),
  commitDate: payloadCommitDate(payload('push_dev.json')),
};

describe('resolveMetadata', () => {
  test('metadata-source git takes ref, sha and commit date from HEAD', async () => {
    const git = {
      ref: 'refs/heads/release/x',
      sha: 'a'.repeat(40),
      commitDate: new Date('2024-03-05T10:00:00Z'),
    };
    const { meta, asked } = await resolve(
      {
        images: 'user/app',
        'metadata-source': 'git',
        tags: "type=ref,event=branch\ntype=raw,value={{commit_date 'YYYYMMDD'}}",
      },
      { event: PUSH_DEV, git },
    );
    expect(meta.tagNames).toEqual(['release-x', '20240305']);
    expect(meta.labels['org.opencontainers.image.revision']).toBe(git.sha);
    expect(asked).toEqual(['git']);
  });

  test('the API is asked for the commit date only when an expression needs it and the payload lacks it', async () => {
    const withDate = await resolve(
      { images: 'user/app', tags: "type=raw,value={{commit_date 'YYYY'}}" },
      { event: PUSH_DEV },
    );
    expect(withDate.asked).toEqual([]);
    expect(withDate.meta.tagNames).toEqual(['2020']);
    const noExpression = await resolve(
      { images: 'user/app' },
      { event: { ...PUSH_DEV, payload: {}, commitDate: undefined } },
    );
    expect(noExpression.asked).toEqual(['repository']);
    const fromApi = await resolve(
      { images: 'user/app', tags: "type=raw,value={{commit_date 'YYYYMMDD'}}" },
      {
        event: { ...PUSH_DEV, payload: {}, commitDate: undefined },
        commitDate: { ok: true, data: new Date('2019-12-31T23:00:00Z') },
      },
    );
    expect(fromApi.asked).toEqual(['repository', `commitDate ${PUSH_DEV.sha}`]);
    expect(fromApi.meta.tagNames).toEqual(['20191231']);
  });

  test('a payload that carries the repository answers for it: no API call', async () => {
    const { meta, asked, warnings } = await resolve({ images: 'user/app' }, { event: PUSH_DEV });
    expect(asked).toEqual([]);
    expect(warnings).toEqual([]);
    expect(meta.labels).toMatchObject({
      'org.opencontainers.image.title': 'Hello-World',
      'org.opencontainers.image.description': 'This your first repo!',
      'org.opencontainers.image.licenses': 'MIT',
    });
  });

  test('otherwise repos.get answers, and wins over what the payload has', async () => {
    const partial = { repository: { name: 'old-name', html_url: 'https://github.com/octocat/Hello-World' } };
    const { meta, asked, warnings } = await resolve(
      { images: 'user/app' },
      { event: { ...PUSH_DEV, payload: partial } },
    );
    expect(asked).toEqual(['repository']);
    expect(warnings).toEqual([]);
    expect(meta.labels).toMatchObject({
      'org.opencontainers.image.title': 'Hello-World',
      'org.opencontainers.image.licenses': 'MIT',
    });
  });

  test.each([
    [
      'a partial payload fills what it can',
      { repository: { name: 'Hello-World', html_url: 'https://github.com/octocat/Hello-World' } },
      'labels left empty: org.opencontainers.image.description, org.opencontainers.image.licenses',
    ],
    [
      'an empty payload leaves the URL to GITHUB_REPOSITORY',
      {},
      'labels left empty: org.opencontainers.image.description, org.opencontainers.image.licenses',
    ],
    [
      'a payload with all four labels but no default branch',
      { repository: { ...HELLO_WORLD, default_branch: undefined } },
      'labels filled from the event payload instead',
    ],
  ])('without the API: %s, with one warning', async (_name, eventPayload, what) => {
    const { meta, warnings } = await resolve(
      { images: 'user/app' },
      { event: { ...PUSH_DEV, payload: eventPayload }, repository: { ok: false, reason: 'HTTP 403' } },
      { GITHUB_REPOSITORY: 'octocat/Hello-World' },
    );
    expect(meta.labels['org.opencontainers.image.title']).toBe('Hello-World');
    expect(meta.labels['org.opencontainers.image.url']).toBe('https://github.com/octocat/Hello-World');
    expect(warnings).toEqual([`Could not read the repository from the GitHub API (HTTP 403); ${what}`]);
  });

  test('expand renders the global expressions with the full sha', async () => {
    const { expand } = await resolve({ images: 'user/app' }, { event: PUSH_DEV });
    expect(expand('{{branch}}-{{sha}}')).toBe(`dev-${PUSH_DEV.sha}`);
  });
});

// docker/metadata-action __tests__/meta.test.ts pr07-pr10 (pull_request_target: GITHUB_REF is the
// base branch, GITHUB_SHA its head) and their pr-head-sha variants, with our payloads.
const SHA_MASTER = '266574110acf203503badf966df2ea24b5d732d7';
const PR_HEAD = 'a9c8c5828b91be19d9728548b24759e352367ef1';
const PR_TARGET: MetaContext = {
  eventName: 'pull_request_target',
  ref: 'refs/heads/master',
  sha: SHA_MASTER,
  payload: payload('pull_request_target.json'),
};
const PR: MetaContext = {
  eventName: 'pull_request',
  ref: 'refs/pull/15/merge',
  sha: PUSH_DEV.sha,
  payload: payload('pull_request.json'),
};
const PR_REVIEW: MetaContext = { ...PR, eventName: 'pull_request_review' };

describe('every pull request event is a pull request', () => {
  const defbranch =
    'type=raw,value=mytag-{{base_ref}}\ntype=raw,mytag-defbranch,enable={{is_default_branch}}';
  test.each<[string, MetaContext, Record<string, string>, Env, string[]]>([
    [
      'pr07 sha first, then the PR',
      PR_TARGET,
      { tags: 'type=sha,priority=2000\ntype=ref,event=pr' },
      {},
      ['sha-2665741', 'pr-15'],
    ],
    [
      'pr08 flavor around a PR number',
      PR_TARGET,
      { tags: 'type=ref,event=pr,prefix=', flavor: 'prefix=glo-\nsuffix=-bal' },
      {},
      ['15-bal'],
    ],
    [
      'pr09 no branch tag on a pull request',
      PR_TARGET,
      {
        tags: 'type=ref,event=tag\ntype=ref,event=pr\ntype=ref,event=branch\ntype=sha\ntype=sha,format=long',
      },
      {},
      ['pr-15', 'sha-2665741', `sha-${SHA_MASTER}`],
    ],
    ['pr10 base_ref filled, not the default branch', PR_TARGET, { tags: defbranch }, {}, ['mytag-master']],
    ['pr10 on pull_request', PR, { tags: defbranch }, {}, ['mytag-master']],
    ['pr10 on pull_request_review', PR_REVIEW, { tags: defbranch }, {}, ['mytag-master']],
    [
      'pr-head-sha pr07',
      PR_TARGET,
      { tags: 'type=sha,priority=2000\ntype=ref,event=pr' },
      { DOCKER_METADATA_PR_HEAD_SHA: 'true' },
      [`sha-${PR_HEAD.slice(0, 7)}`, 'pr-15'],
    ],
    ['default rules', PR_TARGET, {}, {}, ['pr-15']],
  ])('%s', async (_name, event, tags, env, names) => {
    const { meta } = await resolve({ images: 'org/app', ...tags }, { event }, env);
    expect(meta.tagNames).toEqual(names);
  });

  test('the revision label of a pull_request_target is GITHUB_SHA, or the head with DOCKER_METADATA_PR_HEAD_SHA', async () => {
    const plain = await resolve({ images: 'org/app' }, { event: PR_TARGET });
    expect(plain.meta.labels['org.opencontainers.image.revision']).toBe(SHA_MASTER);
    const head = await resolve(
      { images: 'org/app' },
      { event: PR_TARGET },
      { DOCKER_METADATA_PR_HEAD_SHA: 'true' },
    );
    expect(head.meta.labels['org.opencontainers.image.revision']).toBe(PR_HEAD);
  });

  test('metadata-source git keeps the checked-out ref', async () => {
    const git = { ref: 'refs/heads/feature', sha: PR_HEAD, commitDate: NOW };
    const { meta } = await resolve(
      { images: 'org/app', 'metadata-source': 'git' },
      { event: PR_TARGET, git },
    );
    expect(meta.tagNames).toEqual(['feature']);
  });
});

// metadata-action takes the commit date from the payload, else the API, else the current time
// (its pr12: an unquoted format is a Handlebars path, so moment's default format).
describe('{{commit_date}} when the API cannot say', () => {
  const down = { ok: false, reason: 'HTTP 403' } as const;
  test.each<[string, string, Env, ApiAnswer<Date>, string, string[]]>([
    [
      'pr12: the current time, default format',
      'type=raw,value={{commit_date YYYY-MM-DD-HHmmSS}}',
      {},
      down,
      '2020-01-10T00-30-00Z',
      [
        `Could not read the date of commit ${PR.sha} from the GitHub API (HTTP 403); {{commit_date}} is the current time, 2020-01-10T00:30:00.000Z`,
      ],
    ],
    [
      'SOURCE_DATE_EPOCH is the current time of the run',
      "type=raw,value={{commit_date 'YYYYMMDD-HHmmss'}}",
      { SOURCE_DATE_EPOCH: '1700000000' },
      down,
      '20231114-221320',
      [
        `Could not read the date of commit ${PR.sha} from the GitHub API (HTTP 403); {{commit_date}} is SOURCE_DATE_EPOCH, 2023-11-14T22:13:20.000Z`,
      ],
    ],
    [
      'a time zone applies to the fallback too',
      "type=raw,value={{commit_date 'YYYYMMDD-HHmm' tz='Asia/Tokyo'}}",
      {},
      down,
      '20200110-0930',
      [
        `Could not read the date of commit ${PR.sha} from the GitHub API (HTTP 403); {{commit_date}} is the current time, 2020-01-10T00:30:00.000Z`,
      ],
    ],
    [
      'the API answers: no warning',
      "type=raw,value={{commit_date 'YYYYMMDD'}}",
      {},
      { ok: true, data: new Date('2019-12-31T23:00:00Z') },
      '20191231',
      [],
    ],
  ])('%s', async (_name, tags, env, commitDate, tag, warnings) => {
    const { meta, warnings: got } = await resolve(
      { images: 'org/app', tags },
      { event: PR, commitDate },
      env,
    );
    expect(meta.tagNames).toEqual([tag]);
    expect(got).toEqual(warnings);
  });

  test('labels use the same fallback', async () => {
    const { meta } = await resolve(
      { images: 'org/app', labels: "build.date={{commit_date 'YYYY-MM-DD'}}" },
      { event: PR },
    );
    expect(meta.labels['build.date']).toBe('2020-01-10');
  });
});
