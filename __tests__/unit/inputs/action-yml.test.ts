import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { INPUT_DEFAULTS, refuseForeignInputs } from '../../../src/inputs/foreign-inputs.js';
import type { Mode } from '../../../src/inputs/mode.js';
import { INPUT_NAMES, type InputName } from '../../../src/inputs/names.js';
import { inputsFromRecord } from '../../../src/inputs/reader.js';
import { ROOT } from '../../support/paths.js';

interface ActionYml {
  inputs: Record<string, { description?: string; default?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string; post?: string };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('action.yml', () => {
  test('declares exactly the inputs of the input table', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
  });

  test('every declared input is read somewhere in src/', () => {
    const source = sourceFiles(join(ROOT, 'src'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // A read is a call of the input reader (`raw('x')`, `readList(raw, 'x')`, ...), not any mention.
    const reads = new Set(
      [
        ...source.matchAll(/\b(?:raw|readList|readQuotedList|readBoolean|cacheList)\((?:raw, )?'([a-z-]+)'/g),
      ].map((m) => m[1]),
    );
    const unread = INPUT_NAMES.filter((name) => !reads.has(name));
    expect(unread).toEqual([]);
  });

  test('every input and output has a description', () => {
    for (const [name, spec] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)]) {
      expect(spec.description, name).toBeTruthy();
    }
  });

  test('runs the bundle on node24 with a post step', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/index.js' });
  });
});

describe('inputs a mode does not read', () => {
  test("the defaults table is action.yml's (expressions aside)", () => {
    const declared = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([, spec]) => spec.default !== undefined && !String(spec.default).includes('${{'))
        .map(([name, spec]) => [name, String(spec.default)]),
    );
    expect(INPUT_DEFAULTS).toEqual(declared);
  });

  test.each<[Mode, Partial<Record<InputName, string>>, string]>([
    [
      'metadata',
      { attestations: 'strip' },
      'input "attestations": is not read by mode "metadata"; expected it removed, or a mode that reads it (merge)',
    ],
    [
      'metadata',
      { context: 'git' },
      'input "context": is not read by mode "metadata"; expected metadata-action\'s "context" is "metadata-source" here (got "git")',
    ],
    [
      'export-digest',
      { tags: 'type=raw,value=x' },
      'input "tags": is not read by mode "export-digest"; expected it removed, or a mode that reads it (metadata, build, merge)',
    ],
    [
      'merge',
      { push: 'false' },
      'input "push": is not read by mode "merge"; expected it removed, or a mode that reads it (build)',
    ],
  ])('%s with %j is refused', (mode, record, message) => {
    expect(() => refuseForeignInputs(mode, inputsFromRecord(record))).toThrow(message);
  });

  test.each<[Mode, Partial<Record<InputName, string>>]>([
    ['metadata', { 'sep-tags': '\n', push: 'true', 'dry-run': 'false', 'github-token': 'ghs_x' }],
    ['build', { push: 'false', platform: 'linux/amd64' }],
  ])('%s with defaults or its own inputs is fine', (mode, record) => {
    expect(() => refuseForeignInputs(mode, inputsFromRecord(record))).not.toThrow();
  });
});
