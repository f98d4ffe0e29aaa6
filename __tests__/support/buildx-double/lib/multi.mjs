// Platforms of one build and the index that holds their images (build2/multi/index.json): the
// image manifests first, in --platform order, then their attestation manifests.
import { performance } from 'node:perf_hooks';
import { MT, blob, buildImage, descriptor, json } from './image.mjs';
import { ociMediaTypes } from './outputs.mjs';

/** `--platform` values (already comma-split by flags.mjs), deduplicated, validated. */
export function parsePlatforms(values, hostDefault) {
  const out = [];
  for (const p of values?.length ? values : [hostDefault]) {
    if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(p))
      return {
        error: `failed to parse platform ${p}: "${p}": unknown operating system or architecture: invalid argument`,
      };
    if (!out.includes(p)) out.push(p);
  }
  return { platforms: out };
}

/** `[type[platform]:]key=value` annotations, split by type, for one platform. */
export function annotationsFor(items, platform) {
  const ann = { manifest: {}, index: {}, 'manifest-descriptor': {}, 'index-descriptor': {} };
  for (const item of items ?? []) {
    const m =
      /^(?:(manifest|index|manifest-descriptor|index-descriptor)(?:\[([^\]]*)\])?:)?([^=]+)=(.*)$/.exec(item);
    if (!m) return { error: `invalid annotation ${item}` };
    if (m[2] && m[2] !== platform) continue;
    ann[m[1] ?? 'manifest'][m[3]] = m[4];
  }
  return ann;
}

/**
 * The result of a build: one image manifest alone (single platform, no attestations), or an
 * index (OCI; a Docker manifest list when nothing in it is OCI) of every image, then every
 * attestation manifest, each attestation pointing at its image.
 * @param images results of buildImage, in platform order
 * @param descriptorAnnotations per image, `manifest-descriptor:` annotations
 */
export function assemble(images, { descriptorAnnotations = [], indexAnnotations = {} } = {}) {
  const blobs = images.flatMap((i) => i.blobs);
  const manifests = images.flatMap((i) => i.manifests);
  if (images.length === 1 && !images[0].attestation)
    return { blobs, manifests, top: images[0].manifest, config: images[0].config, images };
  const oci = images.some((i) => i.attestation || i.manifest.mediaType === MT.ociManifest);
  const entries = images.map((i, n) => ({
    ...descriptor(i.manifest),
    ...(Object.keys(descriptorAnnotations[n] ?? {}).length ? { annotations: descriptorAnnotations[n] } : {}),
    platform: i.platform,
  }));
  for (const i of images.filter((x) => x.attestation))
    entries.push({
      ...descriptor(i.attestation),
      annotations: {
        'vnd.docker.reference.digest': i.manifest.digest,
        'vnd.docker.reference.type': 'attestation-manifest',
      },
      platform: { architecture: 'unknown', os: 'unknown' },
    });
  const mediaType = oci ? MT.ociIndex : MT.dockerList;
  const doc = {
    schemaVersion: 2,
    mediaType,
    manifests: entries,
    ...(oci && Object.keys(indexAnnotations).length ? { annotations: indexAnnotations } : {}),
  };
  const top = blob(json(doc), mediaType);
  return { blobs, manifests: [...manifests, top], top, config: undefined, images };
}

/** Now as `seconds.nanoseconds` (microsecond precision): the mtime of a build's new files. */
export function buildTimestamp() {
  const ms = performance.timeOrigin + performance.now();
  return `${Math.floor(ms / 1000)}.${String(Math.floor((ms % 1000) * 1000)).padStart(6, '0')}000`;
}

/**
 * -> exporter => result: the platforms' images as that exporter wants them (attestations, media
 * types, rewritten timestamps), assembled; one build per distinct variant. The layers carry the
 * build time, so two builds never match, unless the exporter rewrites them to SOURCE_DATE_EPOCH
 * (build2/repro/, observation 7).
 * @param o {{ platforms: string[], anns: object[], attestFor: (e) => object|null,
 *   rewriteEpoch?: number, image: object, provenance: (platform) => { full: object },
 *   filesFor?: (platform) => object[] | undefined }}
 */
export function resultsFor(o) {
  const layerTime = buildTimestamp();
  const results = new Map();
  return (e) => {
    const attest = o.attestFor(e);
    const opts = {
      attest,
      oci: ociMediaTypes(e, attest),
      rewriteTimestamp: e.rewriteTimestamp ? o.rewriteEpoch : undefined,
    };
    const key = JSON.stringify(opts);
    if (!results.has(key)) {
      const images = o.platforms.map((platform, i) =>
        buildImage({
          ...o.image,
          ...opts,
          platform,
          layerTime,
          manifestAnnotations: o.anns[i].manifest,
          provenance: o.provenance(platform).full,
          files: o.filesFor?.(platform),
        }),
      );
      const descriptorAnnotations = o.anns.map((x) => x['manifest-descriptor']);
      results.set(key, assemble(images, { descriptorAnnotations, indexAnnotations: o.anns[0].index }));
    }
    return results.get(key);
  };
}
