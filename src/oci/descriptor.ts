import { isDigest } from './digest.js';
import {
  OciFormatError,
  goFields,
  goString,
  goStringMap,
  goStrings,
  isObject,
  parseJsonObject,
} from './go-decode.js';
import { MediaType, isIndex, isManifest, isSchema1 } from './media-types.js';

/**
 * OCI image-spec v1.1 types (`opencontainers/image-spec:specs-go/v1/descriptor.go`, `index.go`,
 * `manifest.go`), holding only the fields Go's structs hold: buildx decodes into those structs and
 * re-encodes them, so anything else in a source document disappears from the merged index.
 */
export interface Platform {
  architecture: string;
  os: string;
  /** JSON `os.version` */
  osVersion?: string;
  /** JSON `os.features` */
  osFeatures?: readonly string[];
  variant?: string;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  urls?: readonly string[];
  annotations?: Readonly<Record<string, string>>;
  /** base64, as in the JSON */
  data?: string;
  platform?: Platform;
  artifactType?: string;
}

export interface Index {
  schemaVersion: number;
  mediaType: string;
  manifests: readonly Descriptor[];
  annotations?: Readonly<Record<string, string>>;
}

export interface Manifest {
  schemaVersion: number;
  mediaType: string;
  config: Descriptor;
  layers: readonly Descriptor[];
  annotations?: Readonly<Record<string, string>>;
}

/**
 * The media type of a manifest document as buildx sniffs it when the registry did not say
 * (`util/imagetools/create.go` `detectMediaType`): its `mediaType` field, else `config` present
 * means a Docker schema 2 manifest, `fsLayers` means schema 1, and anything else a Docker list.
 */
export function detectMediaType(bytes: Uint8Array): string {
  const doc = parseJsonObject(bytes, 'manifest');
  const f = goFields(doc, ['mediaType', 'config', 'fsLayers']);
  const declared = goString(f.mediaType, 'mediaType');
  if (declared !== '') return declared;
  if (f.config !== undefined && f.config !== null) return MediaType.dockerManifest;
  if (Array.isArray(f.fsLayers) && f.fsLayers.length > 0) return MediaType.dockerSchema1;
  return MediaType.dockerList;
}

/** A source document: an index (its children matter) or a single-platform manifest. */
export type Document = { kind: 'index'; index: Index } | { kind: 'manifest'; manifest: Manifest };

/**
 * Parses a manifest or index. `mediaType` is what the registry reported (Content-Type); when
 * empty the body is sniffed as buildx does. Schema 1 and non-manifest types are refused.
 */
export function parseDocument(bytes: Uint8Array, mediaType = ''): Document {
  const type = mediaType === '' ? detectMediaType(bytes) : mediaType;
  if (isSchema1(type)) throw new OciFormatError('schema1 manifests are not allowed in manifest lists');
  if (isIndex(type)) return { kind: 'index', index: parseIndex(bytes, type) };
  if (isManifest(type)) return { kind: 'manifest', manifest: parseManifest(bytes, type) };
  throw new OciFormatError(
    `unsupported media type ${JSON.stringify(type)}: expected an image manifest or index`,
  );
}

/** Parses an image index or Docker manifest list; `fallbackMediaType` fills a missing field. */
export function parseIndex(bytes: Uint8Array, fallbackMediaType = ''): Index {
  const doc = parseJsonObject(bytes, 'index');
  const f = goFields(doc, ['schemaVersion', 'mediaType', 'manifests', 'annotations']);
  if (f.manifests !== undefined && f.manifests !== null && !Array.isArray(f.manifests)) {
    throw new OciFormatError('index: manifests: expected an array');
  }
  const list = (f.manifests ?? []) as unknown[];
  const annotations = goStringMap(f.annotations, 'index: annotations');
  return {
    schemaVersion: schemaVersion(f.schemaVersion, 'index'),
    mediaType: goString(f.mediaType, 'index: mediaType') || fallbackMediaType,
    manifests: list.map((d, i) => parseDescriptor(d, `index: manifests[${i}]`)),
    ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
  };
}

/** Parses a single-platform image manifest (OCI or Docker schema 2). */
export function parseManifest(bytes: Uint8Array, fallbackMediaType = ''): Manifest {
  const doc = parseJsonObject(bytes, 'manifest');
  const f = goFields(doc, ['schemaVersion', 'mediaType', 'config', 'layers', 'annotations']);
  if (!Array.isArray(f.layers ?? [])) throw new OciFormatError('manifest: layers: expected an array');
  const layers = (f.layers ?? []) as unknown[];
  const annotations = goStringMap(f.annotations, 'manifest: annotations');
  return {
    schemaVersion: schemaVersion(f.schemaVersion, 'manifest'),
    mediaType: goString(f.mediaType, 'manifest: mediaType') || fallbackMediaType,
    config: parseDescriptor(f.config, 'manifest: config'),
    layers: layers.map((d, i) => parseDescriptor(d, `manifest: layers[${i}]`)),
    ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
  };
}

function schemaVersion(value: unknown, where: string): number {
  if (value !== 2) throw new OciFormatError(`${where}: schemaVersion must be 2`);
  return 2;
}

/** Validates one descriptor object; `where` names it in errors. */
export function parseDescriptor(value: unknown, where: string): Descriptor {
  if (!isObject(value)) throw new OciFormatError(`${where}: expected a descriptor object`);
  const f = goFields(value, [
    'mediaType',
    'digest',
    'size',
    'urls',
    'annotations',
    'data',
    'platform',
    'artifactType',
  ]);
  const mediaType = goString(f.mediaType, `${where}.mediaType`);
  if (mediaType === '') throw new OciFormatError(`${where}.mediaType: required`);
  const digest = goString(f.digest, `${where}.digest`);
  if (!isDigest(digest))
    throw new OciFormatError(`${where}.digest: ${JSON.stringify(digest)} is not a digest`);
  if (typeof f.size !== 'number' || !Number.isSafeInteger(f.size) || f.size < 0) {
    throw new OciFormatError(`${where}.size: expected a non-negative integer`);
  }
  const out: Descriptor = { mediaType, digest, size: f.size };
  const urls = goStrings(f.urls, `${where}.urls`);
  if (urls.length > 0) out.urls = urls;
  const annotations = goStringMap(f.annotations, `${where}.annotations`);
  if (Object.keys(annotations).length > 0) out.annotations = annotations;
  const data = goString(f.data, `${where}.data`);
  if (data !== '') {
    // Go decodes []byte from standard padded base64 and re-encodes it; only canonical input
    // survives that round trip unchanged.
    if (Buffer.from(data, 'base64').toString('base64') !== data) {
      throw new OciFormatError(`${where}.data: not canonical base64`);
    }
    out.data = data;
  }
  if (f.platform !== undefined && f.platform !== null)
    out.platform = parsePlatformObject(f.platform, `${where}.platform`);
  const artifactType = goString(f.artifactType, `${where}.artifactType`);
  if (artifactType !== '') out.artifactType = artifactType;
  return out;
}

/** A `platform` object (descriptor) or the platform fields of an image config. */
export function parsePlatformObject(value: unknown, where: string): Platform {
  if (!isObject(value)) throw new OciFormatError(`${where}: expected an object`);
  const f = goFields(value, ['architecture', 'os', 'os.version', 'os.features', 'variant']);
  const p: Platform = {
    architecture: goString(f.architecture, `${where}.architecture`),
    os: goString(f.os, `${where}.os`),
  };
  const osVersion = goString(f['os.version'], `${where}.os.version`);
  if (osVersion !== '') p.osVersion = osVersion;
  const osFeatures = goStrings(f['os.features'], `${where}.os.features`);
  if (osFeatures.length > 0) p.osFeatures = osFeatures;
  const variant = goString(f.variant, `${where}.variant`);
  if (variant !== '') p.variant = variant;
  return p;
}
