import { parseAnnotations, type AnnotationSpec } from '../oci/annotations.js';
import type { Platform } from '../oci/descriptor.js';
import { parsePlatform } from '../oci/platform.js';
import { isDigest, parseReference, parseRepository, type ImageReference } from '../oci/reference.js';
import { InputError, quote } from '../base/input-error.js';
import { parseLogins, type RegistryLogin } from './login.js';
import { refuseImageReferences } from './tag-references.js';
import { parseMetadataInputs, type MetadataInputs } from './metadata.js';
import { readBoolean, readList, type RawInputs } from './reader.js';

/** One `sources` line: `image@sha256:...`, or a bare `sha256:...` found in the first image. */
export interface SourceSpec {
  text: string;
  digest: string;
  /** Undefined for a bare digest. */
  repository?: { registry: string; repository: string };
}

export interface MergeInputs {
  metadata: MetadataInputs;
  sources: SourceSpec[];
  attestations: 'keep' | 'strip';
  expectedPlatforms: Platform[];
  /** `index:` and `manifest-descriptor:` annotations of the `annotations` input. */
  annotations: AnnotationSpec[];
  dryRun: boolean;
  logins: RegistryLogin[];
  insecureRegistries: string[];
  /** Glob of the digest artifacts to read; `none` turns the intake off; undefined: the default. */
  pattern?: string;
  /** Another workflow run whose artifacts are read (digits; needs `github-token`). */
  runId?: string;
  /** Narrows the default pattern to `digests-<context>-*`. */
  context?: string;
}

export function parseMergeInputs(raw: RawInputs): MergeInputs {
  const attestations = raw('attestations') || 'keep';
  if (attestations !== 'keep' && attestations !== 'strip') {
    throw new InputError('attestations', `${quote(attestations)} is not a choice`, '"keep" or "strip"');
  }
  refuseImageReferences(raw('tags'));
  const runId = raw('run-id');
  if (runId !== '' && !/^\d+$/.test(runId)) {
    throw new InputError('run-id', `${quote(runId)} is not a run id`, 'the digits of a workflow run id');
  }
  return {
    ...(raw('pattern') !== '' ? { pattern: raw('pattern') } : {}),
    ...(runId !== '' ? { runId } : {}),
    ...(raw('context') !== '' ? { context: raw('context') } : {}),
    metadata: parseMetadataInputs(raw),
    sources: readList(raw, 'sources', { comments: true }).map(parseSource),
    attestations,
    expectedPlatforms: readList(raw, 'expected-platforms', { splitCommas: true }).map((text) => {
      try {
        return parsePlatform(text);
      } catch {
        throw new InputError(
          'expected-platforms',
          `${quote(text)} is not a platform`,
          'os/arch[/variant], e.g. linux/arm64',
        );
      }
    }),
    annotations: indexAnnotations(readList(raw, 'annotations')),
    dryRun: readBoolean(raw, 'dry-run', false),
    logins: parseLogins(raw),
    insecureRegistries: readList(raw, 'insecure-registries', { splitCommas: true }).map((text) => {
      try {
        return parseRepository(`${text}/x`).registry;
      } catch {
        throw new InputError('insecure-registries', `${quote(text)} is not a registry`, 'host[:port]');
      }
    }),
  };
}

function parseSource(text: string): SourceSpec {
  if (isDigest(text)) return { text, digest: text };
  let ref: ImageReference;
  try {
    ref = parseReference(text);
  } catch (error) {
    throw new InputError('sources', (error as Error).message, 'image@sha256:<64 hex> or sha256:<64 hex>');
  }
  if (ref.digest === undefined) {
    throw new InputError(
      'sources',
      `${quote(text)} has no digest`,
      'image@sha256:<64 hex> or sha256:<64 hex>',
    );
  }
  return { text, digest: ref.digest, repository: { registry: ref.registry, repository: ref.repository } };
}

/**
 * The merge writes an index, so only annotations for the index or its descriptors can apply;
 * lines without such a level are for `build` and `metadata` and are ignored here.
 */
function indexAnnotations(lines: string[]): AnnotationSpec[] {
  const typed = lines.filter((line) => /^(index|manifest-descriptor)[^:=]*:/.test(line));
  try {
    return parseAnnotations(typed);
  } catch (error) {
    throw new InputError(
      'annotations',
      (error as Error).message,
      'index:key=value or manifest-descriptor[platform]:key=value',
    );
  }
}
