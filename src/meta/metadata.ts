import { InputError, quote } from '../base/input-error.js';
import { effectiveSha, globalScope, type MetaContext, type MetaOptions, type RepoInfo } from './context.js';
import type { Flavor } from './flavor.js';
import type { ImageEntry } from './images.js';
import { annotationsWithLevels, defaultOciEntries, mergeEntries } from './labels.js';
import type { TagRule } from './tag-rules.js';
import type { Scope } from './template.js';
import { computeVersion, sanitizeTag, type Version } from './version.js';

/** Everything the engine needs besides the event: the parsed inputs and DOCKER_METADATA_* switches. */
export interface MetaSettings {
  images: readonly ImageEntry[];
  rules: readonly TagRule[];
  flavor: Flavor;
  labels: readonly string[];
  annotations: readonly string[];
  /** DOCKER_METADATA_ANNOTATIONS_LEVELS, split (default `manifest`). */
  annotationLevels: readonly string[];
  options: MetaOptions;
}

/** The computed metadata, as data; outputs and bake files are derived from it. */
export interface Metadata {
  /** The first tag, or '' when no rule produced one. */
  version: string;
  /** Every tag as a full reference (`image:tag`), image by image; bare tags when `images` is empty. */
  tags: string[];
  /** The tag names without image. */
  tagNames: string[];
  /** The enabled image names, lower-cased. */
  images: string[];
  labels: Record<string, string>;
  /** Annotations with their level prefix (`manifest:key=value`). */
  annotations: string[];
  annotationLevels: string[];
  /** ISO time used for `org.opencontainers.image.created`. */
  created: string;
  /** Non-fatal notes (e.g. a tag that is not semver). */
  warnings: string[];
}

function tagNamesOf(version: Version, flavor: Flavor): string[] {
  if (!version.main) return [];
  const names = [version.main, ...version.partial];
  if (version.latest) {
    const latest = `${flavor.prefixLatest ? flavor.prefix : ''}latest${flavor.suffixLatest ? flavor.suffix : ''}`;
    names.push(sanitizeTag(latest));
  }
  return names;
}

function entries(input: 'labels' | 'annotations', build: () => [string, string][]): [string, string][] {
  try {
    return build();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      input,
      `cannot evaluate an expression (${(error as Error).message})`,
      'valid {{...}} expressions',
    );
  }
}

/** Computes tags, labels and annotations from the inputs, the event and the repository, as metadata-action v6. */
export function computeMetadata(
  settings: MetaSettings,
  ctx: MetaContext,
  repo: RepoInfo,
  now: Date,
): Metadata {
  const warnings: string[] = settings.rules.flatMap((rule) =>
    rule.ignored.map(
      (key) =>
        `input "tags": ${quote(rule.source)} has unknown attribute ${quote(key)}, ignored (as docker/metadata-action does)`,
    ),
  );
  const scope: Scope = globalScope(ctx, repo, settings.options, now);
  const version = computeVersion(
    { rules: settings.rules, flavor: settings.flavor, ctx, repo, options: settings.options, scope },
    warnings,
  );
  const tagNames = tagNamesOf(version, settings.flavor);
  const images = settings.images.filter((i) => i.enable).map((i) => i.name);
  const tags =
    images.length > 0
      ? images.flatMap((image) => tagNamesOf(version, settings.flavor).map((t) => `${image}:${t}`))
      : [...tagNames];
  const defaults = defaultOciEntries({
    repo,
    version: version.main,
    created: now,
    revision: effectiveSha(ctx, settings.options),
  });
  const labels = entries('labels', () => mergeEntries(defaults, settings.labels, scope));
  const annotationEntries = entries('annotations', () => mergeEntries(defaults, settings.annotations, scope));
  for (const level of settings.annotationLevels) {
    if (!/^[a-z-]+(\[[^\]]*\])?$/.test(level)) {
      throw new InputError(
        'DOCKER_METADATA_ANNOTATIONS_LEVELS',
        `${quote(level)} is not a level`,
        'manifest, index, manifest-descriptor or index-descriptor, comma separated',
      );
    }
  }
  return {
    version: version.main ?? '',
    tags,
    tagNames,
    images,
    labels: Object.fromEntries(labels),
    annotations: annotationsWithLevels(annotationEntries, settings.annotationLevels),
    annotationLevels: [...settings.annotationLevels],
    created: now.toISOString(),
    warnings,
  };
}
