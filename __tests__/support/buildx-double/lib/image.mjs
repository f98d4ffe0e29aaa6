// A tiny but valid image, built in-process: one gzip tar layer, an image config, an image
// manifest and (with attestations) an attestation manifest wrapped in a per-platform OCI index.
// Shapes follow ../../../fixtures/buildx/build/*/ (Go json.MarshalIndent, 2 spaces).
import { createHash, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export const MT = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  inToto: 'application/vnd.in-toto+json',
};

export const sha256 = (buf) => `sha256:${createHash('sha256').update(buf).digest('hex')}`;
const json = (v) => Buffer.from(JSON.stringify(v, null, 2));
const blob = (bytes, mediaType) => ({ bytes, mediaType, digest: sha256(bytes), size: bytes.length });

/** One 512-byte ustar header, written field by field (POSIX.1-1988 ustar layout). */
function tarHeader(name, size, mtime, type) {
  const h = Buffer.alloc(512, 0);
  const put = (off, len, s) => h.write(s, off, len, 'ascii');
  const oct = (off, len, n) => put(off, len, `${n.toString(8).padStart(len - 1, '0')}\0`);
  put(0, 100, name);
  oct(100, 8, type === '5' ? 0o755 : 0o644);
  oct(108, 8, 0);
  oct(116, 8, 0);
  oct(124, 12, size);
  oct(136, 12, mtime);
  h.fill(0x20, 148, 156); // checksum field counts as spaces while summing
  put(156, 1, type);
  put(257, 6, 'ustar\0');
  put(263, 2, '00');
  put(265, 32, 'root');
  put(297, 32, 'root');
  let sum = 0;
  for (const b of h) sum += b;
  put(148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return h;
}

export function tarOf(files, mtime) {
  const parts = [];
  for (const f of files) {
    if (f.dir) {
      parts.push(tarHeader(f.name, 0, mtime, '5'));
      continue;
    }
    const body = Buffer.from(f.content);
    parts.push(
      tarHeader(f.name, body.length, mtime, '0'),
      body,
      Buffer.alloc((512 - (body.length % 512)) % 512, 0),
    );
  }
  parts.push(Buffer.alloc(1024, 0));
  return Buffer.concat(parts);
}

/** Architecture fields as buildx writes them: arm64/v8 loses its variant (recordings, obs. 3). */
export function platformObject(platform) {
  const [os, architecture, variant] = platform.split('/');
  const p = { architecture, os };
  if (variant && !(architecture === 'arm64' && variant === 'v8')) p.variant = variant;
  return p;
}

/**
 * @param o {{ platform: string, buildArgs: Record<string,string>, labels: Record<string,string>,
 *   created: string, epoch: number, oci: boolean, attest: null | { sbom: boolean, mode: string },
 *   manifestAnnotations: Record<string,string>, descriptorAnnotations: Record<string,string>,
 *   indexAnnotations: Record<string,string>, subjectName: string, provenance: object }}
 */
export function buildImage(o) {
  const plat = platformObject(o.platform);
  const info = `commit ${o.buildArgs.COMMIT_SHA ?? ''} for ${o.platform}\n`;
  const tar = tarOf(
    [
      { name: 'app/', dir: true },
      { name: 'app/build-info.txt', content: info },
    ],
    o.epoch,
  );
  const layer = blob(gzipSync(tar), o.oci ? MT.ociLayer : MT.dockerLayer);
  const env = ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'];
  // key order of BuildKit's image config (see build/default/amd64.child0-image.config.json)
  const configDoc = {
    architecture: plat.architecture,
    ...(plat.variant ? { variant: plat.variant } : {}),
    config: {
      Env: env,
      Cmd: ['cat', '/app/build-info.txt'],
      ...(Object.keys(o.labels).length ? { Labels: o.labels } : {}),
    },
    created: o.created,
    history: [
      {
        created: o.created,
        created_by: 'COPY build-info.txt /app/ # buildkit',
        comment: 'buildkit.dockerfile.v0',
      },
    ],
    os: plat.os,
    rootfs: { type: 'layers', diff_ids: [sha256(tar)] },
  };
  const config = blob(Buffer.from(JSON.stringify(configDoc)), o.oci ? MT.ociConfig : MT.dockerConfig);
  const desc = (b) => ({ mediaType: b.mediaType, digest: b.digest, size: b.size });
  const manifestDoc = {
    schemaVersion: 2,
    mediaType: o.oci ? MT.ociManifest : MT.dockerManifest,
    config: desc(config),
    layers: [desc(layer)],
    ...(o.oci && Object.keys(o.manifestAnnotations).length ? { annotations: o.manifestAnnotations } : {}),
  };
  const manifest = blob(json(manifestDoc), manifestDoc.mediaType);
  const blobs = [layer, config];
  const manifests = [manifest];
  if (!o.attest) return { blobs, manifests, top: manifest, config, platform: plat };

  const statements = [];
  if (o.attest.sbom)
    statements.push(
      statement(o, manifest, 'https://spdx.dev/Document', {
        spdxVersion: 'SPDX-2.3',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: 'sbom',
        packages: [],
      }),
    );
  statements.push(statement(o, manifest, 'https://slsa.dev/provenance/v0.2', o.provenance));
  const attLayers = statements.map((s) => ({
    ...blob(json(s.doc), MT.inToto),
    predicateType: s.predicateType,
  }));
  const attConfig = blob(
    Buffer.from(
      JSON.stringify({
        architecture: 'unknown',
        os: 'unknown',
        config: {},
        rootfs: { type: 'layers', diff_ids: attLayers.map((l) => l.digest) },
      }),
    ),
    MT.ociConfig,
  );
  const attDoc = {
    schemaVersion: 2,
    mediaType: MT.ociManifest,
    config: desc(attConfig),
    layers: attLayers.map((l) => ({
      ...desc(l),
      annotations: { 'in-toto.io/predicate-type': l.predicateType },
    })),
  };
  const att = blob(json(attDoc), MT.ociManifest);
  const indexDoc = {
    schemaVersion: 2,
    mediaType: MT.ociIndex,
    manifests: [
      {
        ...desc(manifest),
        ...(Object.keys(o.descriptorAnnotations).length ? { annotations: o.descriptorAnnotations } : {}),
        platform: plat,
      },
      {
        ...desc(att),
        annotations: {
          'vnd.docker.reference.digest': manifest.digest,
          'vnd.docker.reference.type': 'attestation-manifest',
        },
        platform: { architecture: 'unknown', os: 'unknown' },
      },
    ],
    ...(Object.keys(o.indexAnnotations).length ? { annotations: o.indexAnnotations } : {}),
  };
  const index = blob(json(indexDoc), MT.ociIndex);
  return {
    blobs: [...blobs, ...attLayers, attConfig],
    manifests: [manifest, att, index],
    top: index,
    config,
    platform: plat,
    attestation: att,
  };
}

function statement(o, manifest, predicateType, predicate) {
  return {
    predicateType,
    doc: {
      _type: 'https://in-toto.io/Statement/v0.1',
      predicateType,
      subject: [
        {
          name: `pkg:docker/${o.subjectName}?platform=${encodeURIComponent(o.platform)}`,
          digest: { sha256: manifest.digest.slice(7) },
        },
      ],
      predicate,
    },
  };
}

/** buildx.build.ref last element: 25 lowercase base36 characters. */
export function buildRefId() {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  return [...randomBytes(25)].map((b) => alphabet[b % 36]).join('');
}
