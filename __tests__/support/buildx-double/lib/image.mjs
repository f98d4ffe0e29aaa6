// A tiny but valid image, built in-process: one gzip tar layer, an image config, an image
// manifest and (with attestations) an attestation manifest; multi.mjs wraps them in an index.
// Shapes follow ../../../fixtures/buildx/build/*/ (Go json.MarshalIndent, 2 spaces).
import { createHash, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export const MT = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  inToto: 'application/vnd.in-toto+json',
};

export const sha256 = (buf) => `sha256:${createHash('sha256').update(buf).digest('hex')}`;
export const json = (v) => Buffer.from(JSON.stringify(v, null, 2));
export const blob = (bytes, mediaType) => ({ bytes, mediaType, digest: sha256(bytes), size: bytes.length });

/** One 512-byte ustar header, written field by field (POSIX.1-1988 ustar layout). */
function tarHeader(name, size, mtime, type, mode, owner) {
  const h = Buffer.alloc(512, 0);
  const put = (off, len, s) => h.write(s, off, len, 'utf8');
  const oct = (off, len, n) => put(off, len, `${n.toString(8).padStart(len - 1, '0')}\0`);
  put(0, 100, name);
  oct(100, 8, mode ?? (type === '5' ? 0o755 : 0o644));
  oct(108, 8, 0);
  oct(116, 8, 0);
  oct(124, 12, size);
  oct(136, 12, mtime);
  h.fill(0x20, 148, 156); // checksum field counts as spaces while summing
  put(156, 1, type);
  put(257, 6, 'ustar\0');
  put(263, 2, '00');
  put(265, 32, owner);
  put(297, 32, owner);
  let sum = 0;
  for (const b of h) sum += b;
  put(148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return h;
}

const pad512 = (n) => Buffer.alloc((512 - (n % 512)) % 512, 0);

/** A PAX extended header (typeflag x) carrying records such as a sub-second mtime. */
function paxHeader(name, records) {
  let body = '';
  for (const [k, v] of Object.entries(records)) {
    const rec = ` ${k}=${v}\n`;
    let len = rec.length + 1;
    while (`${len}${rec}`.length !== len) len++;
    body += `${len}${rec}`;
  }
  const bytes = Buffer.from(body);
  return [
    tarHeader(`PaxHeaders/${name}`.slice(0, 99), bytes.length, 0, 'x', 0o644, 'root'),
    bytes,
    pad512(bytes.length),
  ];
}

/**
 * A tar of `files` ({ name, dir?, content?, mode? }). `mtime` is whole seconds, or a string
 * `seconds.nanoseconds` for the sub-second file times BuildKit's layers carry (PAX `mtime`).
 * `owner` names uid/gid 0 (`root` in layers; empty in BuildKit's OCI/docker tarballs).
 */
export function tarOf(files, mtime, owner = 'root') {
  const parts = [];
  const whole = Math.floor(Number(mtime));
  for (const f of files) {
    if (typeof mtime === 'string' && mtime.includes('.')) parts.push(...paxHeader(f.name, { mtime }));
    const body = f.dir ? Buffer.alloc(0) : Buffer.from(f.content);
    parts.push(
      tarHeader(f.name, body.length, whole, f.dir ? '5' : '0', f.mode, owner),
      body,
      pad512(body.length),
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

export const descriptor = (b) => ({ mediaType: b.mediaType, digest: b.digest, size: b.size });

/** The files the double's build writes (the COPY/RUN result): the layer and a local export. */
export function imageFiles(o) {
  return [
    { name: 'app/', dir: true },
    { name: 'app/build-info.txt', content: `commit ${o.buildArgs.COMMIT_SHA ?? ''} for ${o.platform}\n` },
  ];
}

/**
 * One platform's image: a gzip tar layer, the image config, the image manifest and (with
 * attestations) the attestation manifest. `layerTime` is the files' mtime: the build time
 * unless `rewriteTimestamp` clamps it to SOURCE_DATE_EPOCH (then the OCI layer descriptor
 * says so, repro/rewrite-timestamp-1.image.json).
 * @param o {{ platform: string, buildArgs: Record<string,string>, labels: Record<string,string>,
 *   created: string, layerTime: number|string, rewriteTimestamp?: number, oci: boolean,
 *   attest: null | { sbom: boolean, mode: string }, manifestAnnotations: Record<string,string>,
 *   subjectName: string, provenance: object, files?: object[] }}
 */
export function buildImage(o) {
  const plat = platformObject(o.platform);
  // The files of a stage the double tracked from scratch (stage-files.mjs), else the stand-in.
  const files = o.files ?? imageFiles(o);
  const tar = tarOf(files, o.rewriteTimestamp ?? o.layerTime);
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
  const rewritten =
    o.oci && o.rewriteTimestamp !== undefined
      ? { annotations: { 'buildkit/rewritten-timestamp': String(o.rewriteTimestamp) } }
      : {};
  const manifestDoc = {
    schemaVersion: 2,
    mediaType: o.oci ? MT.ociManifest : MT.dockerManifest,
    config: descriptor(config),
    layers: [{ ...descriptor(layer), ...rewritten }],
    ...(o.oci && Object.keys(o.manifestAnnotations ?? {}).length
      ? { annotations: o.manifestAnnotations }
      : {}),
  };
  const manifest = blob(json(manifestDoc), manifestDoc.mediaType);
  const image = { blobs: [layer, config], manifests: [manifest], manifest, config, platform: plat, files };
  if (!o.attest) return image;

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
    config: descriptor(attConfig),
    layers: attLayers.map((l) => ({
      ...descriptor(l),
      annotations: { 'in-toto.io/predicate-type': l.predicateType },
    })),
  };
  const attestation = blob(json(attDoc), MT.ociManifest);
  return {
    ...image,
    blobs: [...image.blobs, ...attLayers, attConfig],
    manifests: [manifest, attestation],
    attestation,
  };
}

/**
 * The image `--call=check` exports (build2/check/lint-push.*): no layers, a config with null
 * history; byte-identical to the recording for the same platform.
 */
export function emptyImage(platform) {
  const p = platformObject(platform);
  const config = blob(
    Buffer.from(
      JSON.stringify({
        architecture: p.architecture,
        ...(p.variant ? { variant: p.variant } : {}),
        config: {
          Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
          WorkingDir: '/',
        },
        created: null,
        history: null,
        os: p.os,
        rootfs: { type: 'layers', diff_ids: null },
      }),
    ),
    MT.dockerConfig,
  );
  const doc = { schemaVersion: 2, mediaType: MT.dockerManifest, config: descriptor(config), layers: null };
  const manifest = blob(json(doc), MT.dockerManifest);
  return { blobs: [config], manifests: [manifest], manifest, config, platform: p, files: [] };
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
