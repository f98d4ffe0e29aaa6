import type { RepoInfo } from './context.js';
import { render, type Scope } from './template.js';

/** What the eight default `org.opencontainers.image.*` entries are computed from. */
export interface LabelSource {
  repo: RepoInfo;
  version: string | undefined;
  created: Date;
  revision: string;
}

/** The eight OCI defaults, in docker/metadata-action's order (before sorting). */
export function defaultOciEntries(src: LabelSource): [string, string][] {
  return [
    ['org.opencontainers.image.title', src.repo.name],
    ['org.opencontainers.image.description', src.repo.description],
    ['org.opencontainers.image.url', src.repo.htmlUrl],
    ['org.opencontainers.image.source', src.repo.htmlUrl],
    ['org.opencontainers.image.version', src.version ?? ''],
    ['org.opencontainers.image.created', src.created.toISOString()],
    ['org.opencontainers.image.revision', src.revision],
    ['org.opencontainers.image.licenses', src.repo.license],
  ];
}

/**
 * Merges the defaults with the user's lines (`key=value`, or `name=<key>,value=<v>,enable=false`
 * to drop an entry), expressions evaluated, later entries winning, sorted by key; lines without
 * `=` are ignored, as in docker/metadata-action.
 */
export function mergeEntries(
  defaults: [string, string][],
  extra: readonly string[],
  scope: Scope,
): [string, string][] {
  const map = new Map<string, string>(defaults);
  for (const line of extra) {
    const structured = /^name=/.test(line) ? structuredEntry(line) : undefined;
    if (structured) {
      if (!structured.enable) map.delete(structured.name);
      else map.set(structured.name, render(structured.value, scope));
      continue;
    }
    const text = render(line, scope);
    const eq = text.indexOf('=');
    if (eq < 0) continue;
    map.set(text.slice(0, eq), text.slice(eq + 1));
  }
  return sortByKey([...map.entries()]);
}

/**
 * Keys made of `a-z`, `0-9`, `.` and `-` only collate in code-point order under the root
 * collation `localeCompare` uses (`-` < `.` < digits < letters, no case or accents to weigh), so
 * they are compared directly: the first `localeCompare` call loads ICU's collator (~8 ms of a
 * step's start-up). Any other key keeps `localeCompare`.
 */
function sortByKey(entries: [string, string][]): [string, string][] {
  if (entries.every(([key]) => /^[a-z0-9.-]*$/.test(key))) {
    return entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
  return entries.sort((a, b) => a[0].localeCompare(b[0]));
}

function structuredEntry(line: string): { name: string; value: string; enable: boolean } | undefined {
  const entry = { name: '', value: '', enable: true };
  for (const field of line.split(',')) {
    const eq = field.indexOf('=');
    if (eq < 0) return undefined;
    const key = field.slice(0, eq).trim();
    const value = field.slice(eq + 1).trim();
    if (key === 'name') entry.name = value;
    else if (key === 'value') entry.value = value;
    else if (key === 'enable' && (value === 'true' || value === 'false')) entry.enable = value === 'true';
    else return undefined;
  }
  return entry.name ? entry : undefined;
}

/** Levels a custom annotation may name itself (`index:key=value`), per buildx `--annotation`. */
const LEVEL_PREFIX =
  /^(?:manifest|index|manifest-descriptor|index-descriptor)(?:\[[^\]]*\])?(?:,(?:manifest|index|manifest-descriptor|index-descriptor)(?:\[[^\]]*\])?)*:/;

/** Prefixes each annotation with each level; an annotation that names its own level keeps it. */
export function annotationsWithLevels(entries: [string, string][], levels: readonly string[]): string[] {
  const own = entries.filter(([key]) => LEVEL_PREFIX.test(key)).map(([k, v]) => `${k}=${v}`);
  const plain = entries.filter(([key]) => !LEVEL_PREFIX.test(key));
  return [...levels.flatMap((level) => plain.map(([k, v]) => `${level}:${k}=${v}`)), ...own];
}
