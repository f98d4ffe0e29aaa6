/** `--call=check|outline|targets` against build2/check/ (observations 1 and 2). */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startRegistry, type TestRegistry } from '../../support/registry/index.js';
import {
  contexts,
  manifest,
  pushOutput,
  recorded,
  recordedJson,
  recordedKeys,
  scenario,
  type Result,
} from './harness.js';

const work = mkdtempSync(join(tmpdir(), 'buildx-double-check-'));
const ctx = contexts();
const lintDir = join(ctx, 'lint');
const cleanDir = join(ctx, 'clean');
let reg: TestRegistry;
beforeAll(async () => {
  reg = await startRegistry({ auth: 'none' });
});
afterAll(async () => {
  await reg?.stop();
  rmSync(work, { recursive: true, force: true });
  rmSync(ctx, { recursive: true, force: true });
});

/** The double's stderr as the recording would show it: builder `lab`, byte counts left out. */
const progress = (r: Result) =>
  r.stderr
    .replace('"remote-builder" instance', '"lab" instance')
    .replace(/transferring dockerfile: \d+B/, 'transferring dockerfile: NB')
    .trimEnd();
const recordedProgress = (name: string) =>
  recorded(`check/${name}.stderr`)
    .replace(/transferring dockerfile: \d+B/, 'transferring dockerfile: NB')
    .trimEnd();

interface LintJson {
  warnings: unknown[] | null;
  sources: {
    filename: string;
    data: string;
    definition: { def: string[]; metadata: object };
    language: string;
  }[];
}
/** def[0] with its local.session ID (varies per run) blanked. */
const sessionless = (b64: string) =>
  Buffer.from(b64, 'base64')
    .toString('latin1')
    .replace(/(local\.session.{2})[0-9a-z]{25}/, '$1');

describe('--call=check', () => {
  test('warnings: exit 1, the recorded text report on stdout, progress on stderr', async () => {
    const r = await scenario(work).docker(['buildx', 'build', '--call=check', '.'], lintDir);
    expect(r.code).toBe(Number(recorded('check/lint.exit')));
    expect(r.stdout).toBe(recorded('check/lint.stdout'));
    expect(progress(r)).toBe(recordedProgress('lint'));
  });

  test('format=json: warnings in BuildKit order, the Dockerfile and its definition as sources', async () => {
    const r = await scenario(work).docker(['buildx', 'build', '--call=check,format=json', '.'], lintDir);
    expect(r.code).toBe(Number(recorded('check/lint-json.exit')));
    expect(progress(r)).toBe(recordedProgress('lint-json'));
    const got = JSON.parse(r.stdout) as LintJson;
    const want = recordedJson<LintJson>('check/lint-json.stdout');
    expect(got.warnings).toEqual(want.warnings);
    const [g, w] = [got.sources[0]!, want.sources[0]!];
    expect({ ...g, definition: null }).toEqual({ ...w, definition: null });
    expect(sessionless(g.definition.def[0]!)).toBe(sessionless(w.definition.def[0]!));
    // the terminal op points at the source op by digest; metadata is keyed by both digests
    const opDigest = `sha256:${createHash('sha256').update(Buffer.from(g.definition.def[0]!, 'base64')).digest('hex')}`;
    expect(Buffer.from(g.definition.def[1]!, 'base64').toString('latin1').slice(4)).toBe(opDigest);
    expect(Object.keys(g.definition.metadata)).toContain(opDigest);
    expect(Object.keys(g.definition.metadata)).toHaveLength(2);
    expect(r.stdout.endsWith('}\n')).toBe(true);
  });

  test.each([
    ['clean', []],
    ['clean-json', ['--call=check,format=json']],
  ] as const)('%s: exit 0 and the recorded report', async (name, flags) => {
    const r = await scenario(work).docker(
      ['buildx', 'build', ...(flags.length ? flags : ['--call=check']), '.'],
      cleanDir,
    );
    expect(r.code).toBe(0);
    expect(progress(r)).toBe(recordedProgress(name));
    if (name === 'clean') expect(r.stdout).toBe(recorded('check/clean.stdout'));
    else
      expect({ ...(JSON.parse(r.stdout) as LintJson), sources: null }).toEqual({
        ...recordedJson<LintJson>('check/clean-json.stdout'),
        sources: null,
      });
  });

  test('the rules read the Dockerfile: other casings, ENTRYPOINT, LABEL, variable platforms', async () => {
    const dir = join(work, 'rules');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'Dockerfile'),
      [
        'from busybox AS base',
        'LABEL owner me',
        'FROM --platform=$BUILDPLATFORM busybox as build',
        'FROM --platform=linux/arm64 busybox AS build_arm64',
        'SHELL ["/bin/sh", "-c"]',
        'CMD echo allowed after SHELL',
        'FROM base',
        'ENTRYPOINT echo hi',
        '',
      ].join('\n'),
    );
    const r = await scenario(work).docker(['buildx', 'build', '--call=check,format=json', '.'], dir);
    expect(r.code).toBe(1);
    const got = (
      JSON.parse(r.stdout) as { warnings: { ruleName: string; detail: string; location: unknown }[] }
    ).warnings;
    expect(got.map((w) => [w.ruleName, w.detail, w.location])).toEqual([
      ['FromAsCasing', "'AS' and 'from' keywords' casing do not match", range(1)],
      ['FromAsCasing', "'as' and 'FROM' keywords' casing do not match", range(3)],
      [
        'LegacyKeyValueFormat',
        '"LABEL key=value" should be used instead of legacy "LABEL key value" format',
        range(2),
      ],
      [
        'JSONArgsRecommended',
        'JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals',
        range(8),
      ],
    ]);
  });

  test('with a pushing --output: the recorded empty image is pushed, exit 1, result.* in the metadata', async () => {
    const s = scenario(work);
    const r = await s.docker(
      [
        'buildx',
        'build',
        '--progress=plain',
        '--call=check',
        '--platform',
        'linux/amd64',
        '--metadata-file',
        s.meta,
        '--output',
        pushOutput(reg, 'fixtures/check'),
        '.',
      ],
      lintDir,
    );
    expect(r.code).toBe(Number(recorded('check/lint-push.exit')));
    expect(r.stdout).toBe(recorded('check/lint-push.stdout'));
    const want = recordedJson('check/lint-push.metadata.json');
    const got = s.metadata()!;
    expect(Object.keys(got)).toEqual(recordedKeys('check/lint-push.metadata.json'));
    for (const k of [
      'containerimage.config.digest',
      'containerimage.descriptor',
      'containerimage.digest',
      'result.statuscode',
      'result.txt',
      'version',
    ])
      expect(got[k]).toEqual(want[k]);
    expect(got['image.name']).toBe(`${reg.host}/fixtures/check`);
    expect((got['result.json'] as LintJson).warnings).toEqual((want['result.json'] as LintJson).warnings);
    const digest = want['containerimage.digest'] as string;
    expect(await manifest(reg, 'fixtures/check', digest)).toBe(recorded('check/lint-push.manifest.json'));
    expect(progress(r).split('\n').slice(-7)).toEqual([
      '#4 exporting to image',
      '#4 exporting layers 0.0s done',
      `#4 exporting manifest ${digest} done`,
      `#4 exporting config ${want['containerimage.config.digest'] as string} done`,
      '#4 pushing layers 0.0s done',
      `#4 pushing manifest for ${reg.host}/fixtures/check 0.0s done`,
      '#4 DONE 0.1s',
    ]);
  });

  test('the clean Dockerfile pushes the same empty image and exits 0', async () => {
    const s = scenario(work);
    const r = await s.docker(
      [
        'buildx',
        'build',
        '--call=check',
        '--platform',
        'linux/amd64',
        '--metadata-file',
        s.meta,
        '--output',
        pushOutput(reg, 'fixtures/check'),
        '.',
      ],
      cleanDir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(recorded('check/clean-push.stdout'));
    const want = recordedJson('check/clean-push.metadata.json');
    const got = s.metadata()!;
    expect(Object.keys(got)).toEqual(recordedKeys('check/clean-push.metadata.json'));
    expect(got['containerimage.digest']).toBe(want['containerimage.digest']);
    expect([got['result.statuscode'], got['result.txt'], got.version]).toEqual([
      want['result.statuscode'],
      want['result.txt'],
      want.version,
    ]);
  });
});

describe('--call=outline and --call=targets', () => {
  test.each(['outline', 'targets'])('%s: the recorded stdout, computed from the Dockerfile', async (call) => {
    const r = await scenario(work).docker(['buildx', 'build', `--call=${call}`, '.'], cleanDir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(recorded(`check/${call}.stdout`));
    expect(progress(r)).toBe(recordedProgress(call));
  });

  test('outline of another target: its own description and args', async () => {
    const r = await scenario(work).docker(
      ['buildx', 'build', '--call=outline', '--target', 'base', '.'],
      cleanDir,
    );
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'TARGET:      base',
      'DESCRIPTION: prepares /greeting.txt.',
    ]);
  });
});

function range(line: number) {
  return { ranges: [{ start: { line }, end: { line } }] };
}
