import { InputError, quote } from '../base/input-error.js';
import type { Env } from '../base/ports.js';
import type { MetaOptions } from './context.js';

/** The DOCKER_METADATA_* switches and the time of the run, read from an env record. */
export interface EnvSettings {
  options: MetaOptions;
  annotationLevels: string[];
  setOutputEnv: boolean;
  /** SOURCE_DATE_EPOCH when set, else the clock: every time the engine writes. */
  now: Date;
  /** Whether `now` came from SOURCE_DATE_EPOCH, for messages. */
  fromSourceDateEpoch: boolean;
}

function envBool(env: Env, name: string, fallback: boolean): boolean {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (/^(true|1)$/i.test(value)) return true;
  if (/^(false|0)$/i.test(value)) return false;
  throw new InputError(name, `${quote(value)} is not a boolean`, '"true" or "false"');
}

/** Validates the switches and SOURCE_DATE_EPOCH before anything is written. */
export function readEnvSettings(env: Env, clock: () => Date): EnvSettings {
  const shaLength = env['DOCKER_METADATA_SHORT_SHA_LENGTH'] || '7';
  if (!/^\d+$/.test(shaLength) || Number(shaLength) < 1) {
    throw new InputError(
      'DOCKER_METADATA_SHORT_SHA_LENGTH',
      `${quote(shaLength)} is not a length`,
      'a positive integer',
    );
  }
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '' && !/^\d+$/.test(epoch)) {
    throw new InputError(
      'SOURCE_DATE_EPOCH',
      `${quote(epoch)} is not a Unix time`,
      'seconds since 1970-01-01 UTC',
    );
  }
  const levels = (env['DOCKER_METADATA_ANNOTATIONS_LEVELS'] || 'manifest')
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    options: {
      prHeadSha: envBool(env, 'DOCKER_METADATA_PR_HEAD_SHA', false),
      shortShaLength: Number(shaLength),
    },
    annotationLevels: levels,
    setOutputEnv: envBool(env, 'DOCKER_METADATA_SET_OUTPUT_ENV', true),
    now: epoch ? new Date(Number(epoch) * 1000) : clock(),
    fromSourceDateEpoch: Boolean(epoch),
  };
}
