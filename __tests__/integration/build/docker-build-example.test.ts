import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { runAction } from '../../../scripts/runner.mjs';
import { ROOT } from '../../support/paths.js';
import { startRegistry, type TestRegistry } from '../../support/registry/index.js';

/**
 * examples/docker-build.yml (Dify's pull-request validation) run step by step on the buildx
 * double: every matrix row on an amd64 runner, arm64 through QEMU, nothing pushed, no login.
 */
interface Step {
  name?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
}
interface Workflow {
  jobs: Record<string, { strategy: { matrix: { include: Array<Record<string, string>> } }; steps: Step[] }>;
}

const workflow = parse(readFileSync(join(ROOT, 'examples', 'docker-build.yml'), 'utf8')) as Workflow;
const job = workflow.jobs['build-docker']!;
const rows = job.strategy.matrix.include;

/** `${{ matrix.x }}` and `matrix.x == 'v'`, the only expressions the example uses. */
const expand = (text: string, row: Record<string, string>): string =>
  text.replace(/\$\{\{\s*matrix\.(\w+)\s*\}\}/g, (_, key: string) => row[key] ?? '');
const holds = (condition: string | undefined, row: Record<string, string>): boolean => {
  if (condition === undefined) return true;
  const m = /^matrix\.(\w+) == '([^']*)'$/.exec(condition.trim());
  if (!m) throw new Error(`unsupported condition ${condition}`);
  return row[m[1]!] === m[2];
};

let registry: TestRegistry;
beforeAll(async () => {
  // A registry nobody logs in to: it must see no push.
  registry = await startRegistry({ auth: 'none' });
});
afterAll(() => registry?.stop());

describe('examples/docker-build.yml on the double', () => {
  test.each(rows.map((row) => [`${row['service']} ${row['platform']}`, row] as const))(
    '%s: the Dockerfile is checked, built without a push, nothing recorded',
    async (_name, row) => {
      // The pull request's checkout: the example project stands in for Dify's api/ and web/.
      const workdir = mkdtempSync(join(tmpdir(), 'dia-docker-build-'));
      const workspace = join(workdir, 'workspace');
      mkdirSync(workspace, { recursive: true });
      cpSync(join(ROOT, 'examples', 'project'), workspace, { recursive: true });
      const log = join(workdir, 'buildx.jsonl');
      const env = {
        PATH: `${join(ROOT, '__tests__', 'support', 'buildx-double', 'bin')}${delimiter}${process.env['PATH'] ?? ''}`,
        DOCKER_CONFIG: join(workdir, 'docker'),
        BUILDX_DOUBLE_LOG: log,
        RUNNER_ARCH: 'X64',
      };
      const ours = job.steps.filter((s) => s.uses?.includes('dify-image-action') && holds(s.if, row));
      expect(ours.length).toBe(row['platform'] === 'linux/amd64' ? 2 : 1);
      for (const s of ours) {
        const inputs = Object.fromEntries(
          Object.entries(s.with ?? {}).map(([k, v]) => [k, expand(String(v), row)]),
        );
        const result = await runAction({
          workdir,
          env,
          inputs,
          eventName: 'pull_request',
          ref: 'refs/pull/7/merge',
        });
        expect(result.errors, `${s.name} ${result.stdout.slice(-3000)}`).toEqual([]);
        expect(result.exitCode, s.name).toBe(0);
        expect(existsSync(join(result.temp, 'dify-image-action', 'build-record.json'))).toBe(false);
      }
      const calls = readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { argv: string[] }).argv);
      const builds = calls.filter((argv) => argv[1] === 'build');
      const validation = builds.at(-1)!;
      expect(validation).toContain('type=cacheonly');
      expect(validation.join(' ')).not.toMatch(/push=true|--push|cache-to/);
      if (row['platform'] === 'linux/arm64') {
        // QEMU on the amd64 runner, before the build.
        expect(calls.some((argv) => argv[0] === 'run' && argv.includes('--install'))).toBe(true);
      }
      const catalog = (await (await fetch(`http://${registry.host}/v2/_catalog`)).json()) as {
        repositories: string[];
      };
      expect(catalog.repositories).toEqual([]);
    },
  );
});
