import { MediaType, isIndex, isManifest } from '../oci/media-types.js';

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
