#!/usr/bin/env node
// npm run docs: writes the generated parts of README.md from their sources, between marker
// comments: per mode, the table of its inputs (from action.yml, for the inputs that mode reads
// per MODE_INPUTS in src/inputs/names.ts) and of its outputs (action.yml, MODE_OUTPUTS below);
// and the workflows of examples/ that the README shows in full. The README is then formatted with
// prettier, as `npm run format` would.
//
//   npm run docs               rewrite README.md
//   npm run docs -- --check    exit 1 when README.md is not what this would write
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { parse } from 'yaml';

/** The outputs each mode sets (a test runs every mode and compares). */
export const MODE_OUTPUTS = {
  metadata: [
    'version',
    'tags',
    'tag-names',
    'labels',
    'annotations',
    'json',
    'bake-file-tags',
    'bake-file-labels',
    'bake-file-annotations',
    'bake-file',
  ],
  build: [
    'digest',
    'imageid',
    'metadata',
    'platform',
    'platform-pair',
    'call-result',
    'version',
    'tags',
    'tag-names',
    'labels',
    'annotations',
    'json',
  ],
  'export-digest': ['digest', 'artifact-name', 'artifact-id'],
  merge: ['digest', 'images', 'platforms', 'version', 'tags', 'tag-names', 'labels', 'annotations', 'json'],
};

/** The examples the README shows in full, each between `<!-- docs:example:<file>:start/end -->`. */
export const README_EXAMPLES = ['build-push.yml'];

const cell = (text) => String(text).replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');

function defaultCell(value) {
  if (value === undefined) return '';
  if (value === '\n') return 'newline';
  return `\`${cell(value)}\``;
}

/** The inputs table of one mode: the inputs it reads, in action.yml's order. */
export function inputsTable(action, names) {
  const rows = Object.entries(action.inputs)
    .filter(([name]) => names.includes(name))
    .map(
      ([name, spec]) => `| \`${name}\` | ${defaultCell(spec.default)} | ${cell(spec.description ?? '')} |`,
    );
  return ['| input | default | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The outputs table of one mode, in action.yml's order. */
export function outputsTable(action, names) {
  const rows = Object.entries(action.outputs)
    .filter(([name]) => names.includes(name))
    .map(([name, spec]) => `| \`${name}\` | ${cell(spec.description ?? '')} |`);
  return ['| output | meaning |', '| --- | --- |', ...rows].join('\n');
}

export function modeReference(action, modeInputs, mode) {
  return [
    `Inputs of \`mode: ${mode}\` (an input this mode does not read is ignored):`,
    '',
    inputsTable(action, modeInputs[mode]),
    '',
    `Outputs of \`mode: ${mode}\`:`,
    '',
    outputsTable(action, MODE_OUTPUTS[mode]),
  ].join('\n');
}

function replaceBlock(text, key, body) {
  const start = `<!-- docs:${key}:start -->`;
  const end = `<!-- docs:${key}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} ... ${end} block`);
  return `${text.slice(0, from + start.length)}\n\n${body}\n\n${text.slice(to)}`;
}

/**
 * README text with every generated block rewritten (unformatted).
 * @param {string} readme
 * @param {{ action: any, modeInputs: Record<string, readonly string[]>, examples: Record<string, string> }} sources
 */
export function renderReadme(readme, { action, modeInputs, examples }) {
  let text = readme;
  for (const mode of Object.keys(MODE_OUTPUTS))
    text = replaceBlock(text, mode, modeReference(action, modeInputs, mode));
  for (const [file, content] of Object.entries(examples))
    text = replaceBlock(text, `example:${file}`, `\`\`\`yaml\n${content.trimEnd()}\n\`\`\``);
  return text;
}

/** README.md as `npm run docs` writes it, given the table of the inputs each mode reads. */
export async function generateReadme(root, modeInputs) {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
  const examples = Object.fromEntries(
    README_EXAMPLES.map((file) => [file, readFileSync(join(root, 'examples', file), 'utf8')]),
  );
  const readmePath = join(root, 'README.md');
  const text = renderReadme(readFileSync(readmePath, 'utf8'), { action, modeInputs, examples });
  const options = (await prettier.resolveConfig(readmePath)) ?? {};
  return prettier.format(text, { ...options, filepath: readmePath });
}

/** MODE_INPUTS from src/inputs/names.ts, compiled on the fly (its only import is a type). */
async function loadModeInputs(root) {
  const ts = (await import('typescript')).default;
  const source = readFileSync(join(root, 'src', 'inputs', 'names.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
  return module.MODE_INPUTS;
}

async function cli(argv) {
  const root = resolve(import.meta.dirname, '..');
  const readmePath = join(root, 'README.md');
  const generated = await generateReadme(root, await loadModeInputs(root));
  const current = readFileSync(readmePath, 'utf8');
  if (argv.includes('--check')) {
    if (generated !== current) {
      console.error('README.md is out of date with action.yml, MODE_INPUTS or examples/: run `npm run docs`');
      process.exit(1);
    }
    return;
  }
  if (generated !== current) writeFileSync(readmePath, generated);
  console.log(generated === current ? 'README.md is up to date' : 'README.md rewritten');
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  await cli(process.argv.slice(2));
}
