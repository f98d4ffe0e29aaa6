/** BuildKit build flags against build2/flags/ (observations 5 and 6). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startRegistry, type TestRegistry } from '../../support/registry/index.js';
import {
  SHA,
  contexts,
  lastLine,
  manifest,
  pushOutput,
  recorded,
  recordedJson,
  recordedKeys,
  scenario,
  stepTitles,
} from './harness.js';

const work = mkdtempSync(join(tmpdir(), 'buildx-double-flags-'));
const ctx = contexts();
let reg: TestRegistry;
beforeAll(async () => {
  reg = await startRegistry({ auth: 'none' });
});
afterAll(async () => {
  await reg?.stop();
  rmSync(work, { recursive: true, force: true });
  rmSync(ctx, { recursive: true, force: true });
});

const base = ['buildx', 'build', '--progress=plain', '--platform', 'linux/amd64'];
async function build(dir: string, flags: string[], env: Record<string, string> = {}) {
  const s = scenario(work, env);
  const r = await s.docker(
    [...base, ...flags, '--metadata-file', s.meta, '--output', 'type=cacheonly', '.'],
    join(ctx, dir),
  );
  return { ...r, meta: s.metadata() };
}
/** The last `n` non-blank lines, step numbers left out. */
const tail = (s: string, n: number) =>
  s
    .split('\n')
    .filter((l) => l !== '')
    .slice(-n)
    .map((l) => l.replace(/^#\d+ /, '#N '));

describe('--secret', () => {
  test.each([
    ['secret-id-src', ['--secret', 'id=a,src=secret.txt'], {}],
    ['secret-id-source', ['--secret', 'id=a,source=secret.txt'], {}],
    ['secret-type-file', ['--secret', 'type=file,id=a,src=secret.txt'], {}],
    ['secret-id-env', ['--secret', 'id=a,env=A_SECRET'], { A_SECRET: 'env-secret-value' }],
    ['secret-type-env-env', ['--secret', 'type=env,id=a,env=A_SECRET'], { A_SECRET: 'env-secret-value' }],
    ['secret-type-env-src', ['--secret', 'type=env,id=a,src=A_SECRET'], { A_SECRET: 'env-secret-value' }],
    ['secret-type-env-id-only', ['--secret', 'type=env,id=a'], { a: 'env-named-a' }],
    ['secret-id-only-env-set', ['--secret', 'id=a'], { a: 'env-named-a' }],
    ['secret-env-unset', ['--secret', 'id=a,env=UNSET_VAR_XYZ'], {}],
    ['secret-quoted-field', ['--secret', 'id=a,"src=secret.txt"'], {}],
    ['secret-none', [], {}],
  ])('%s: accepted', async (name, flags, env) => {
    const r = await build('secrets', ['--no-cache', ...flags], env);
    expect(r.code).toBe(0);
    expect(Object.keys(r.meta!)).toEqual(recordedKeys(`flags/${name}.metadata.json`));
    expect(stepTitles(r.stderr)).toContain(stepTitles(recorded(`flags/${name}.stderr`))[2]);
  });

  test.each([
    ['secret-bare-word', 'a'],
    ['secret-bare-quote', 'id=a,src=se"cret.txt'],
    ['secret-quote-mid-field', 'id=a,src="secret.txt"'],
    ['secret-leading-quote', '"id=a,src=secret.txt'],
    ['secret-unknown-type', 'type=foo,id=a'],
    ['secret-unknown-key', 'id=a,foo=bar'],
    ['secret-no-id', 'src=secret.txt'],
    ['secret-missing-file', 'id=a,src=missing.txt'],
    ['secret-id-only-no-env', 'id=a'],
  ])('%s: refused before any progress, as recorded', async (name, value) => {
    const r = await build('secrets', ['--no-cache', '--secret', value]);
    expect(r.code).toBe(Number(recorded(`flags/${name}.exit`)));
    expect(r.stderr).toBe(recorded(`flags/${name}.stderr`));
    expect(r.meta).toBeUndefined();
  });

  test('required=true without the secret: the RUN step fails as recorded', async () => {
    const r = await build('secrets', ['--no-cache', '-f', 'Dockerfile.required']);
    expect(r.code).toBe(Number(recorded('flags/secret-required-missing.exit')));
    expect(tail(r.stderr, 12)).toEqual(tail(recorded('flags/secret-required-missing.stderr'), 12));
    expect(r.meta).toBeUndefined();
  });

  test('a secret exposed as env: its variable shows as **** in the step title', async () => {
    const r = await build(
      'secrets',
      ['--no-cache', '--secret', 'id=a,env=A_SECRET', '-f', 'Dockerfile.env'],
      {
        A_SECRET: 'env-secret-value',
      },
    );
    expect(r.code).toBe(0);
    expect(Object.keys(r.meta!)).toEqual(recordedKeys('flags/secret-env-mount.metadata.json'));
    expect(stepTitles(r.stderr)).toContain(stepTitles(recorded('flags/secret-env-mount.stderr'))[4]);
  });
});

describe('entitlements', () => {
  test('--allow security.insecure on a builder that grants it (remote, like lab): accepted', async () => {
    const r = await build('flags', ['--allow', 'security.insecure', '--target', 'hosts']);
    expect(r.code).toBe(0);
    expect(Object.keys(r.meta!)).toEqual(recordedKeys('flags/allow-security-insecure.metadata.json'));
  });

  test('--allow security.insecure on a docker-container builder (like fx-dc): refused first', async () => {
    const r = await build('flags', ['--allow', 'security.insecure', '--target', 'hosts'], {
      BUILDX_DOUBLE_DRIVER: 'docker-container',
    });
    expect(r.code).toBe(Number(recorded('flags/allow-security-insecure-fx-dc.exit')));
    expect(r.stderr).toBe(recorded('flags/allow-security-insecure-fx-dc.stderr'));
    expect(r.meta).toBeUndefined();
  });

  test('RUN --network=host without --allow network.host: refused when the LLB loads', async () => {
    const r = await build('flags', ['-f', 'Dockerfile.network-host']);
    expect(r.code).toBe(Number(recorded('flags/network-host-not-allowed.exit')));
    expect(tail(r.stderr, 5)).toEqual(tail(recorded('flags/network-host-not-allowed.stderr'), 5));
    expect(r.meta).toBeUndefined();
    const ok = await build('flags', ['--allow', 'network.host', '-f', 'Dockerfile.network-host']);
    expect(ok.code).toBe(0);
    expect(Object.keys(ok.meta!)).toEqual(recordedKeys('flags/network-host-allowed.metadata.json'));
  });

  test('RUN --security=insecure: a parse error of the built-in frontend', async () => {
    const r = await build('flags', ['--allow', 'security.insecure', '-f', 'Dockerfile.security-insecure']);
    expect(r.code).toBe(Number(recorded('flags/run-security-insecure.exit')));
    expect(tail(r.stderr, 8)).toEqual(tail(recorded('flags/run-security-insecure.stderr'), 8));
  });
});

describe('other flags', () => {
  test('--add-host in both syntaxes, --cgroup-parent: accepted', async () => {
    const hosts = await build('flags', [
      '--add-host',
      'fixture-host:10.0.0.1',
      '--add-host',
      'registry.fixture=127.0.0.1',
      '--target',
      'hosts',
    ]);
    expect(hosts.code).toBe(0);
    expect(Object.keys(hosts.meta!)).toEqual(recordedKeys('flags/add-host.metadata.json'));
    const cgroup = await build('flags', ['--cgroup-parent', 'fixtures-cgroup-parent', '--target', 'cgroup']);
    expect(cgroup.code).toBe(0);
    expect(Object.keys(cgroup.meta!)).toEqual(recordedKeys('flags/cgroup-parent.metadata.json'));
    expect((await build('flags', ['--add-host', 'no-address', '--target', 'hosts'])).code).toBe(1);
  });

  test('--no-cache-filter deps --target final: the steps of the two stages, as recorded', async () => {
    const r = await build('flags', ['--no-cache-filter', 'deps', '--target', 'final']);
    expect(r.code).toBe(0);
    expect(Object.keys(r.meta!)).toEqual(recordedKeys('flags/no-cache-filter.metadata.json'));
    const titles = (s: string) => stepTitles(s).map((t) => t.replace(/@sha256:[0-9a-f]{64}$/, ''));
    expect(titles(r.stderr)).toEqual(titles(recorded('flags/no-cache-filter.stderr')));
  });

  test.each(['attest-provenance-max', 'attest-sbom'])(
    '%s: pushed with the recorded attestation layers',
    async (name) => {
      const s = scenario(work);
      const attest = name === 'attest-sbom' ? 'type=sbom' : 'type=provenance,mode=max';
      const r = await s.docker(
        [
          ...base,
          '--build-arg',
          `COMMIT_SHA=${SHA}`,
          '--attest',
          attest,
          '--metadata-file',
          s.meta,
          '--output',
          pushOutput(reg, 'fixtures/build2'),
          '.',
        ],
        join(ctx, 'app'),
      );
      expect(r.code).toBe(0);
      const meta = s.metadata()!;
      expect(Object.keys(meta)).toEqual(recordedKeys(`flags/${name}.metadata.json`));
      type Doc = { manifests: { digest: string }[]; layers: { annotations: object }[] };
      const index = JSON.parse(
        await manifest(reg, 'fixtures/build2', meta['containerimage.digest'] as string),
      ) as Doc;
      const att = JSON.parse(await manifest(reg, 'fixtures/build2', index.manifests[1]!.digest)) as Doc;
      expect(att.layers.map((l) => l.annotations)).toEqual(
        recordedJson<Doc>(`flags/${name}.attestation.json`).layers.map((l) => l.annotations),
      );
      expect(lastLine(r.stderr)).not.toContain('ERROR');
    },
  );
});
