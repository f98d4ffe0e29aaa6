import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { MetaContext, RepoInfo } from '../../../src/meta/context.js';
import { parseFlavor } from '../../../src/meta/flavor.js';
import { parseImages } from '../../../src/meta/images.js';
import { computeMetadata } from '../../../src/meta/metadata.js';
import { parseTagRules } from '../../../src/meta/tag-rules.js';
import { FIXTURES } from '../../support/paths.js';

// Test vectors transcribed from docker/metadata-action's README and __tests__/meta.test.ts
// (repository octocat/Hello-World, default branch master, clock 2020-01-10T00:30:00Z).
const NOW = new Date('2020-01-10T00:30:00.000Z');
const REPO: RepoInfo = {
  name: 'Hello-World',
  description: 'This your first repo!',
  htmlUrl: 'https://github.com/octocat/Hello-World',
  license: 'MIT',
  defaultBranch: 'master',
};

interface Event {
  name: string;
  ref: string;
  sha: string;
  payload: string;
}

const SHA_DEV = '860c1904a1ce19322e91ac35af1ab07466440c37';
const SHA_MASTER = '266574110acf203503badf966df2ea24b5d732d7';
const EVENTS = {
  pushDev: { name: 'push', ref: 'refs/heads/dev', sha: SHA_DEV, payload: 'push_dev.json' },
  pushMaster: { name: 'push', ref: 'refs/heads/master', sha: SHA_MASTER, payload: 'push_master.json' },
  pushTag: { name: 'push', ref: 'refs/tags/v1.1.1', sha: SHA_DEV, payload: 'push_tag_v1.1.1.json' },
  pushRc: { name: 'push', ref: 'refs/tags/1.9.0-rc1', sha: SHA_DEV, payload: 'push_tag_1.9.0-rc1.json' },
  pr: { name: 'pull_request', ref: 'refs/pull/15/merge', sha: SHA_DEV, payload: 'pull_request.json' },
  schedule: { name: 'schedule', ref: 'refs/heads/master', sha: SHA_DEV, payload: 'schedule.json' },
  dispatch: {
    name: 'workflow_dispatch',
    ref: 'refs/heads/master',
    sha: SHA_DEV,
    payload: 'workflow_dispatch.json',
  },
  release: { name: 'release', ref: 'refs/tags/v1.1.1', sha: SHA_DEV, payload: 'release.json' },
} satisfies Record<string, Event>;

function context(event: Event): MetaContext {
  const payload = JSON.parse(readFileSync(join(FIXTURES, 'events', event.payload), 'utf8')) as Record<
    string,
    unknown
  >;
  return { eventName: event.name, ref: event.ref, sha: event.sha, payload };
}

interface Case {
  event: Event;
  tags?: string[];
  flavor?: string[];
  images?: string[];
  prHeadSha?: boolean;
}

function run(c: Case) {
  return computeMetadata(
    {
      images: parseImages(c.images ?? ['user/app']),
      rules: parseTagRules(c.tags ?? []),
      flavor: parseFlavor(c.flavor ?? []),
      labels: [],
      annotations: [],
      annotationLevels: ['manifest'],
      options: { prHeadSha: c.prHeadSha ?? false, shortShaLength: 7 },
    },
    context(c.event),
    REPO,
    NOW,
  );
}

describe('tags per event and rule (metadata-action vectors)', () => {
  test.each<[string, Case, string, string[]]>([
    ['push01 default rules on a branch', { event: EVENTS.pushDev }, 'dev', ['user/app:dev']],
    [
      'push02 edge on the default branch',
      { event: EVENTS.pushMaster, tags: ['type=edge'] },
      'edge',
      ['user/app:edge'],
    ],
    ['push03 default rules on master', { event: EVENTS.pushMaster }, 'master', ['user/app:master']],
    [
      'push04 edge on workflow_dispatch',
      { event: EVENTS.dispatch, tags: ['type=edge'] },
      'edge',
      ['user/app:edge'],
    ],
    [
      'push07 branch and short sha, two images',
      {
        event: EVENTS.pushDev,
        images: ['org/app', 'ghcr.io/user/app'],
        tags: ['type=ref,event=branch', 'type=sha'],
      },
      'dev',
      ['org/app:dev', 'org/app:sha-860c190', 'ghcr.io/user/app:dev', 'ghcr.io/user/app:sha-860c190'],
    ],
    [
      'push09 edge on a named branch',
      { event: EVENTS.pushDev, tags: ['type=edge,branch=dev', 'type=sha'] },
      'edge',
      ['user/app:edge', 'user/app:sha-860c190'],
    ],
    [
      'push10 edge elsewhere yields nothing',
      { event: EVENTS.pushMaster, tags: ['type=edge,branch=dev', 'type=sha'] },
      'sha-2665741',
      ['user/app:sha-2665741'],
    ],
    [
      'push13 priority reorders',
      { event: EVENTS.pushMaster, tags: ['type=ref,priority=2000,event=branch', 'type=edge'] },
      'master',
      ['user/app:master', 'user/app:edge'],
    ],
    [
      'raw with expressions',
      { event: EVENTS.pushDev, tags: ['type=raw,value=mytag-{{branch}}-{{sha}}'] },
      'mytag-dev-860c190',
      ['user/app:mytag-dev-860c190'],
    ],
    [
      'sha with a branch prefix',
      { event: EVENTS.pushDev, tags: ['type=sha,prefix={{branch}}-'] },
      'dev-860c190',
      ['user/app:dev-860c190'],
    ],
    [
      'latest on the default branch only (master)',
      { event: EVENTS.pushMaster, tags: ['type=raw,value=latest,enable={{is_default_branch}}'] },
      'latest',
      ['user/app:latest'],
    ],
    [
      'latest on the default branch only (dev)',
      { event: EVENTS.pushDev, tags: ['type=raw,value=latest,enable={{is_default_branch}}', 'type=sha'] },
      'sha-860c190',
      ['user/app:sha-860c190'],
    ],
    [
      'bare tags are raw',
      { event: EVENTS.pushDev, tags: ['foo', 'bar'] },
      'foo',
      ['user/app:foo', 'user/app:bar'],
    ],
    [
      'invalid characters become dashes',
      { event: EVENTS.pushDev, tags: ['type=raw,value=feat/a b'] },
      'feat-a-b',
      ['user/app:feat-a-b'],
    ],
    [
      'long sha without prefix',
      { event: EVENTS.pushDev, tags: ['type=sha,prefix=,format=long'] },
      SHA_DEV,
      [`user/app:${SHA_DEV}`],
    ],
    [
      'tag01 default rules on a tag',
      { event: EVENTS.pushTag },
      'v1.1.1',
      ['user/app:v1.1.1', 'user/app:latest'],
    ],
    [
      'tag semver patterns',
      {
        event: EVENTS.pushTag,
        tags: [
          'type=semver,pattern={{version}}',
          'type=semver,pattern={{major}}.{{minor}}',
          'type=semver,pattern={{major}}',
        ],
      },
      '1.1.1',
      ['user/app:1.1.1', 'user/app:1.1', 'user/app:1', 'user/app:latest'],
    ],
    [
      'semver {{raw}}',
      { event: EVENTS.pushTag, tags: ['type=semver,pattern={{raw}}'] },
      'v1.1.1',
      ['user/app:v1.1.1', 'user/app:latest'],
    ],
    [
      'semver with a custom value',
      { event: EVENTS.pushDev, tags: ['type=semver,pattern={{major}}.{{minor}},value=v2.3.4'] },
      '2.3',
      ['user/app:2.3', 'user/app:latest'],
    ],
    [
      'semver pre-release only extends {{version}}',
      {
        event: EVENTS.pushRc,
        tags: ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}'],
      },
      '1.9.0-rc1',
      ['user/app:1.9.0-rc1'],
    ],
    [
      'pep440 pre-release is cleaned',
      { event: EVENTS.pushRc, tags: ['type=pep440,pattern={{major}}.{{minor}}'] },
      '1.9.0rc1',
      ['user/app:1.9.0rc1'],
    ],
    [
      'pep440 release',
      { event: EVENTS.pushTag, tags: ['type=pep440,pattern={{major}}.{{minor}}'] },
      '1.1',
      ['user/app:1.1', 'user/app:latest'],
    ],
    [
      'match with a group',
      { event: EVENTS.pushTag, tags: ['type=match,pattern=v(.*),group=1'] },
      '1.1.1',
      ['user/app:1.1.1', 'user/app:latest'],
    ],
    [
      'match with a literal regex',
      { event: EVENTS.pushTag, tags: ['type=match,"pattern=/^V(\\d)/i",group=1'] },
      '1',
      ['user/app:1', 'user/app:latest'],
    ],
    [
      'match without a hit',
      { event: EVENTS.pushTag, tags: ['type=match,pattern=^x(\\d)$,group=1', 'type=sha'] },
      'sha-860c190',
      ['user/app:sha-860c190'],
    ],
    [
      'release event tags like a tag push',
      { event: EVENTS.release, tags: ['type=semver,pattern={{version}}'] },
      '1.1.1',
      ['user/app:1.1.1', 'user/app:latest'],
    ],
    ['pull_request default rules', { event: EVENTS.pr }, 'pr-15', ['user/app:pr-15']],
    [
      'pull_request base_ref',
      { event: EVENTS.pr, tags: ['type=raw,value=base-{{base_ref}}'] },
      'base-master',
      ['user/app:base-master'],
    ],
    [
      'pull_request head sha',
      { event: EVENTS.pr, tags: ['type=sha'], prHeadSha: true },
      'sha-a9c8c58',
      ['user/app:sha-a9c8c58'],
    ],
    [
      'schedule default is nightly, then the branch',
      { event: EVENTS.schedule },
      'nightly',
      ['user/app:nightly', 'user/app:master'],
    ],
    [
      'schedule with a date',
      { event: EVENTS.schedule, tags: ["type=schedule,pattern={{date 'YYYYMMDD'}}"] },
      '20200110',
      ['user/app:20200110'],
    ],
    [
      'schedule in a time zone',
      { event: EVENTS.schedule, tags: ["type=schedule,pattern={{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}"] },
      '20200110-093000',
      ['user/app:20200110-093000'],
    ],
    [
      'a zone abbreviation in a tag',
      {
        event: EVENTS.schedule,
        tags: ["type=schedule,pattern={{date 'YYYYMMDD-HHmm z' tz='Asia/Shanghai'}}"],
      },
      '20200110-0830-CST',
      ['user/app:20200110-0830-CST'],
    ],
    [
      'a numeric zone abbreviation is sanitised like any tag: + becomes -',
      {
        event: EVENTS.schedule,
        tags: ["type=schedule,pattern={{date 'YYYYMMDD-HHmm z' tz='Asia/Singapore'}}"],
      },
      '20200110-0830-08',
      ['user/app:20200110-0830-08'],
    ],
    [
      'schedule rules ignore pushes',
      { event: EVENTS.pushDev, tags: ['type=schedule', 'type=sha'] },
      'sha-860c190',
      ['user/app:sha-860c190'],
    ],
    ['no image: bare tags', { event: EVENTS.pushDev, images: [] }, 'dev', ['dev']],
    [
      'disabled image',
      { event: EVENTS.pushDev, images: ['name=user/app,enable=false', 'name=ghcr.io/u/app'] },
      'dev',
      ['ghcr.io/u/app:dev'],
    ],
    ['image names are lower-cased', { event: EVENTS.pushDev, images: ['User/App'] }, 'dev', ['user/app:dev']],
  ])('%s', (_name, c, version, tags) => {
    const meta = run(c);
    expect(meta.version).toBe(version);
    expect(meta.tags).toEqual(tags);
  });
});

describe('semver and pep440 match, unknown attributes (metadata-action v6 README)', () => {
  const tagEvent = (tag: string): Event => ({ ...EVENTS.pushTag, ref: `refs/tags/${tag}` });
  test.each<[string, Case, string[], string[]]>([
    [
      'semver: the match group of a prefixed tag',
      { event: tagEvent('p1/v1.2.3'), tags: ['type=semver,pattern={{version}},match=v(\\d.\\d.\\d)$'] },
      ['user/app:1.2.3', 'user/app:latest'],
      [],
    ],
    [
      'semver: a quoted match on a custom value',
      {
        event: EVENTS.pushDev,
        tags: ['type=semver,pattern={{major}}.{{minor}},value=p1/v1.0.0,"match=v(\\d.\\d.\\d)$"'],
      },
      ['user/app:1.0', 'user/app:latest'],
      [],
    ],
    [
      'pep440: the match group of a prefixed tag',
      { event: tagEvent('p1/v1.2.3'), tags: ['type=pep440,pattern={{version}},match=v(\\d.\\d.\\d)$'] },
      ['user/app:1.2.3', 'user/app:latest'],
      [],
    ],
    [
      'a match that does not match warns and reads the whole tag',
      { event: EVENTS.pushTag, tags: ['type=semver,pattern={{version}},match=^x(\\d)'] },
      ['user/app:1.1.1', 'user/app:latest'],
      ['^x(\\d) does not match v1.1.1.'],
    ],
    [
      'a tag with a slash and no match is not semver',
      { event: tagEvent('p1/v1.2.3'), tags: ['type=semver,pattern={{version}}', 'type=sha'] },
      ['user/app:sha-860c190'],
      ['p1-v1.2.3 is not a valid semver. More info: https://semver.org/'],
    ],
    [
      'an unknown attribute is ignored, with one warning naming it and the rule',
      { event: EVENTS.pushTag, tags: ['type=semver,pattern={{version}},"colour=red"'] },
      ['user/app:1.1.1', 'user/app:latest'],
      [
        'input "tags": "type=semver,pattern={{version}},\\"colour=red\\"" has unknown attribute "colour", ignored (as docker/metadata-action does)',
      ],
    ],
  ])('%s', (_name, c, tags, warnings) => {
    const meta = run(c);
    expect(meta.tags).toEqual(tags);
    expect(meta.warnings).toEqual(warnings);
  });

  test('a match without a first group is refused with the rule', () => {
    expect(() =>
      run({ event: EVENTS.pushTag, tags: ['type=semver,pattern={{version}},match=v\\d'] }),
    ).toThrow(
      /^input "tags": "type=semver,pattern=.*,match=.*" has match=.* without a first group in "v1\.1\.1"/,
    );
  });
});

describe('{{is_default_branch}} (metadata-action meta.ts)', () => {
  const onBranch = (name: string, ref: string): Event => ({
    ...EVENTS.pushDev,
    name,
    ref,
    payload: 'release.json',
  });
  test.each<[string, Event, string]>([
    ['push to the default branch', EVENTS.pushMaster, 'true'],
    ['push to another branch', EVENTS.pushDev, 'false'],
    ['a pull request', EVENTS.pr, 'false'],
    ['create, on any ref', onBranch('create', 'refs/heads/feature'), 'true'],
    ['issues', onBranch('issues', 'refs/heads/feature'), 'true'],
    ['discussion_comment', onBranch('discussion_comment', 'refs/heads/feature'), 'true'],
    ['issue_comment is not issues', onBranch('issue_comment', 'refs/heads/feature'), 'false'],
  ])('%s: %s', (_name, event, value) => {
    const meta = run({ event, tags: ['type=raw,value={{is_default_branch}}'] });
    expect(meta.version).toBe(value);
  });
});

describe('flavor', () => {
  const semver = ['type=semver,pattern={{version}}'];
  test.each<[string, string[], string[], Event]>([
    ['latest=false drops latest', ['latest=false'], ['user/app:1.1.1'], EVENTS.pushTag],
    ['latest=true adds it on a branch', ['latest=true'], ['user/app:dev', 'user/app:latest'], EVENTS.pushDev],
    [
      'prefix and suffix skip latest',
      ['prefix=foo-', 'suffix=-bar'],
      ['user/app:foo-1.1.1-bar', 'user/app:latest'],
      EVENTS.pushTag,
    ],
    [
      'onlatest applies them to latest',
      ['prefix=foo-,onlatest=true', 'suffix=-bar,onlatest=true'],
      ['user/app:foo-1.1.1-bar', 'user/app:foo-latest-bar'],
      EVENTS.pushTag,
    ],
  ])('%s', (_name, flavor, tags, event) => {
    const rules = event === EVENTS.pushDev ? ['type=ref,event=branch'] : semver;
    expect(run({ event, tags: rules, flavor }).tags).toEqual(tags);
  });
});

describe('labels and annotations', () => {
  const settings = (labels: string[], annotations: string[], levels: string[]) => ({
    images: parseImages(['user/app']),
    rules: parseTagRules([]),
    flavor: parseFlavor([]),
    labels,
    annotations,
    annotationLevels: levels,
    options: { prHeadSha: false, shortShaLength: 7 },
  });

  test('the eight OCI defaults, sorted by key', () => {
    const meta = computeMetadata(settings([], [], ['manifest']), context(EVENTS.pushDev), REPO, NOW);
    expect(meta.labels).toEqual({
      'org.opencontainers.image.created': '2020-01-10T00:30:00.000Z',
      'org.opencontainers.image.description': 'This your first repo!',
      'org.opencontainers.image.licenses': 'MIT',
      'org.opencontainers.image.revision': SHA_DEV,
      'org.opencontainers.image.source': 'https://github.com/octocat/Hello-World',
      'org.opencontainers.image.title': 'Hello-World',
      'org.opencontainers.image.url': 'https://github.com/octocat/Hello-World',
      'org.opencontainers.image.version': 'dev',
    });
    expect(meta.annotations[0]).toBe('manifest:org.opencontainers.image.created=2020-01-10T00:30:00.000Z');
  });

  test('custom labels override, add, drop, and evaluate expressions', () => {
    const labels = [
      'maintainer=CrazyMax',
      'org.opencontainers.image.title=MyCustomTitle',
      'name=org.opencontainers.image.url,enable=false',
      "build.date={{commit_date 'YYYY-MM-DD'}}",
      'not a label',
    ];
    const ctx = { ...context(EVENTS.pushDev), commitDate: new Date('2019-12-31T23:00:00Z') };
    const meta = computeMetadata(settings(labels, [], ['manifest']), ctx, REPO, NOW);
    expect(meta.labels['org.opencontainers.image.title']).toBe('MyCustomTitle');
    expect(meta.labels['maintainer']).toBe('CrazyMax');
    expect(meta.labels['build.date']).toBe('2019-12-31');
    expect(meta.labels).not.toHaveProperty('org.opencontainers.image.url');
    expect(Object.keys(meta.labels)).toEqual(
      [...Object.keys(meta.labels)].sort((a, b) => a.localeCompare(b)),
    );
  });

  test('annotation levels repeat every annotation per level', () => {
    const meta = computeMetadata(
      settings([], ['foo=bar', 'index:only=here'], ['manifest', 'index']),
      context(EVENTS.pushDev),
      REPO,
      NOW,
    );
    expect(meta.annotations.filter((a) => a.endsWith('foo=bar'))).toEqual([
      'manifest:foo=bar',
      'index:foo=bar',
    ]);
    expect(meta.annotations).toContain('index:only=here');
    expect(meta.annotations).toHaveLength(2 * 9 + 1);
  });
});
