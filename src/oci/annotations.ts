import type { Descriptor, Platform } from './descriptor.js';
import { formatPlatform, parsePlatform } from './platform.js';

/**
 * `imagetools create --annotation` specs (`docker/buildx:util/buildflags/export.go`
 * `ParseAnnotations`; types from `moby/buildkit:exporter/containerimage/exptypes/annotations.go`):
 * `type[,type...][platform]:key=value`. Only `index` and `manifest-descriptor` can apply to a
 * merged index; buildx rejects the others when it builds one, we reject them while parsing so
 * that bad input fails before anything is fetched or pushed.
 */
export type AnnotationTarget = 'index' | 'manifest-descriptor';

export interface AnnotationSpec {
  /** The spec as the user wrote it, to name it in warnings. */
  text: string;
  target: AnnotationTarget;
  /** `manifest-descriptor[linux/arm64]`: only descriptors of this platform. */
  platform?: Platform;
  key: string;
  value: string;
}

const TYPE = /^([a-z-]+)(?:\[([A-Za-z0-9_/-]+)\])?$/;

/**
 * Parses one spec into one entry per type. Throws a plain Error whose message is buildx's own
 * wording where buildx has one (the caller wraps it in an InputError).
 */
export function parseAnnotation(text: string): AnnotationSpec[] {
  const eq = text.indexOf('=');
  if (eq < 0) throw new Error(`invalid annotation ${JSON.stringify(text)}, expected key=value`);
  const left = text.slice(0, eq);
  const value = text.slice(eq + 1);
  const colon = left.indexOf(':');
  // No type at all: buildx accepts it while parsing, then refuses to build the index with it.
  if (colon < 0) throw new Error(`"" annotations are not supported yet`);
  const key = left.slice(colon + 1);
  if (key === '') throw new Error(`invalid annotation ${JSON.stringify(text)}, expected a non-empty key`);
  return left
    .slice(0, colon)
    .split(',')
    .map((typeAndPlatform) => {
      const m = TYPE.exec(typeAndPlatform);
      if (m === null) {
        throw new Error(
          `invalid annotation type ${JSON.stringify(typeAndPlatform)}, expected type and optional platform in square brackets`,
        );
      }
      const type = m[1]!;
      const target = checkType(type);
      const spec: AnnotationSpec = { text, target, key, value };
      if (m[2] !== undefined) {
        try {
          spec.platform = parsePlatform(m[2]);
        } catch (err) {
          throw new Error(`invalid platform ${JSON.stringify(m[2])}: ${(err as Error).message}`);
        }
      }
      return spec;
    });
}

function checkType(type: string): AnnotationTarget {
  switch (type) {
    case 'index':
    case 'manifest-descriptor':
      return type;
    case 'manifest':
      throw new Error(`"manifest" annotations are not supported yet`);
    case 'index-descriptor':
      throw new Error(`"index-descriptor" annotations are invalid while creating an image`);
    default:
      throw new Error(`unknown annotation type ${JSON.stringify(type)}`);
  }
}

/** Parses a list of specs; empty lines are skipped as buildx skips empty flags. */
export function parseAnnotations(texts: readonly string[]): AnnotationSpec[] {
  return texts.filter((t) => t !== '').flatMap(parseAnnotation);
}

export interface AppliedAnnotations {
  index: Record<string, string>;
  manifests: Descriptor[];
}

/**
 * Applies specs to an OCI index being built. Later specs override earlier ones for the same key
 * (buildx walks a Go map here, so its order for a key set twice is random; ours is the flag order).
 * A platform-scoped spec matches a descriptor whose platform formats the same, as buildx compares
 * `platforms.Format` strings (the descriptor's platform is not normalized first).
 */
export function applyAnnotations(
  manifests: readonly Descriptor[],
  specs: readonly AnnotationSpec[],
): AppliedAnnotations {
  const index: Record<string, string> = {};
  const out = manifests.map((d) => ({ ...d, annotations: { ...d.annotations } }));
  for (const spec of specs) {
    if (spec.target === 'index') {
      index[spec.key] = spec.value;
      continue;
    }
    const wanted = spec.platform === undefined ? undefined : formatPlatform(spec.platform);
    for (const d of out) {
      if (wanted === undefined || (d.platform !== undefined && formatPlatform(d.platform) === wanted)) {
        d.annotations[spec.key] = spec.value;
      }
    }
  }
  return { index, manifests: out.map(dropEmptyAnnotations) };
}

function dropEmptyAnnotations(d: Descriptor): Descriptor {
  if (d.annotations === undefined || Object.keys(d.annotations).length > 0) return d;
  const { annotations: _unused, ...rest } = d;
  return rest;
}
