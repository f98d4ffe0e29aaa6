import { type AnnotationSpec, applyAnnotations } from './annotations.js';
import { isAttestation } from './attestations.js';
import type { Descriptor } from './descriptor.js';
import { sha256Digest } from './digest.js';
import { encodeIndex } from './index-json.js';
import { MediaType, isDockerType } from './media-types.js';
import { type Source, contributedDescriptors, manifestDescriptor, resolveSource } from './source.js';

/**
 * What `docker buildx imagetools create` computes before it pushes (docker/buildx v0.28
 * `util/imagetools/create.go` `Combine`), as a pure function: sources in, index bytes out.
 *
 * `--append` needs nothing special: the index (or manifest) the tag holds is simply the first
 * source, so its entries come first and the new sources' entries are merged after them.
 */
export interface CombineOptions {
  /** Parsed `--annotation` specs (`parseAnnotations`). */
  annotations?: readonly AnnotationSpec[];
  /** buildx `--prefer-index` (default true): wrap a single manifest source in an index. */
  preferIndex?: boolean;
  /** `strip` removes attestation manifests (an addition of ours; buildx always keeps them). */
  attestations?: 'keep' | 'strip';
}

export interface CombineResult {
  /** What to push under the tags: the new index, or the source itself when `passthrough`. */
  bytes: Uint8Array;
  /** `sha256:<hex>` of `bytes`. */
  digest: string;
  mediaType: string;
  size: number;
  /** The entries of the pushed index (for a passthrough manifest: its own descriptor). */
  manifests: Descriptor[];
  /** True when a source is pushed unchanged: one index, or one manifest with preferIndex=false. */
  passthrough: boolean;
  /** Annotation specs that did not apply because the result is a Docker list (warn about them). */
  droppedAnnotations: string[];
}

export function combineSources(sources: readonly Source[], options: CombineOptions = {}): CombineResult {
  if (sources.length === 0) throw new Error('no sources to combine');
  const specs = options.annotations ?? [];
  const preferIndex = options.preferIndex ?? true;
  const strip = options.attestations === 'strip';
  const resolved = sources.map(resolveSource);

  // buildx: one source and no annotations -> an index is pushed as is, a manifest too when no
  // index is preferred. With `strip`, a single index that holds attestations cannot be pushed as
  // is (the user asked for a tag without them), so it is rebuilt from its image entries and gets
  // a new digest; one with nothing to strip still keeps the build's digest. Stripping never turns
  // the result into a bare manifest, even when one image remains: `prefer-index` concerns only a
  // single manifest source, as in buildx, and the tag keeps the index shape the build gave it.
  const only = resolved.length === 1 && specs.length === 0 ? resolved[0] : undefined;
  if (only !== undefined) {
    const { source, document } = only;
    const unchanged = {
      bytes: source.bytes,
      digest: source.digest,
      mediaType: only.mediaType,
      size: source.size,
      passthrough: true,
      droppedAnnotations: [],
    };
    if (document.kind === 'index' && !(strip && document.index.manifests.some(isAttestation))) {
      return { ...unchanged, manifests: [...document.index.manifests] };
    }
    if (document.kind === 'manifest' && !preferIndex) {
      return { ...unchanged, manifests: [manifestDescriptor(only)] };
    }
  }

  let manifests = flatten(resolved.flatMap(contributedDescriptors));
  if (strip) manifests = manifests.filter((d) => !isAttestation(d));
  if (manifests.length === 0) throw new Error('no image manifests left to put in the index');

  // A Docker list only when every entry is a Docker type; annotations exist only on OCI indexes,
  // and buildx drops them silently on a Docker list (we report them so the caller can warn).
  const docker = manifests.every((d) => isDockerType(d.mediaType));
  let indexAnnotations: Record<string, string> = {};
  let droppedAnnotations: string[] = [];
  if (docker) {
    droppedAnnotations = [...new Set(specs.map((s) => s.text))];
  } else {
    const applied = applyAnnotations(manifests, specs);
    manifests = applied.manifests;
    indexAnnotations = applied.index;
  }
  const mediaType = docker ? MediaType.dockerList : MediaType.ociIndex;
  const bytes = Buffer.from(
    encodeIndex({ schemaVersion: 2, mediaType, manifests, annotations: indexAnnotations }),
    'utf8',
  );
  return {
    bytes,
    digest: sha256Digest(bytes),
    mediaType,
    size: bytes.length,
    manifests,
    passthrough: false,
    droppedAnnotations,
  };
}

/**
 * buildx's `addDesc`: the first occurrence of a digest keeps its position; a repeat fills a
 * missing media type, replaces the platform when it has one, and adds its annotations.
 */
function flatten(descriptors: readonly Descriptor[]): Descriptor[] {
  const out: Descriptor[] = [];
  const at = new Map<string, number>();
  for (const d of descriptors) {
    const i = at.get(d.digest);
    if (i === undefined) {
      at.set(d.digest, out.length);
      out.push(d);
      continue;
    }
    const old = out[i]!;
    const merged: Descriptor = { ...old, mediaType: old.mediaType !== '' ? old.mediaType : d.mediaType };
    if (d.platform !== undefined) merged.platform = d.platform;
    const annotations = { ...old.annotations, ...d.annotations };
    if (Object.keys(annotations).length > 0) merged.annotations = annotations;
    out[i] = merged;
  }
  return out;
}
