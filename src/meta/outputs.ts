import type { Metadata } from './metadata.js';

/** Separators of the list outputs (`sep-tags`, `sep-labels`, `sep-annotations`). */
export interface Separators {
  tags: string;
  labels: string;
  annotations: string;
}

/** The step outputs metadata-action sets before its bake files, in its order. */
export function textOutputs(meta: Metadata, sep: Separators): Record<string, string> {
  return {
    version: meta.version,
    tags: meta.tags.join(sep.tags),
    'tag-names': meta.tagNames.join(sep.tags),
    labels: Object.entries(meta.labels)
      .map(([k, v]) => `${k}=${v}`)
      .join(sep.labels),
    annotations: meta.annotations.join(sep.annotations),
    json: JSON.stringify({
      tags: meta.tags,
      'tag-names': meta.tagNames,
      labels: meta.labels,
      annotations: meta.annotations,
    }),
  };
}

export type BakeKind = 'tags' | 'labels' | 'annotations' | 'all';

/**
 * The bake definition files' content (https://docs.docker.com/build/bake/reference/): one target
 * named `bake-target` holding tags (and DOCKER_META_* args), labels, annotations, or tags and labels.
 */
export function bakeDefinition(meta: Metadata, kind: BakeKind, target: string): string {
  const args = { DOCKER_META_IMAGES: meta.images.join(','), DOCKER_META_VERSION: meta.version || undefined };
  const body =
    kind === 'tags'
      ? { tags: meta.tags, args }
      : kind === 'labels'
        ? { labels: meta.labels }
        : kind === 'annotations'
          ? { annotations: meta.annotations }
          : { tags: meta.tags, labels: meta.labels, args };
  return JSON.stringify({ target: { [target]: body } }, null, 2);
}

/** The DOCKER_METADATA_OUTPUT_<NAME> variable of an output. */
export function outputVariable(name: string): string {
  return `DOCKER_METADATA_OUTPUT_${name.replace(/\W/g, '_').toUpperCase()}`;
}
