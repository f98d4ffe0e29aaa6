import { InputError, quote } from '../base/input-error.js';
import { parseCsvRecord } from './csv.js';
import { csvField } from './csv-field.js';

/**
 * What a build exports: this action's push by digest, a validation build's cache-only run, or the
 * outputs the workflow names; checked against \`push\` before anything runs.
 */
export interface OutputChoice {
  images: readonly string[];
  /** Push by digest (default), or build without pushing. */
  push?: boolean;
  load?: boolean;
  reproducible?: boolean;
  /** undefined: the default push-by-digest image output. */
  outputs?: readonly string[];
}

export function defaultOutput(images: readonly string[]): string {
  return [
    'type=image',
    csvField(`name=${images.join(',')}`),
    'push-by-digest=true',
    'name-canonical=true',
    'push=true',
  ].join(',');
}

const isPushing = (output: string): boolean => {
  const f = parseCsvRecord(output);
  return (
    f.includes('type=registry') ||
    ((f.includes('type=image') || f.includes('type=oci')) && f.includes('push=true'))
  );
};

function validatePushOutputs(outputs: readonly string[]): void {
  const byDigest = outputs.some((o) => {
    const f = parseCsvRecord(o);
    return isPushing(o) && f.includes('push-by-digest=true');
  });
  if (!byDigest) {
    throw new InputError(
      'outputs',
      `${quote(outputs.join('; '))} does not push by digest`,
      'an image output with push-by-digest=true and push=true (or leave outputs empty)',
    );
  }
}

function validateLocalOutputs(outputs: readonly string[]): void {
  const pushing = outputs.find(isPushing);
  if (pushing !== undefined) {
    throw new InputError(
      'outputs',
      `${quote(pushing)} pushes while push is false`,
      'outputs that stay on the runner (type=docker, type=oci,dest=…, type=local,dest=…, type=cacheonly)',
    );
  }
}

/**
 * What the build exports: `undefined` for no `--output` flag. A push by digest by default; a
 * validation build keeps nothing but the cache (`type=cacheonly`: no export, no warning) unless
 * it loads or names its outputs; a `--call` other than `build` exports nothing.
 */
export function planOutputs(o: OutputChoice, evaluating: boolean): string[] | undefined {
  if (evaluating) return undefined;
  let outputs: string[];
  if (o.push !== false) {
    outputs = [...(o.outputs ?? [defaultOutput(o.images)])];
    if (o.outputs !== undefined) validatePushOutputs(outputs);
  } else if (o.outputs !== undefined) {
    validateLocalOutputs(o.outputs);
    outputs = [...o.outputs];
  } else if (o.load) {
    return undefined;
  } else {
    outputs = ['type=cacheonly'];
  }
  if (!o.reproducible) return outputs;
  return outputs.map((out) => {
    const f = parseCsvRecord(out);
    const exportsImage = ['type=image', 'type=registry', 'type=oci', 'type=docker'].some((t) =>
      f.includes(t),
    );
    return exportsImage && !f.some((x) => x.startsWith('rewrite-timestamp='))
      ? `${out},rewrite-timestamp=true`
      : out;
  });
}
