import { mkdtempSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { MODES } from '../../src/inputs/mode.js';
import { MODE_INPUTS } from '../../src/inputs/names.js';
import { runAction } from '../../scripts/runner.mjs';
import {
  MODE_OUTPUTS,
  generateReadme,
  inputsTable,
  renderReadme,
  type ActionYml,
} from '../../scripts/docs.mjs';
import { startArtifactService } from '../support/artifact-service/server.mjs';
import type { ArtifactService } from '../support/artifact-service/server.d.mts';
import { ROOT } from '../support/paths.js';
import { startRegistry, type TestRegistry } from '../support/registry/index.js';

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README.md', () => {
  test('is what `npm run docs` writes from action.yml, MODE_INPUTS and examples/', async () => {
    // On failure: run `npm run docs` and commit README.md.
    expect(await generateReadme(ROOT, MODE_INPUTS)).toBe(readme);
  });

  test('a changed description in action.yml would change the README', () => {
    const changed: ActionYml = {
      ...action,
      inputs: { ...action.inputs, 'dry-run': { ...action.inputs['dry-run'], description: 'Changed.' } },
    };
    const examples = { 'build-push.yml': readFileSync(join(ROOT, 'examples', 'build-push.yml'), 'utf8') };
    const before = renderReadme(readme, { action, modeInputs: MODE_INPUTS, examples });
    const after = renderReadme(readme, { action: changed, modeInputs: MODE_INPUTS, examples });
    expect(after).not.toBe(before);
    expect(after).toContain('| `dry-run` | `false` | Changed. |');
  });

  test('every mode has its block, and a README without one is refused', () => {
    for (const mode of MODES) {
      expect(readme).toContain(`<!-- docs:${mode}:start -->`);
      expect(readme).toContain(`<!-- docs:${mode}:end -->`);
    }
    const without = readme.replace('<!-- docs:merge:start -->', '');
    expect(() => renderReadme(without, { action, modeInputs: MODE_INPUTS, examples: {} })).toThrow(
      'README.md has no <!-- docs:merge:start --> ... <!-- docs:merge:end --> block',
    );
  });

  test('the tables escape pipes and show defaults as a reader types them', () => {
    const table = inputsTable(action, ['flavor', 'sep-tags', 'github-token', 'attestations']);
    expect(table).toContain('`latest=auto\\|true\\|false`');
    expect(table).toContain('| `sep-tags` | newline |');
    expect(table).toContain('| `github-token` | `${{ github.token }}` |');
    expect(table).toContain('| `attestations` | `keep` |');
  });

  test('the outputs table names only outputs of action.yml, and each of them for some mode', () => {
    const declared = Object.keys(action.outputs).sort();
    const listed = [...new Set(MODES.flatMap((mode) => MODE_OUTPUTS[mode]))].sort();
    expect(listed).toEqual(declared);
  });
});

describe('MODE_OUTPUTS is what each mode sets', () => {
  let registry: TestRegistry;
  let artifacts: ArtifactService;
  beforeAll(async () => {
    [registry, artifacts] = await Promise.all([
      startRegistry({ auth: 'none' }),
      startArtifactService({ repository: 'langgenius/dify' }),
    ]);
  });
  afterAll(async () => Promise.all([registry?.stop(), artifacts?.close()]));

  /** One job on the buildx double, as scripts/pipeline.mjs runs them. */
  function job(name: string) {
    const workdir = mkdtempSync(join(tmpdir(), 'dia-docs-outputs-'));
    const env = {
      ...artifacts.clientEnv('4000000001', name),
      PATH: `${join(ROOT, '__tests__', 'support', 'buildx-double', 'bin')}${delimiter}${process.env['PATH'] ?? ''}`,
      DOCKER_CONFIG: join(workdir, 'docker'),
      BUILDX_DOUBLE_LOG: join(workdir, 'buildx.jsonl'),
      RUNNER_ARCH: 'X64',
    };
    return async (inputs: Record<string, string>) => {
      const result = await runAction({ workdir, env, inputs });
      expect(result.errors, `${name} ${inputs['mode']}`).toEqual([]);
      expect(result.exitCode).toBe(0);
      return Object.keys(result.outputs).sort();
    };
  }

  test('build, export-digest, merge and metadata', async () => {
    const image = `${registry.host}/langgenius/dify-api`;
    const build = job('build');
    const set: Record<string, string[]> = {};
    set['build'] = await build({
      mode: 'build',
      context: join(ROOT, 'examples', 'project', 'api'),
      platform: 'linux/amd64',
      images: image,
    });
    // A call other than build sets its result instead of pushing.
    const check = await job('check')({
      mode: 'build',
      context: join(ROOT, 'examples', 'project', 'api'),
      platform: 'linux/amd64',
      call: 'check',
    });
    set['build'] = [...new Set([...set['build'], ...check])].sort();
    set['export-digest'] = await build({ mode: 'export-digest', context: 'api' });
    set['merge'] = await job('merge')({
      mode: 'merge',
      context: 'api',
      images: image,
      tags: 'type=ref,event=branch',
    });
    set['metadata'] = await job('metadata')({
      mode: 'metadata',
      images: image,
      tags: 'type=ref,event=branch',
    });
    for (const mode of MODES) expect(set[mode], mode).toEqual([...MODE_OUTPUTS[mode]].sort());
  }, 60_000);
});
