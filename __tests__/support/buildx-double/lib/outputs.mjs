// Exporters of `docker buildx build` (build2/outputs/, observation 3): which ones a command line
// asks for, what each prints, writes or pushes, and the metadata-file keys it adds.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseAttrs } from './csv.mjs';
import { MT, descriptor, tarOf } from './image.mjs';
import { normalizeImage } from './stages.mjs';
import { PushError, pushAll } from './push.mjs';

const truthy = (v) => ['1', 'true', 'yes'].includes(String(v ?? '').toLowerCase());
const LOAD_FAILURE = 'failed to copy to tar: rpc error: code = Unknown desc = io: read/write on closed pipe';

/**
 * --output / --push / --load / -t -> exporters [{ type, attrs, push, byDigest, names, dest }]:
 * `type=registry` is an image exporter that pushes, `--push` makes (or turns) one into a pushing
 * image exporter, `--load` adds `type=docker`; tags name exporters that have no name. Without any,
 * the docker driver loads into docker; other drivers warn (no-output.stderr).
 */
export function planExports(flags, builder) {
  const tags = flags.get('tag') ?? [];
  const exporters = (flags.get('output') ?? []).map((o) => {
    const attrs = o.includes('=')
      ? parseAttrs(o)
      : new Map([
          ['type', o === '-' ? 'tar' : 'local'],
          ['dest', o],
        ]);
    let type = attrs.get('type') ?? '';
    const push = type === 'registry' || truthy(attrs.get('push'));
    if (type === 'registry') type = 'image';
    return { type, attrs, push, byDigest: truthy(attrs.get('push-by-digest')), dest: attrs.get('dest') };
  });
  if (flags.get('push')) {
    const image = exporters.find((e) => e.type === 'image');
    if (image) image.push = true;
    else exporters.push({ type: 'image', attrs: new Map(), push: true, byDigest: false });
  }
  if (flags.get('load') && !exporters.some((e) => e.type === 'docker' && !e.dest))
    exporters.push({ type: 'docker', attrs: new Map(), push: false, byDigest: false });
  for (const e of exporters) {
    const named = e.attrs.get('name');
    e.names = (named || (['image', 'docker', 'oci'].includes(e.type) ? tags.join(',') : ''))
      .split(',')
      .filter(Boolean);
    e.rewriteTimestamp = truthy(e.attrs.get('rewrite-timestamp'));
  }
  const known = ['image', 'docker', 'oci', 'local', 'tar', 'cacheonly'];
  const bad = exporters.find((e) => !known.includes(e.type));
  if (bad) return { error: `failed to build: unsupported exporter type "${bad.type}"` };
  if (exporters.length > 0) return { exporters };
  if (builder.driver === 'docker') return { exporters: [{ type: 'docker', attrs: new Map(), names: tags }] };
  return {
    exporters: [],
    warning: `WARNING: No output specified with ${builder.driver} driver. Build result will only remain in the build cache. To push result image into registry use --push or to load image into docker use --load\n`,
  };
}

/** Default provenance rides only on image exporters (no provenance in oci/local output, obs. 3). */
export const takesDefaultAttestations = (e) => e.type === 'image';
/** OCI media types: image exporters with attestations or oci-mediatypes=true, and type=oci. */
export const ociMediaTypes = (e, attest) =>
  e.type === 'oci' || (e.type === 'image' && (Boolean(attest) || truthy(e.attrs.get('oci-mediatypes'))));

export class ExportFailure extends Error {}

/**
 * Runs one exporter on a built result (multi.mjs assemble) and returns its metadata keys, or
 * throws ExportFailure after printing the step's error. `ctx`: { io, env, state, builder,
 * next() -> '#N', created, localTime, rewriteEpoch? }.
 */
export async function runExporter(ctx, e, result) {
  let n = ctx.next();
  const say = (s) => ctx.io.err(s);
  const single = result.images.length === 1 && !result.images[0].attestation;
  const imageKeys = (extra = {}) => ({
    ...(single ? { 'containerimage.config.digest': result.config.digest } : {}),
    'containerimage.descriptor': {
      ...descriptor(result.top),
      ...extra,
      ...(single ? { platform: result.images[0].platform } : {}),
    },
    'containerimage.digest': result.top.digest,
  });
  const failed = (title, msg) => {
    say(`${n} ERROR: ${msg}\n------\n > ${title}:\n------\n`);
    throw new ExportFailure(msg);
  };
  const manifestLines = () => {
    for (const i of result.images) {
      say(
        `${n} exporting manifest ${i.manifest.digest} done\n${n} exporting config ${i.config.digest} done\n`,
      );
      if (i.attestation) say(`${n} exporting attestation manifest ${i.attestation.digest} done\n`);
    }
    if (!single) say(`${n} exporting manifest list ${result.top.digest} done\n`);
  };

  if (e.type === 'image') {
    say(`${n} exporting to image\n${n} exporting layers 0.0s done\n`);
    if (e.rewriteTimestamp && ctx.rewriteEpoch !== undefined)
      say(
        `${n} rewriting layers with source-date-epoch ${ctx.rewriteEpoch} (${goTime(ctx.rewriteEpoch)}) 0.0s done\n`,
      );
    manifestLines();
    if (e.push) {
      if (e.names.length === 0) throw new ExportFailure('tag is needed when pushing to registry');
      try {
        await pushAll(ctx, n, result, e.names, e.byDigest);
      } catch (err) {
        if (!(err instanceof PushError)) throw err;
        failed('exporting to image', err.message);
      }
    }
    say(`${n} DONE 0.1s\n\n`);
    return { ...imageKeys(), ...(e.names.length ? { 'image.name': e.names.join(',') } : {}) };
  }

  if (e.type === 'oci' || e.type === 'docker') {
    const title = `exporting to ${e.type} image format`;
    const names = e.names.map(normalizeImage);
    const load = e.type === 'docker' && !e.dest;
    if (load && ctx.builder.driver !== 'remote') {
      const l = result.blobs[0];
      const id = l.digest.slice(7, 19);
      say(
        `${n} importing to docker\n${n} loading layer ${id} ${l.size}B / ${l.size}B 0.0s done\n${n} DONE 0.0s\n\n`,
      );
      n = ctx.next();
    }
    say(`${n} ${title}\n`);
    if (e.type === 'docker' && result.images.length > 1)
      failed(title, 'docker exporter does not currently support exporting manifest lists');
    say(`${n} exporting layers done\n`);
    manifestLines();
    say(`${n} sending tarball done\n`);
    // the remote driver's client has no docker daemon to load into (outputs/load.stderr)
    if (load && ctx.builder.driver === 'remote') failed(title, LOAD_FAILURE);
    const layout = () => layoutTar(result, { docker: e.type === 'docker', names, created: ctx.created });
    if (e.dest && e.dest !== '-') writeFileSync(e.dest, layout());
    else if (!load) process.stdout.write(layout());
    say(`${n} DONE 0.1s\n\n`);
    return {
      ...imageKeys({ annotations: { 'org.opencontainers.image.created': ctx.created } }),
      ...(names.length ? { 'image.name': names.join(',') } : {}),
    };
  }

  if (e.type === 'local' || e.type === 'tar') {
    const title = `exporting to client ${e.type === 'local' ? 'directory' : 'tarball'}`;
    say(`${n} ${title}\n`);
    if (!e.dest) failed(title, `dest is required for ${e.type} exporter`);
    const files = result.images.flatMap((i) =>
      result.images.length === 1
        ? i.files
        : i.files.map((f) => ({ ...f, name: `${platformDir(i.platform)}/${f.name}` })),
    );
    if (e.type === 'local') {
      const size = files.reduce((sum, f) => sum + Buffer.byteLength(f.content ?? ''), 0);
      say(`${n} copying files ${size}B 0.0s done\n`);
      writeLocal(e.dest, files, ctx.localTime);
    } else {
      say(`${n} sending tarball 0.0s done\n`);
      const tar = tarOf(files, ctx.localTime);
      if (e.dest === '-') process.stdout.write(tar);
      else writeFileSync(e.dest, tar);
    }
    say(`${n} DONE 0.0s\n\n`);
  }
  return {};
}

const platformDir = (p) => [p.os, p.architecture, p.variant].filter(Boolean).join('_');

/** Go's time.Time String() in UTC, as in `rewriting layers with source-date-epoch`. */
function goTime(epoch) {
  return `${new Date(epoch * 1000)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, '')} +0000 UTC`;
}

function writeLocal(dest, files, mtime) {
  mkdirSync(dest, { recursive: true });
  for (const f of files) {
    const path = join(dest, f.name);
    if (f.dir) mkdirSync(path, { recursive: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.content);
    }
  }
  // parents after children: writing a file changes its directory's mtime
  for (const f of [...files].reverse()) utimesSync(join(dest, f.name), Number(mtime), Number(mtime));
}

/**
 * An OCI image layout tarball as BuildKit's oci/docker exporters write it (outputs/oci.tar-tvf):
 * blobs/sha256/*, index.json with the result annotated with its creation time, oci-layout;
 * mtime 0, uid/gid 0 without names. The docker flavour adds docker-save's manifest.json.
 */
export function layoutTar(result, { docker = false, names = [], created }) {
  const annotations = { 'org.opencontainers.image.created': created };
  if (names[0]) {
    annotations['io.containerd.image.name'] = names[0];
    annotations['org.opencontainers.image.ref.name'] = names[0].split(':').pop();
  }
  const single = result.images.length === 1 && !result.images[0].attestation;
  const index = {
    schemaVersion: 2,
    mediaType: MT.ociIndex,
    manifests: [
      { ...descriptor(result.top), annotations, ...(single ? { platform: result.images[0].platform } : {}) },
    ],
  };
  const blobs = [...new Map([...result.blobs, ...result.manifests].map((b) => [b.digest, b])).values()].sort(
    (a, b) => (a.digest < b.digest ? -1 : 1),
  );
  const files = [
    { name: 'blobs/', dir: true },
    { name: 'blobs/sha256/', dir: true },
    ...blobs.map((b) => ({ name: `blobs/sha256/${b.digest.slice(7)}`, content: b.bytes, mode: 0o444 })),
    { name: 'index.json', content: JSON.stringify(index) },
  ];
  if (docker)
    files.push({
      name: 'manifest.json',
      content: JSON.stringify(
        result.images.map((i) => ({
          Config: `blobs/sha256/${i.config.digest.slice(7)}`,
          RepoTags: names,
          Layers: i.blobs
            .filter((b) => b !== i.config && !b.predicateType && b.mediaType !== MT.ociConfig)
            .map((b) => `blobs/sha256/${b.digest.slice(7)}`),
        })),
      ),
    });
  files.push({ name: 'oci-layout', content: JSON.stringify({ imageLayoutVersion: '1.0.0' }), mode: 0o444 });
  return tarOf(files, 0, '');
}

/** The --metadata-file: Go marshals the exporter response map with sorted keys. */
export function writeMetadata(file, meta) {
  const sorted = Object.fromEntries(Object.entries(meta).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(file, JSON.stringify(sorted, null, 2));
}
