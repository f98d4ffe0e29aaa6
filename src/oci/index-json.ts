import type { Descriptor, Index, Platform } from './descriptor.js';
import { type GoJson, goMarshalIndent, sortedMap } from './go-json.js';

/**
 * The bytes buildx pushes for an index: image-spec's Go structs through
 * `json.MarshalIndent(…, "", "  ")`. Field order is the struct declaration order
 * (`specs-go/v1/index.go`, `descriptor.go`); `omitempty` fields are left out when empty.
 */
export function encodeIndex(index: Index): string {
  const fields = new Map<string, GoJson>();
  fields.set('schemaVersion', index.schemaVersion);
  if (index.mediaType !== '') fields.set('mediaType', index.mediaType);
  fields.set('manifests', index.manifests.map(descriptorJson));
  if (index.annotations !== undefined && Object.keys(index.annotations).length > 0) {
    fields.set('annotations', sortedMap(index.annotations));
  }
  return goMarshalIndent(fields);
}

/** One descriptor in Go field order: mediaType, digest, size, urls, annotations, data, platform, artifactType. */
export function descriptorJson(d: Descriptor): GoJson {
  const fields = new Map<string, GoJson>();
  if (d.mediaType !== '') fields.set('mediaType', d.mediaType);
  fields.set('digest', d.digest);
  fields.set('size', d.size);
  if (d.urls !== undefined && d.urls.length > 0) fields.set('urls', [...d.urls]);
  if (d.annotations !== undefined && Object.keys(d.annotations).length > 0) {
    fields.set('annotations', sortedMap(d.annotations));
  }
  if (d.data !== undefined && d.data !== '') fields.set('data', d.data);
  if (d.platform !== undefined) fields.set('platform', platformJson(d.platform));
  if (d.artifactType !== undefined && d.artifactType !== '') fields.set('artifactType', d.artifactType);
  return fields;
}

/** `architecture` and `os` are always written (no omitempty in the Go struct). */
function platformJson(p: Platform): GoJson {
  const fields = new Map<string, GoJson>([
    ['architecture', p.architecture],
    ['os', p.os],
  ]);
  if (p.osVersion !== undefined && p.osVersion !== '') fields.set('os.version', p.osVersion);
  if (p.osFeatures !== undefined && p.osFeatures.length > 0) fields.set('os.features', [...p.osFeatures]);
  if (p.variant !== undefined && p.variant !== '') fields.set('variant', p.variant);
  return fields;
}
