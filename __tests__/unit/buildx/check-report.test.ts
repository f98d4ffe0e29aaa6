import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkSummary, parseCheckReport } from '../../../src/buildx/check-report.js';
import { BUILDX_FIXTURES } from '../../support/paths.js';

const recorded = (name: string) => readFileSync(join(BUILDX_FIXTURES, 'build2', 'check', name), 'utf8');

const BY_LINE = [
  {
    rule: 'FromAsCasing',
    detail: "'as' and 'FROM' keywords' casing do not match",
    url: 'https://docs.docker.com/go/dockerfile/rule/from-as-casing/',
    file: 'Dockerfile',
    line: 1,
  },
  {
    rule: 'LegacyKeyValueFormat',
    detail: '"ENV key=value" should be used instead of legacy "ENV key value" format',
    url: 'https://docs.docker.com/go/dockerfile/rule/legacy-key-value-format/',
    file: 'Dockerfile',
    line: 2,
  },
  {
    rule: 'FromPlatformFlagConstDisallowed',
    detail: 'FROM --platform flag should not use constant value "linux/amd64"',
    url: 'https://docs.docker.com/go/dockerfile/rule/from-platform-flag-const-disallowed/',
    file: 'Dockerfile',
    line: 3,
  },
  {
    rule: 'JSONArgsRecommended',
    detail: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals',
    url: 'https://docs.docker.com/go/dockerfile/rule/json-args-recommended/',
    file: 'Dockerfile',
    line: 5,
  },
];

describe('check reports (recorded)', () => {
  test('text: four findings, in line order, each with its rule, detail and line', () => {
    expect(parseCheckReport(recorded('lint.stdout'))).toEqual(BY_LINE);
  });

  test('json: the same findings, sorted by rule as buildx prints them', () => {
    const json = parseCheckReport(recorded('lint-json.stdout'));
    expect(json).toHaveLength(4);
    expect([...json].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))).toEqual(BY_LINE);
  });

  test('a clean Dockerfile has no findings in either form', () => {
    expect(parseCheckReport(recorded('clean.stdout'))).toEqual([]);
    expect(parseCheckReport(recorded('clean-json.stdout'))).toEqual([]);
  });

  test('the summary lists each finding with its line and rule', () => {
    const summary = checkSummary(BY_LINE.slice(0, 1), 'api/Dockerfile');
    expect(summary).toContain('### Dockerfile check: 1 warning');
    expect(summary).toContain(
      "| 1 | [FromAsCasing](https://docs.docker.com/go/dockerfile/rule/from-as-casing/) | 'as' and 'FROM' keywords' casing do not match |",
    );
    expect(checkSummary([], 'api/Dockerfile')).toContain('no warnings');
  });
});
