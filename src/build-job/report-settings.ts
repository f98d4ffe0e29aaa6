/**
 * docker/build-push-action's switches for its build summary and build record, read from the
 * environment as it reads them (its README, "environment variables"). Pure: the env is data.
 */
import type { Env } from '../base/ports.js';

export interface ReportSettings {
  /** `DOCKER_BUILD_SUMMARY`: false turns off the summary and the record (as build-push-action). */
  summary: boolean;
  /** `DOCKER_BUILD_RECORD_UPLOAD`: false keeps the summary but uploads no record. */
  upload: boolean;
  /** `DOCKER_BUILD_RECORD_RETENTION_DAYS`; undefined (or 0 there): the repository's setting. */
  retentionDays?: number;
  /** Values that could not be read, for the log. */
  warnings: string[];
}

/** Go's strconv.ParseBool, the grammar of build-push-action's boolean variables. */
const TRUE = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const FALSE = ['0', 'f', 'F', 'FALSE', 'false', 'False'];

/** build-push-action's variables (its README, "environment variables"); both default to on. */
export function reportSettings(env: Env): ReportSettings {
  const warnings: string[] = [];
  const flag = (name: string): boolean => {
    const value = env[name]?.trim() ?? '';
    if (value === '' || TRUE.includes(value)) return true;
    if (FALSE.includes(value)) return false;
    warnings.push(`${name}=${JSON.stringify(value)} is not a boolean; it stays on`);
    return true;
  };
  const settings: ReportSettings = {
    summary: flag('DOCKER_BUILD_SUMMARY'),
    upload: flag('DOCKER_BUILD_RECORD_UPLOAD'),
    warnings,
  };
  const days = env['DOCKER_BUILD_RECORD_RETENTION_DAYS']?.trim() ?? '';
  if (/^\d+$/.test(days)) {
    if (Number(days) > 0) settings.retentionDays = Number(days);
  } else if (days !== '') {
    warnings.push(
      `DOCKER_BUILD_RECORD_RETENTION_DAYS=${JSON.stringify(days)} is not a number of days; the repository's retention applies`,
    );
  }
  return settings;
}
