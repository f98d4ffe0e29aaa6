/** Manifest media types (`opencontainers/image-spec` `specs-go/v1/mediatype.go`, Docker schema2). */
export const MediaType = {
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
} as const;

/** The Accept list containerd's resolver sends on manifest HEAD/GET (schema1 is not accepted). */
export const MANIFEST_ACCEPT = [
  MediaType.dockerManifest,
  MediaType.dockerManifestList,
  MediaType.ociManifest,
  MediaType.ociIndex,
  '*/*',
].join(', ');

export function isIndexMediaType(mediaType: string): boolean {
  return mediaType === MediaType.dockerManifestList || mediaType === MediaType.ociIndex;
}

export function isManifestMediaType(mediaType: string): boolean {
  return mediaType === MediaType.dockerManifest || mediaType === MediaType.ociManifest;
}

/**
 * The media type of manifest bytes: the `mediaType` field, else sniffed as buildx does
 * (`config` -> Docker manifest, `manifests` -> Docker list), else the server's Content-Type.
 */
export function manifestMediaType(bytes: Uint8Array, contentType: string | undefined): string {
  try {
    const doc = JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, unknown>;
    if (typeof doc.mediaType === 'string' && doc.mediaType !== '') return doc.mediaType;
    if (doc.fsLayers !== undefined) throw new Error('schema1 manifests are not supported');
    if (contentType && (isIndexMediaType(contentType) || isManifestMediaType(contentType)))
      return contentType;
    if (doc.config !== undefined) return MediaType.dockerManifest;
    if (Array.isArray(doc.manifests)) return MediaType.dockerManifestList;
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('schema1')) throw error;
  }
  return contentType?.split(';')[0]?.trim() ?? '';
}
