import { parseFlavor, type Flavor } from '../meta/flavor.js';
import { parseImages, type ImageEntry } from '../meta/images.js';
import { parseTagRules, type TagRule } from '../meta/tag-rules.js';
import { InputError, quote } from '../base/input-error.js';
import { readList, type RawInputs } from './reader.js';

/** The `metadata` mode's inputs, validated (docker/metadata-action's names; `context` is `metadata-source`). */
export interface MetadataInputs {
  images: ImageEntry[];
  /** Tag rules, sorted by priority. */
  tags: TagRule[];
  flavor: Flavor;
  labels: string[];
  annotations: string[];
  sepTags: string;
  sepLabels: string;
  sepAnnotations: string;
  bakeTarget: string;
  source: 'workflow' | 'git';
  githubToken: string;
}

// The runner trims inputs, so a newline separator arrives empty: empty means the default.
const separator = (value: string): string => (value === '' ? '\n' : value);

export function parseMetadataInputs(raw: RawInputs): MetadataInputs {
  const source = raw('metadata-source') || 'workflow';
  if (source !== 'workflow' && source !== 'git') {
    throw new InputError('metadata-source', `${quote(source)} is not a source`, '"workflow" or "git"');
  }
  const bakeTarget = raw('bake-target') || 'docker-metadata-action';
  if (/\s/.test(bakeTarget))
    throw new InputError('bake-target', `${quote(bakeTarget)} contains spaces`, 'a bake target name');
  return {
    images: parseImages(readList(raw, 'images', { comments: true })),
    tags: parseTagRules(readList(raw, 'tags', { comments: true })),
    flavor: parseFlavor(readList(raw, 'flavor', { comments: true })),
    labels: readList(raw, 'labels'),
    annotations: readList(raw, 'annotations'),
    sepTags: separator(raw('sep-tags')),
    sepLabels: separator(raw('sep-labels')),
    sepAnnotations: separator(raw('sep-annotations')),
    bakeTarget,
    source,
    githubToken: raw('github-token'),
  };
}
