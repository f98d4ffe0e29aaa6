import { InputError } from '../base/input-error.js';
import type { Env } from '../base/ports.js';
import type { BuildInputs } from '../inputs/build.js';

/**
 * With `reproducible`, the layers and the image config carry SOURCE_DATE_EPOCH: the one given,
 * else the commit's time, so that two builds of one commit push one digest.
 */
export function withSourceDateEpoch(inputs: BuildInputs, env: Env, commitDate: Date | undefined): Env {
  if (!inputs.reproducible || env['SOURCE_DATE_EPOCH']) return env;
  if (commitDate === undefined) {
    throw new InputError(
      'reproducible',
      'is true but no commit time is known (no SOURCE_DATE_EPOCH, no head commit in the event)',
      'SOURCE_DATE_EPOCH set in the environment',
    );
  }
  return { ...env, SOURCE_DATE_EPOCH: String(Math.floor(commitDate.getTime() / 1000)) };
}
