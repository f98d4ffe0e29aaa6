import { describe, expect, test } from 'vitest';
import { InputError } from '../../../src/base/input-error.js';
import { parseMetadataInputs } from '../../../src/inputs/metadata.js';
import { inputsFromRecord } from '../../../src/inputs/reader.js';
import { formatDate } from '../../../src/meta/date-format.js';
import { parseFlavor } from '../../../src/meta/flavor.js';
import { parseImages } from '../../../src/meta/images.js';
import { DEFAULT_PRIORITIES, parseTagRule } from '../../../src/meta/tag-rules.js';
import { isRawStatement, render } from '../../../src/meta/template.js';

describe('tag rules (metadata-action tag.test.ts)', () => {
  test.each([
    [
      "type=schedule,enable=true,pattern={{date 'YYYYMMDD'}}",
      'schedule',
      { priority: '1000', enable: 'true', pattern: "{{date 'YYYYMMDD'}}" },
    ],
    [
      'type=semver,priority=1,enable=true,pattern={{version}},value=v1.0.0',
      'semver',
      { priority: '1', enable: 'true', pattern: '{{version}}', value: 'v1.0.0', match: '' },
    ],
    [
      'type=match,enable=true,"pattern=^v(\\d.\\d.\\d)$",group=1',
      'match',
      { priority: '800', enable: 'true', pattern: '^v(\\d.\\d.\\d)$', group: '1', value: '' },
    ],
    ['type=edge', 'edge', { priority: '700', enable: 'true', branch: '' }],
    ['type=ref,event=pr', 'ref', { priority: '600', enable: 'true', prefix: 'pr-', event: 'pr' }],
    ['acustomtag', 'raw', { priority: '200', enable: 'true', value: 'acustomtag' }],
    ['type=sha,prefix=', 'sha', { priority: '100', enable: 'true', prefix: '', format: 'short' }],
    [
      'type=raw,value=x,enable={{is_default_branch}}',
      'raw',
      { priority: '200', enable: '{{is_default_branch}}', value: 'x' },
    ],
  ])('%s', (line, type, attrs) => {
    expect(parseTagRule(line)).toEqual({ type, attrs, source: line, ignored: [] });
  });

  test.each([
    ['type=raw,value=x,colour=red', 'raw', ['colour']],
    ['type=semver,pattern={{version}},"Flavour=x",matches=v(.*)', 'semver', ['flavour', 'matches']],
    ['type=semver,pattern={{version}},"match=v(\\d.\\d.\\d)$"', 'semver', []],
  ])('%s: attributes no rule knows are kept aside, not refused', (line, type, ignored) => {
    const rule = parseTagRule(line);
    expect(rule.type).toBe(type);
    expect(rule.ignored).toEqual(ignored);
    for (const key of ignored) expect(rule.attrs).not.toHaveProperty(key);
  });

  test('default priorities', () => {
    expect(DEFAULT_PRIORITIES).toEqual({
      schedule: 1000,
      semver: 900,
      pep440: 900,
      match: 800,
      edge: 700,
      ref: 600,
      raw: 200,
      sha: 100,
    });
  });

  test.each([
    ['type=foo', /unknown type "foo".*expected one of schedule/],
    ['type=match,enable=true,pattern=v(.*),group=foo', /group "foo"/],
    ['type=ref,event=foo', /event "foo"/],
    ['type=ref', /no event attribute/],
    ['type=raw', /no value attribute/],
    ['type=semver', /no pattern attribute/],
    ['type=match', /no pattern attribute/],
    ['type=sha,enable=foo', /enable="foo"/],
    ['type=sha,format=foo', /format "foo"/],
    ['type=match,pattern=v(,group=0', /invalid regular expression/],
    ['type=semver,pattern={{version}},match=v(', /invalid match expression/],
    ['type=raw,=x', /field with no name/],
    ['type=raw,value=x,priority=high', /priority "high"/],
  ])('%s is refused, naming the input', (line, message) => {
    const error = (() => {
      try {
        parseTagRule(line);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/^input "tags": /);
    expect((error as InputError).message).toMatch(message);
  });
});

describe('flavor (metadata-action flavor.test.ts)', () => {
  test.each([
    [
      ['latest=false', 'prefix=dev-', 'suffix=-alpine'],
      { latest: 'false', prefix: 'dev-', prefixLatest: false, suffix: '-alpine', suffixLatest: false },
    ],
    [
      ['prefix=dev-,onlatest=true'],
      { latest: 'auto', prefix: 'dev-', prefixLatest: true, suffix: '', suffixLatest: false },
    ],
    [['prefix= '], { latest: 'auto', prefix: '', prefixLatest: false, suffix: '', suffixLatest: false }],
  ])('%j', (lines, flavor) => {
    expect(parseFlavor(lines)).toEqual(flavor);
  });

  test.each([
    [['randomstr', 'latest=auto']],
    [['unknwown=foo']],
    [['latest']],
    [['latest=foo']],
    [['onlatest=true']],
  ])('%j is refused', (lines) => {
    expect(() => parseFlavor(lines)).toThrow(/^input "flavor": /);
  });
});

describe('images', () => {
  test.each([
    [
      ['name/app,ghcr.io/name/app'],
      [
        { name: 'name/app', enable: true },
        { name: 'ghcr.io/name/app', enable: true },
      ],
    ],
    [
      ['name=Name/App,enable=false', 'localhost:5000/x'],
      [
        { name: 'name/app', enable: false },
        { name: 'localhost:5000/x', enable: true },
      ],
    ],
  ])('%j', (lines, images) => {
    expect(parseImages(lines)).toEqual(images);
  });

  test.each([
    ['ghcr.io/a/b:tag'],
    ['bad image'],
    ['-lead/x'],
    ['name=a,color=red'],
    ['name=a,enable=maybe'],
    ['name='],
  ])('%s is refused', (line) => {
    expect(() => parseImages([line])).toThrow(/^input "images": /);
  });
});

describe('expressions', () => {
  test.each([
    ['{{ raw }}.{{ version }}', false],
    ['{{ version }},{{raw }.', false],
    ['{{ raw }}', true],
    ['{{ raw}}', true],
    ['{{raw}}', true],
  ])('isRawStatement(%s) = %s', (pattern, expected) => {
    expect(isRawStatement(pattern)).toBe(expected);
  });

  test('unknown names render empty, html is escaped except in triple braces', () => {
    expect(render('a{{nope}}b', {})).toBe('ab');
    expect(render('{{x}}|{{{x}}}', { x: 'a&b' })).toBe('a&amp;b|a&b');
  });

  test('unclosed mustache is an error', () => {
    expect(() => render('{{branch', {})).toThrow(/unclosed/);
  });
});

describe('moment format tokens with Intl', () => {
  const date = new Date('2020-01-10T15:25:50.123Z');
  test.each([
    ['YYYYMMDD', 'UTC', '20200110'],
    ['dddd, MMMM Do YYYY, h:mm:ss a', 'UTC', 'Friday, January 10th 2020, 3:25:50 pm'],
    ['YYYYMMDD-HHmmss', 'Asia/Tokyo', '20200111-002550'],
    ['YYYY-MM-DDTHH:mm:ss.SSS[Z]', 'UTC', '2020-01-10T15:25:50.123Z'],
    ['Z ZZ', 'America/New_York', '-05:00 -0500'],
    ['W GGGG DDDD Q X', 'UTC', '2 2020 010 1 1578669950'],
    ['', 'UTC', '2020-01-10T15:25:50Z'],
    ['', 'Europe/London', '2020-01-10T15:25:50Z'],
    ['', 'Asia/Tokyo', '2020-01-11T00:25:50+09:00'],
  ])('%s in %s', (format, tz, expected) => {
    expect(formatDate(date, format, tz)).toBe(expected);
  });

  // What moment-timezone 0.6.6 (metadata-action's formatter) prints for `z`: the IANA database's
  // letters where it has them, else the offset in digits.
  test.each([
    ['2020-01-10T15:25:50Z', 'Asia/Shanghai', 'CST'],
    ['2020-01-10T15:25:50Z', 'asia/shanghai', 'CST'],
    ['2020-01-10T15:25:50Z', 'Asia/Tokyo', 'JST'],
    ['2020-01-10T15:25:50Z', 'America/New_York', 'EST'],
    ['2020-07-10T15:25:50Z', 'America/New_York', 'EDT'],
    ['2012-07-10T15:25:50Z', 'America/New_York', 'EDT'],
    ['2020-01-10T15:25:50Z', 'Europe/Paris', 'CET'],
    ['2020-07-10T15:25:50Z', 'Europe/Paris', 'CEST'],
    ['2020-01-10T15:25:50Z', 'UTC', 'UTC'],
    ['2020-01-10T15:25:50Z', 'Etc/UTC', 'UTC'],
    ['2020-07-10T15:25:50Z', 'Europe/London', 'BST'],
    ['2020-01-10T15:25:50Z', 'Europe/Dublin', 'GMT'],
    ['2020-07-10T15:25:50Z', 'Europe/Dublin', 'IST'],
    ['2020-01-10T15:25:50Z', 'Asia/Kolkata', 'IST'],
    ['2020-01-10T15:25:50Z', 'Australia/Sydney', 'AEDT'],
    ['2020-01-10T15:25:50Z', 'America/St_Johns', 'NST'],
    ['2020-01-10T15:25:50Z', 'Asia/Singapore', '+08'],
    ['2020-01-10T15:25:50Z', 'America/Sao_Paulo', '-03'],
    ['2020-01-10T15:25:50Z', 'Asia/Kathmandu', '+0545'],
    ['2020-01-10T15:25:50Z', 'Asia/Tehran', '+0330'],
    ['2020-01-10T15:25:50Z', 'Pacific/Chatham', '+1345'],
    ['2020-01-10T15:25:50Z', 'Etc/GMT-14', '+14'],
    ['2015-07-10T15:25:50Z', 'Europe/Istanbul', 'EEST'],
    ['2020-07-10T15:25:50Z', 'Europe/Istanbul', '+03'],
    ['2021-07-10T15:25:50Z', 'Asia/Amman', 'EEST'],
    ['2023-07-10T15:25:50Z', 'Asia/Amman', '+03'],
  ])('z at %s in %s is %s', (date, tz, abbr) => {
    expect(formatDate(new Date(date), 'z', tz)).toBe(abbr);
    expect(formatDate(new Date(date), 'zz', tz)).toBe(abbr);
  });

  test('an unknown time zone is an error', () => {
    expect(() => formatDate(date, 'YYYY', 'Mars/Olympus')).toThrow(/unknown time zone/);
  });
});

describe('parseMetadataInputs', () => {
  test('defaults', () => {
    const inputs = parseMetadataInputs(inputsFromRecord({ images: 'ghcr.io/acme/app' }));
    expect(inputs).toMatchObject({ sepTags: '\n', bakeTarget: 'docker-metadata-action', source: 'workflow' });
    expect(inputs.tags.map((t) => t.type)).toEqual(['schedule', 'ref', 'ref', 'ref']);
  });

  test('comments in rule lists', () => {
    const inputs = parseMetadataInputs(inputsFromRecord({ tags: '# a comment\ntype=sha' }));
    expect(inputs.tags).toHaveLength(1);
  });

  test('metadata-source must be workflow or git', () => {
    expect(() => parseMetadataInputs(inputsFromRecord({ 'metadata-source': 'svn' }))).toThrow(
      /^input "metadata-source": /,
    );
  });
});
