/**
 * The file buildx writes with `--metadata-file`. Keys (buildx `build/build.go` and BuildKit's
 * image exporter `exporter/containerimage/exptypes`): `containerimage.digest` (what was pushed:
 * an OCI index with attestations, else one manifest), `containerimage.descriptor` (mediaType,
 * digest, size, and a platform for a single manifest), `containerimage.config.digest` (single
 * manifest only), `image.name` (the output's `name`, comma-joined), `buildx.build.ref`
 * (`<builder>/<node>/<ref>`), `buildx.build.provenance` (always the min form).
 */
export interface BuildMetadata {
  /** '' when the build pushed and exported no image (cacheonly, local, a validation build). */
  digest: string;
  mediaType: string;
  size?: number;
  imageName: string;
  buildRef: string;
  configDigest?: string;
  /** The raw JSON text, for the `metadata` output. */
  raw: string;
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Parses the metadata file; throws an Error saying which key is missing or malformed. A build
 * that exported no image (`type=cacheonly`, `type=local`) has no digest: pass `pushed: false`.
 */
export function parseMetadataFile(
  text: string,
  options: { pushed: boolean } = { pushed: true },
): BuildMetadata {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new Error('buildx metadata file is not JSON');
  }
  if (!isRecord(doc)) throw new Error('buildx metadata file is not a JSON object');
  const found = doc['containerimage.digest'];
  const digest = found === undefined && !options.pushed ? '' : found;
  if (typeof digest !== 'string' || (digest !== '' && !DIGEST.test(digest)))
    throw new Error('buildx metadata file has no valid "containerimage.digest"');
  const desc = doc['containerimage.descriptor'];
  let mediaType = '';
  let size: number | undefined;
  if (isRecord(desc)) {
    if (typeof desc.mediaType === 'string') mediaType = desc.mediaType;
    if (typeof desc.size === 'number') size = desc.size;
    if (typeof desc.digest === 'string' && desc.digest !== digest)
      throw new Error('buildx metadata file: descriptor digest differs from "containerimage.digest"');
  }
  const config = doc['containerimage.config.digest'];
  const name = doc['image.name'];
  const ref = doc['buildx.build.ref'];
  return {
    digest,
    mediaType,
    ...(size !== undefined ? { size } : {}),
    imageName: typeof name === 'string' ? name : '',
    buildRef: typeof ref === 'string' ? ref : '',
    ...(typeof config === 'string' && DIGEST.test(config) ? { configDigest: config } : {}),
    raw: text,
  };
}

/** `history inspect` wants only the last element of `buildx.build.ref` (recordings, obs. 11). */
export function historyRef(buildRef: string): string {
  return buildRef.split('/').pop() ?? '';
}
