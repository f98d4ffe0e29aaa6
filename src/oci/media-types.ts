/**
 * Manifest and config media types, as named in image-spec
 * (`opencontainers/image-spec:specs-go/v1/mediatype.go`) and containerd's `images/mediatypes.go`
 * (the Docker ones).
 */
export const MediaType = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerSchema1: 'application/vnd.docker.distribution.manifest.v1+json',
  dockerSchema1Signed: 'application/vnd.docker.distribution.manifest.v1+prettyjws',
  inToto: 'application/vnd.in-toto+json',
  attestationManifest: 'application/vnd.docker.attestation.manifest.v1+json',
} as const;

/**
 * The Accept header containerd's resolver (and so buildx) sends on manifest HEAD/GET
 * (`containerd/v2/core/remotes/docker/resolver.go`): both list types, both manifest types, then
 * anything, so a registry never falls back to a schema1 conversion.
 */
export const MANIFEST_ACCEPT: readonly string[] = [
  MediaType.dockerManifest,
  MediaType.dockerList,
  MediaType.ociManifest,
  MediaType.ociIndex,
  '*/*',
];

/** `MANIFEST_ACCEPT` joined for an HTTP header. */
export const MANIFEST_ACCEPT_HEADER = MANIFEST_ACCEPT.join(', ');

/** An image index or a Docker manifest list: something whose children are manifests. */
export function isIndex(mediaType: string): boolean {
  return mediaType === MediaType.ociIndex || mediaType === MediaType.dockerList;
}

/** A single-platform image manifest (OCI or Docker schema 2). */
export function isManifest(mediaType: string): boolean {
  return mediaType === MediaType.ociManifest || mediaType === MediaType.dockerManifest;
}

/** Docker schema 1, which neither buildx nor we accept inside a list. */
export function isSchema1(mediaType: string): boolean {
  return mediaType === MediaType.dockerSchema1 || mediaType === MediaType.dockerSchema1Signed;
}

/**
 * A Docker (not OCI) media type. buildx makes the result a Docker manifest list only when every
 * child descriptor passes this prefix test (`util/imagetools/create.go`).
 */
export function isDockerType(mediaType: string): boolean {
  return mediaType.startsWith('application/vnd.docker.');
}

/**
 * The media type of manifest bytes a registry served: the `mediaType` field, else the server's
 * Content-Type when it names a manifest or index, else sniffed as buildx does (`config` -> Docker
 * manifest, `manifests` -> Docker list). Schema 1 is refused.
 */
export function manifestMediaType(bytes: Uint8Array, contentType: string | undefined): string {
  try {
    const doc = JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, unknown>;
    if (typeof doc.mediaType === 'string' && doc.mediaType !== '') return doc.mediaType;
    if (doc.fsLayers !== undefined) throw new Error('schema1 manifests are not supported');
    if (contentType && (isIndex(contentType) || isManifest(contentType))) return contentType;
    if (doc.config !== undefined) return MediaType.dockerManifest;
    if (Array.isArray(doc.manifests)) return MediaType.dockerList;
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('schema1')) throw error;
  }
  return contentType?.split(';')[0]?.trim() ?? '';
}
