/**
 * Digest artifact names: the default `digests-<context>-<platform-pair>` of Docker's recipe, the
 * characters the artifact service refuses, and the glob a merge uses to find its artifacts.
 */
import { minimatch } from 'minimatch';

export const DIGEST_ARTIFACT_PREFIX = 'digests-';

/**
 * Characters @actions/artifact refuses in an artifact name before any request
 * (actions/toolkit packages/artifact/src/internal/upload/path-and-artifact-name-validation.ts).
 */
const FORBIDDEN: ReadonlyMap<string, string> = new Map([
  ['"', 'double quote "'],
  [':', 'colon :'],
  ['<', 'less than <'],
  ['>', 'greater than >'],
  ['|', 'vertical bar |'],
  ['*', 'asterisk *'],
  ['?', 'question mark ?'],
  ['\r', 'carriage return \\r'],
  ['\n', 'line feed \\n'],
  ['\\', 'backslash \\'],
  ['/', 'forward slash /'],
]);

/** `linux/arm/v7` -> `linux-arm-v7`, the recipe's `${platform//\//-}`. */
export function platformPair(platform: string): string {
  return platform.replace(/\//g, '-');
}

/**
 * A context as it appears in a name: `./api/` -> `api`, `web/app` -> `web-app`; `.` or empty
 * means no context. Characters the service refuses become `-`.
 */
export function contextLabel(context: string | undefined): string | undefined {
  if (context === undefined) return undefined;
  const trimmed = context
    .trim()
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '');
  if (trimmed === '' || trimmed === '.') return undefined;
  let label = '';
  for (const ch of trimmed) label += FORBIDDEN.has(ch) || /\s/.test(ch) ? '-' : ch;
  return label.replace(/-+/g, '-');
}

/** `digests-<context>-<platform-pair>`, or `digests-<platform-pair>` without a context. */
export function defaultArtifactName(platform: string, context?: string): string {
  const label = contextLabel(context);
  return `${DIGEST_ARTIFACT_PREFIX}${label === undefined ? '' : `${label}-`}${platformPair(platform)}`;
}

/** What is wrong with an artifact name for the service, or undefined when it is acceptable. */
export function artifactNameProblem(name: string): string | undefined {
  if (name === '') return 'the name is empty';
  const bad = [...new Set([...name].filter((ch) => FORBIDDEN.has(ch)))];
  if (bad.length > 0) {
    return `the name contains ${bad.map((ch) => FORBIDDEN.get(ch)).join(', ')}, which the artifact service refuses`;
  }
  return undefined;
}

/** The glob a merge uses by default: `digests-*`, or `digests-<context>-*` with a context. */
export function defaultArtifactPattern(context?: string): string {
  const label = contextLabel(context);
  return `${DIGEST_ARTIFACT_PREFIX}${label === undefined ? '' : `${label}-`}*`;
}

/** Whether an artifact name matches a glob, as download-artifact's `pattern` matches (minimatch). */
export function matchesArtifactPattern(name: string, pattern: string): boolean {
  return minimatch(name, pattern);
}
