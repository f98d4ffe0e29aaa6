import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseBuildInputs } from '../../src/inputs/build.js';
import { parseExportDigestInputs } from '../../src/inputs/export-digest.js';
import { parseMergeInputs } from '../../src/inputs/merge.js';
import { parseMetadataInputs } from '../../src/inputs/metadata.js';
import { MODES, type Mode } from '../../src/inputs/mode.js';
import { INPUT_NAMES, MODE_INPUTS, type InputName } from '../../src/inputs/names.js';
import { inputsFromRecord, type RawInputs } from '../../src/inputs/reader.js';

type InputSet = Partial<Record<InputName, string>>;

/** A reader over a record that remembers every name asked for. */
function recordingReader(record: InputSet): { raw: RawInputs; read: Set<InputName> } {
  const read = new Set<InputName>();
  const inner = inputsFromRecord(record);
  return {
    raw: (name) => {
      read.add(name);
      return inner(name);
    },
    read,
  };
}

// A build context with a Dockerfile, for `file` (the parser checks it exists inside the context).
const context = mkdtempSync(join(tmpdir(), 'dia-mode-inputs-'));
writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\n');

const METADATA_FULL: InputSet = {
  images: 'ghcr.io/acme/app',
  tags: 'type=ref,event=branch',
  flavor: 'latest=false',
  labels: 'org.example.team=images',
  annotations: 'index:org.example.note=x',
  'sep-tags': ',',
  'sep-labels': ',',
  'sep-annotations': ',',
  'bake-target': 'app',
  'metadata-source': 'git',
  'github-token': 'token',
};
const LOGIN_FULL: InputSet = {
  registry: 'ghcr.io',
  username: 'octocat',
  password: 'secret',
  logins: '- registry: docker.io\n  username: octocat\n  password: other-secret',
};

/**
 * Per mode: its parser and the input sets it is called with. `minimal` is the least a step gives;
 * `full` gives a valid value to every input of the mode (its keys must be exactly the mode's
 * row of MODE_INPUTS), so reads that depend on another input's value happen too.
 */
const CASES: Record<Mode, { parse: (raw: RawInputs) => unknown; minimal: InputSet; full: InputSet }> = {
  metadata: {
    parse: parseMetadataInputs,
    minimal: { images: 'ghcr.io/acme/app' },
    full: METADATA_FULL,
  },
  build: {
    parse: parseBuildInputs,
    minimal: { images: 'ghcr.io/acme/app', platform: 'linux/amd64' },
    full: {
      ...METADATA_FULL,
      ...LOGIN_FULL,
      context,
      // `platform` and `platforms` exclude each other; both are read to say so.
      platform: '',
      platforms: 'linux/amd64,linux/arm64',
      file: join(context, 'Dockerfile'),
      target: 'runtime',
      'build-args': 'COMMIT_SHA={{sha}}',
      'build-contexts': 'extra=../extra',
      secrets: 'token=abc',
      'secret-files': 'npmrc=/tmp/npmrc',
      'secret-envs': 'gh=GITHUB_TOKEN',
      ssh: 'default',
      provenance: 'mode=max',
      sbom: 'true',
      'cache-from': 'type=gha,scope=app',
      'cache-to': 'none',
      'cache-mounts': 'id=uv,target=/root/.cache/uv\nid=pnpm,target=/pnpm/store,sharing=locked',
      'no-cache': 'true',
      pull: 'true',
      network: 'host',
      'shm-size': '2g',
      ulimit: 'nofile=1024:1024',
      // `builder` (an existing one) excludes the inputs for a builder this step creates.
      builder: '',
      driver: 'docker-container',
      endpoint: '',
      'driver-opts': 'image=moby/buildkit:v0.24.0',
      'buildkitd-config': '',
      'buildkitd-config-inline': '[worker.oci]\n  max-parallelism = 4',
      'buildkitd-flags': '--debug',
      'qemu-image': 'tonistiigi/binfmt:qemu-v9.2.2',
      outputs: 'type=image,name=ghcr.io/acme/app,push-by-digest=true,name-canonical=true,push=true',
      call: 'build',
      push: 'true',
      load: 'false',
      allow: 'network.host',
      'add-hosts': 'db:10.0.0.5',
      attests: 'type=sbom',
      'no-cache-filters': 'deps',
      'cgroup-parent': '/actions',
      reproducible: 'false',
    },
  },
  'export-digest': {
    parse: parseExportDigestInputs,
    minimal: {},
    full: {
      context: 'api',
      digest: `sha256:${'a'.repeat(64)}`,
      platform: 'linux/arm64',
      images: 'ghcr.io/acme/app',
      'artifact-name': 'digests-api-arm64',
      'retention-days': '3',
    },
  },
  merge: {
    parse: parseMergeInputs,
    minimal: { images: 'ghcr.io/acme/app' },
    full: {
      ...METADATA_FULL,
      ...LOGIN_FULL,
      'insecure-registries': 'registry.internal:5000',
      context: 'api',
      pattern: 'digests-api-*',
      'run-id': '1234567890',
      sources: `ghcr.io/acme/app@sha256:${'b'.repeat(64)}`,
      attestations: 'strip',
      'expected-platforms': 'linux/amd64,linux/arm64',
      'dry-run': 'true',
    },
  },
};

const sorted = (names: Iterable<InputName>): InputName[] => [...names].sort();

describe('MODE_INPUTS', () => {
  test.each(MODES)('%s: the inputs its parser reads are exactly its row', (mode) => {
    const { parse, minimal, full } = CASES[mode];
    const read = new Set<InputName>();
    for (const set of [minimal, full]) {
      const reader = recordingReader(set);
      expect(() => parse(reader.raw), JSON.stringify(set)).not.toThrow();
      for (const name of reader.read) read.add(name);
    }
    expect(sorted(read)).toEqual(sorted(MODE_INPUTS[mode]));
  });

  test.each(MODES)('%s: the full input set gives every input of its row', (mode) => {
    expect(sorted(Object.keys(CASES[mode].full) as InputName[])).toEqual(sorted(MODE_INPUTS[mode]));
  });

  test('no row repeats an input or names `mode`', () => {
    for (const mode of MODES) {
      expect(new Set(MODE_INPUTS[mode]).size, mode).toBe(MODE_INPUTS[mode].length);
      expect(MODE_INPUTS[mode], mode).not.toContain('mode');
    }
  });

  test('every input but `mode` is read by some mode', () => {
    const used = new Set(MODES.flatMap((mode) => MODE_INPUTS[mode]));
    expect(INPUT_NAMES.filter((name) => name !== 'mode' && !used.has(name))).toEqual([]);
  });
});
