import {
  type Descriptor,
  type Document,
  type Platform,
  detectMediaType,
  parseDocument,
} from './descriptor.js';
import { digestMatches } from './digest.js';
import { OciFormatError } from './go-decode.js';
import { isManifest } from './media-types.js';

/**
 * One merge source as fetched by the caller: the registry's descriptor (`mediaType` from the
 * Content-Type, empty when the registry sent none) and the manifest bytes. For a single-platform
 * manifest the caller also reads its config blob (`configDescriptor`) and passes
 * `platformFromConfig(blob)` as `configPlatform`, as buildx does.
 */
export interface Source {
  digest: string;
  mediaType: string;
  size: number;
  bytes: Uint8Array;
  configPlatform?: Platform;
}

export interface ResolvedSource {
  source: Source;
  /** The reported media type, else the one sniffed from the body. */
  mediaType: string;
  document: Document;
}

/** Checks a source's bytes against its digest and size and parses it. */
export function resolveSource(source: Source): ResolvedSource {
  const name = source.digest;
  if (source.bytes.length !== source.size) {
    throw new OciFormatError(`${name}: ${source.bytes.length} bytes, but the descriptor says ${source.size}`);
  }
  if (digestMatches(source.digest, source.bytes) === false) {
    throw new OciFormatError(`${name}: the bytes do not match the digest`);
  }
  const mediaType = source.mediaType !== '' ? source.mediaType : detectMediaType(source.bytes);
  try {
    return { source, mediaType, document: parseDocument(source.bytes, mediaType) };
  } catch (err) {
    throw new OciFormatError(`${name}: ${(err as Error).message}`);
  }
}

/** True for a single-platform manifest whose platform must still be read from its config blob. */
export function needsConfigPlatform(source: Source): boolean {
  if (source.configPlatform !== undefined) return false;
  const mediaType = source.mediaType !== '' ? source.mediaType : detectMediaType(source.bytes);
  return isManifest(mediaType);
}

/** The config blob to fetch for `configPlatform`; undefined when the source is an index. */
export function configDescriptor(source: Source): Descriptor | undefined {
  const { document } = resolveSource(source);
  return document.kind === 'manifest' ? document.manifest.config : undefined;
}

/** The descriptor a single-manifest source contributes: the registry's answer plus its platform. */
export function manifestDescriptor(resolved: ResolvedSource): Descriptor {
  const { source } = resolved;
  if (source.configPlatform === undefined) {
    throw new Error(
      `${source.digest}: a single-platform manifest needs its configPlatform (see needsConfigPlatform)`,
    );
  }
  return {
    mediaType: resolved.mediaType,
    digest: source.digest,
    size: source.size,
    platform: source.configPlatform,
  };
}

/** The descriptors a source contributes to a merge: an index's children, or the manifest itself. */
export function contributedDescriptors(resolved: ResolvedSource): readonly Descriptor[] {
  return resolved.document.kind === 'index'
    ? resolved.document.index.manifests
    : [manifestDescriptor(resolved)];
}
