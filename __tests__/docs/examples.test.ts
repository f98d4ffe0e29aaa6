import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseLogins } from '../../src/inputs/login.js';
import { MODES, type Mode } from '../../src/inputs/mode.js';
import { INPUT_NAMES, MODE_INPUTS, type InputName } from '../../src/inputs/names.js';
import { inputsFromRecord, readList } from '../../src/inputs/reader.js';
import { parseFlavor } from '../../src/meta/flavor.js';
import { parseTagRules } from '../../src/meta/tag-rules.js';
import { ROOT } from '../support/paths.js';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on?: unknown;
  jobs?: Record<string, { steps?: Step[] }>;
}

const yamlFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(ROOT, dir, name));

const EXAMPLES = yamlFiles('examples');
const WORKFLOWS = yamlFiles(join('.github', 'workflows'));

/** This action: the repository itself (`./`) or `<owner>/dify-image-action@<ref>`. */
const isThisAction = (uses: string): boolean =>
  /^\.\/?$/.test(uses) || /^[^/@]+\/dify-image-action@/.test(uses);

function actionSteps(file: string): { where: string; step: Step }[] {
  const workflow = parse(readFileSync(file, 'utf8')) as Workflow;
  return Object.entries(workflow.jobs ?? {}).flatMap(([job, { steps = [] }]) =>
    steps
      .map((step, index) => ({ where: `${relative(ROOT, file)} job ${job} step ${index + 1}`, step }))
      .filter(({ step }) => step.uses !== undefined && isThisAction(step.uses)),
  );
}

/** What a workflow expression may stand for in a grammar check: a value every grammar accepts. */
const withoutExpressions = (value: string): string => value.replace(/\$\{\{[^}]*\}\}/g, 'true');

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };

describe.each([...EXAMPLES, ...WORKFLOWS].map((file) => [relative(ROOT, file), file]))(
  '%s',
  (_name, file) => {
    test('is a workflow with jobs', () => {
      const workflow = parse(readFileSync(file, 'utf8')) as Workflow;
      expect(workflow.on).toBeDefined();
      expect(Object.keys(workflow.jobs ?? {}).length).toBeGreaterThan(0);
    });

    test('every other action is pinned by a full commit SHA with its version', () => {
      const lines = readFileSync(file, 'utf8').split('\n');
      const uses = lines.filter((line) => /^\s*(-\s+)?uses:/.test(line));
      for (const line of uses) {
        const ref = /uses:\s*(\S+)/.exec(line)?.[1] ?? '';
        if (isThisAction(ref) || ref.startsWith('docker://')) continue;
        expect(line).toMatch(/uses:\s*[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+\s*$/);
      }
    });
  },
);

// Only the files that use this action have steps of it to check (no test is skipped for the rest).
describe.each(
  [...EXAMPLES, ...WORKFLOWS]
    .filter((file) => actionSteps(file).length > 0)
    .map((file) => [relative(ROOT, file), file]),
)('%s uses this action', (_name, file) => {
  const steps = actionSteps(file);

  test('every step of this action gives only inputs its mode reads', () => {
    for (const { where, step } of steps) {
      const inputs = step.with ?? {};
      for (const key of Object.keys(inputs)) expect(Object.keys(action.inputs), where).toContain(key);
      const mode = inputs['mode'];
      expect(MODES, `${where}: mode`).toContain(mode);
      const reads = MODE_INPUTS[mode as Mode];
      const ignored = Object.keys(inputs).filter(
        (key) => key !== 'mode' && !reads.includes(key as InputName),
      );
      expect(ignored, `${where}: inputs that mode ${String(mode)} never reads`).toEqual([]);
    }
  });

  test('tag rules, flavor and logins follow their grammar', () => {
    for (const { where, step } of steps) {
      const inputs = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([key, value]) => [key, withoutExpressions(String(value))]),
      ) as Partial<Record<InputName, string>>;
      const raw = inputsFromRecord(inputs);
      expect(() => parseTagRules(readList(raw, 'tags', { comments: true })), where).not.toThrow();
      expect(() => parseFlavor(readList(raw, 'flavor', { comments: true })), where).not.toThrow();
      // A password standing for an expression must stay a YAML string.
      const logins = inputsFromRecord({
        ...inputs,
        logins: (inputs.logins ?? '').replace(/\btrue$/gm, 'x'),
      });
      expect(() => parseLogins(logins), where).not.toThrow();
    }
  });
});

/** Every mapping with a `uses:` of this action anywhere in a parsed YAML document. */
function stepsIn(node: unknown): Step[] {
  if (Array.isArray(node)) return node.flatMap(stepsIn);
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const own = typeof record['uses'] === 'string' && isThisAction(record['uses']) ? [record as Step] : [];
  return [...own, ...Object.values(record).flatMap(stepsIn)];
}

describe('README.md', () => {
  const blocks = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map(
    (m) => m[1] ?? '',
  );
  const steps = blocks.flatMap((block) => stepsIn(parse(block)));

  test('its YAML shows steps of this action', () => {
    expect(steps.length).toBeGreaterThan(5);
  });

  test('every step of this action in its YAML gives only inputs its mode reads', () => {
    for (const step of steps) {
      const inputs = step.with ?? {};
      const mode = inputs['mode'] as Mode;
      expect(MODES, JSON.stringify(inputs)).toContain(mode);
      const ignored = Object.keys(inputs).filter(
        (key) => key !== 'mode' && !MODE_INPUTS[mode].includes(key as InputName),
      );
      expect(ignored, `README step ${JSON.stringify(inputs)}`).toEqual([]);
    }
  });
});

describe('the examples', () => {
  test('show every mode', () => {
    const modes = new Set(
      EXAMPLES.flatMap((file) => actionSteps(file).map(({ step }) => step.with?.['mode'])),
    );
    expect([...modes].sort()).toEqual([...MODES].sort());
  });

  test('use only inputs of the input table', () => {
    const known = new Set<string>(INPUT_NAMES);
    const given = EXAMPLES.flatMap((file) =>
      actionSteps(file).flatMap(({ step }) => Object.keys(step.with ?? {})),
    );
    expect(given.filter((key) => !known.has(key))).toEqual([]);
  });
});
