import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { INPUT_NAMES } from '../../../src/inputs/names.js';
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
