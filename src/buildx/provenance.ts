import type { BuildEnvironment } from './build-args.js';
import { parseCsvRecord } from './csv.js';
import { csvField } from './csv-field.js';

/*
 * The default provenance of docker/build-push-action (`getProvenanceInput`): a public repository
 * gets `mode=max`, a private one `mode=min,inline-only=true`, each with the workflow run as
 * builder id; none for a docker exporter or with BUILDX_NO_DEFAULT_ATTESTATIONS.
 */

/** Go's strconv.ParseBool truth values, as buildx and actions-toolkit read env switches. */
export function parseGoBool(value: string | undefined): boolean {
  return ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value ?? '');
}

export function workflowRunUrl(e: BuildEnvironment): string {
  const base = `${e.serverUrl.replace(/\/$/, '')}/${e.repository}/actions/runs/${e.runId ?? '0'}`;
  return e.runAttempt ? `${base}/attempts/${e.runAttempt}` : base;
}

function withBuilderId(attrs: string, e: BuildEnvironment): string {
  const fields = parseCsvRecord(attrs);
  if (fields.some((f) => f.startsWith('builder-id='))) return attrs;
  return [...fields.map(csvField), `builder-id=${workflowRunUrl(e)}`].join(',');
}

function hasDockerExporter(outputs: readonly string[]): boolean {
  return outputs.some((o) => {
    const fields = parseCsvRecord(o);
    return fields.includes('type=docker') || o === '-' || (!o.includes('=') && o !== '');
  });
}

/** The `--provenance` value, or undefined for no flag (build-push-action `getProvenanceInput`). */
export function provenanceValue(
  input: string | undefined,
  outputs: readonly string[],
  e: BuildEnvironment,
): string | undefined {
  const value = (input ?? '').trim();
  if (value === '') {
    if (parseGoBool(e.env.BUILDX_NO_DEFAULT_ATTESTATIONS) || hasDockerExporter(outputs)) return undefined;
    return e.repositoryPrivate === false
      ? withBuilderId('mode=max', e)
      : withBuilderId('mode=min,inline-only=true', e);
  }
  if (['true', 'True', 'TRUE'].includes(value)) return `builder-id=${workflowRunUrl(e)}`;
  if (['false', 'False', 'FALSE'].includes(value)) return 'false';
  return withBuilderId(value, e);
}
