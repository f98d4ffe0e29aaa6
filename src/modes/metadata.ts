import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveMetadata } from '../github/metadata-sources.js';
import type { MetadataInputs } from '../inputs/metadata.js';
import { readEnvSettings } from '../meta/env-settings.js';
import type { Metadata } from '../meta/metadata.js';
import { bakeDefinition, outputVariable, textOutputs, type BakeKind } from '../meta/outputs.js';
import type { Env, ModeContext } from '../base/ports.js';
import type { ModeResult } from './result.js';

function writeBakeFiles(meta: Metadata, target: string, env: Env): Record<BakeKind, string> {
  const dir = mkdtempSync(join(env['RUNNER_TEMP'] || tmpdir(), 'docker-actions-toolkit-'));
  const file = (kind: BakeKind): string => {
    const path = join(dir, `docker-metadata-action-bake${kind === 'all' ? '' : `-${kind}`}.json`);
    writeFileSync(path, bakeDefinition(meta, kind, target));
    return path;
  };
  return { tags: file('tags'), labels: file('labels'), annotations: file('annotations'), all: file('all') };
}

function summaryOf(meta: Metadata): string {
  const rows = meta.tags.map((t) => `| \`${t}\` |`).join('\n') || '| _no tag generated_ |';
  return `### Image metadata\n\nVersion: \`${meta.version || '(none)'}\`\n\n| Tags |\n|---|\n${rows}\n`;
}

/** The `metadata` mode: docker/metadata-action v6's outputs, bake files and DOCKER_METADATA_OUTPUT_* variables. */
export async function runMetadata(inputs: MetadataInputs, ctx: ModeContext): Promise<ModeResult> {
  const setOutputEnv = readEnvSettings(ctx.env, () => new Date()).setOutputEnv;
  const meta = await resolveMetadata(inputs, ctx);
  if (!meta.version) ctx.log.warning('No Docker image version has been generated. Check tags input.');
  if (meta.tags.length === 0) ctx.log.warning('No Docker tag has been generated. Check tags input.');
  const bake = writeBakeFiles(meta, inputs.bakeTarget, ctx.env);
  const outputs: Record<string, string> = {
    ...textOutputs(meta, {
      tags: inputs.sepTags,
      labels: inputs.sepLabels,
      annotations: inputs.sepAnnotations,
    }),
    'bake-file-tags': bake.tags,
    'bake-file-labels': bake.labels,
    'bake-file-annotations': bake.annotations,
    'bake-file': bake.all,
  };
  await ctx.log.group('Docker metadata', () => {
    for (const [name, value] of Object.entries(outputs)) ctx.log.info(`${name}: ${value}`);
    return Promise.resolve();
  });
  const variables = setOutputEnv
    ? Object.fromEntries(Object.entries(outputs).map(([name, value]) => [outputVariable(name), value]))
    : undefined;
  return { outputs, ...(variables ? { variables } : {}), summary: summaryOf(meta) };
}
