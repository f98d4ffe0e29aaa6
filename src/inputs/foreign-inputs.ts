import { InputError, quote } from '../base/input-error.js';
import { DEFAULT_QEMU_IMAGE } from './builder.js';
import type { Mode } from './mode.js';
import { INPUT_NAMES, MODE_INPUTS, type InputName } from './names.js';
import type { RawInputs } from './reader.js';

/**
 * The defaults action.yml declares. The runner sets every input that has one, given or not, so
 * only a value other than the default was written in the workflow. (`github-token` defaults to an
 * expression the runner fills in: it cannot be told apart and is never refused.)
 */
export const INPUT_DEFAULTS: Partial<Record<InputName, string>> = {
  'sep-tags': '\n',
  'sep-labels': '\n',
  'sep-annotations': '\n',
  'bake-target': 'docker-metadata-action',
  'metadata-source': 'workflow',
  'no-cache': 'false',
  pull: 'false',
  push: 'true',
  load: 'false',
  reproducible: 'false',
  'retention-days': '1',
  attestations: 'keep',
  'dry-run': 'false',
  'qemu-image': DEFAULT_QEMU_IMAGE,
};

const UNTELLABLE: ReadonlySet<InputName> = new Set(['github-token']);

/**
 * Refuses an input the mode never reads: a line that would silently do nothing is a mistake in
 * the workflow (a typo'd mode, a line moved to the wrong step).
 */
export function refuseForeignInputs(mode: Mode, raw: RawInputs): void {
  const reads = new Set<InputName>(MODE_INPUTS[mode]);
  for (const name of INPUT_NAMES) {
    if (name === 'mode' || reads.has(name) || UNTELLABLE.has(name)) continue;
    const value = raw(name);
    if (value === '' || value === INPUT_DEFAULTS[name]) continue;
    const readers = (Object.keys(MODE_INPUTS) as Mode[]).filter((m) => MODE_INPUTS[m].includes(name));
    const hint =
      mode === 'metadata' && name === 'context'
        ? `metadata-action's "context" is "metadata-source" here (got ${quote(value)})`
        : `it removed, or a mode that reads it (${readers.join(', ') || 'none'})`;
    throw new InputError(name, `is not read by mode "${mode}"`, hint);
  }
}
