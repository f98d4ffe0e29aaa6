// `docker buildx build`: validate like buildx, print plain progress like
// build/*/amd64.build.stderr, push a tiny real image by digest, write the metadata file.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseAttrs } from './csv.mjs';
import { parseBuildFlags, FlagError, USAGE_BUILD } from './flags.mjs';
import { parseDockerfile, excerpt } from './dockerfile.mjs';
import { buildImage, buildRefId, platformObject } from './image.mjs';
import { Pusher, PushError } from './push.mjs';
import { nodePlatforms } from './state.mjs';
import { bootstrapProgress } from './builders.mjs';
import { parseRunFlags, runWithMounts, StageFiles } from './stages.mjs';

const truthy = (v) => ['1', 'true', 'yes'].includes(String(v ?? '').toLowerCase());

function kv(list) {
  const out = {};
  for (const item of list ?? []) {
    const eq = item.indexOf('=');
    if (eq < 0) out[item] = '';
    else out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

class BuildFailure extends Error {}

export async function build(argv, env, state, io) {
  let parsed;
  try {
    parsed = parseBuildFlags(argv);
  } catch (e) {
    if (!(e instanceof FlagError)) throw e;
    io.err(`${e.message}\n${USAGE_BUILD}`);
    return 125;
  }
  const { flags, args } = parsed;
  if (args.length !== 1) {
    io.err(
      `"docker buildx build" requires exactly 1 argument.\nSee 'docker buildx build --help'.\n${USAGE_BUILD.replace(/\nRun.*\n$/, '')}\nStart a build\n`,
    );
    return 1;
  }
  const fail = (msg) => {
    io.err(`ERROR: ${msg}\n`);
    return 1;
  };

  const builderName = flags.get('builder') || env.BUILDX_BUILDER || state.current;
  const builder = state.builders[builderName];
  if (!builder) return fail(`no builder "${builderName}" found`);

  const contextArg = args[0];
  const isGit =
    /^(https?:\/\/|git@|git:\/\/|github\.com\/)/.test(contextArg) &&
    (contextArg.includes('.git') || contextArg.includes('#'));
  if (!isGit && contextArg !== '-' && !existsSync(resolve(contextArg)))
    return fail(`unable to prepare context: path "${contextArg}" not found`);

  // --secret: id plus src (a file that must exist) or env
  const secretIds = [];
  for (const s of flags.get('secret') ?? []) {
    const a = parseAttrs(s);
    const id = a.get('id') ?? '';
    const src = a.get('src') ?? a.get('source');
    if (src !== undefined && !existsSync(src))
      return fail(`failed to stat ${src}: stat ${src}: no such file or directory`);
    if (!id && !src) return fail(`could not parse secrets: [${s}]: secret id is required`);
    secretIds.push(id || basename(src));
  }

  const platforms = flags.get('platform') ?? [process.arch === 'arm64' ? 'linux/arm64' : 'linux/amd64'];
  if (platforms.length !== 1) return fail('the buildx double builds exactly one platform per invocation');
  const platform = platforms[0];
  if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(platform))
    return fail(
      `failed to parse platform ${platform}: "${platform}": unknown operating system or architecture: invalid argument`,
    );

  // outputs
  const outputs = (flags.get('output') ?? []).map((o) => parseAttrs(o));
  if (flags.get('push'))
    outputs.push(
      new Map([
        ['type', 'image'],
        ['push', 'true'],
        ['name', (flags.get('tag') ?? []).join(',')],
      ]),
    );
  const imageOut = outputs.find((o) => ['image', 'registry'].includes(o.get('type')));
  const push = imageOut ? imageOut.get('type') === 'registry' || truthy(imageOut.get('push')) : false;
  const byDigest = imageOut ? truthy(imageOut.get('push-by-digest')) : false;
  const names = (imageOut?.get('name') || (flags.get('tag') ?? []).join(',')).split(',').filter(Boolean);

  // attestations: provenance on by default, off with BUILDX_NO_DEFAULT_ATTESTATIONS or =false
  let provenance = flags.has('provenance')
    ? flags.get('provenance')
    : truthy(env.BUILDX_NO_DEFAULT_ATTESTATIONS)
      ? 'false'
      : 'mode=min';
  let sbom = flags.has('sbom') ? flags.get('sbom') : 'false';
  for (const at of flags.get('attest') ?? []) {
    const a = parseAttrs(at);
    const on = a.has('disabled') ? !truthy(a.get('disabled')) : true;
    if (a.get('type') === 'provenance') provenance = on ? at : 'false';
    if (a.get('type') === 'sbom') sbom = on ? 'true' : 'false';
  }
  const provAttrs = ['false', '0'].includes(provenance)
    ? null
    : parseAttrs(['true', '1'].includes(provenance) ? 'mode=min' : provenance);
  const provMode = provAttrs ? provAttrs.get('mode') || 'min' : null;
  const wantSbom = !['false', '0', ''].includes(sbom);
  const attest = provAttrs || wantSbom ? { sbom: wantSbom, mode: provMode } : null;
  const oci = Boolean(attest) || truthy(imageOut?.get('oci-mediatypes'));

  // annotations: [type[platform]:]key=value, untyped means manifest
  const ann = { manifest: {}, index: {}, 'manifest-descriptor': {}, 'index-descriptor': {} };
  for (const item of flags.get('annotation') ?? []) {
    const m =
      /^(?:(manifest|index|manifest-descriptor|index-descriptor)(?:\[([^\]]*)\])?:)?([^=]+)=(.*)$/.exec(item);
    if (!m) return fail(`invalid annotation ${item}`);
    if (m[2] && m[2] !== platform) continue;
    ann[m[1] ?? 'manifest'][m[3]] = m[4];
  }

  // caches: type=gha without ACTIONS_* and without url/token is dropped silently (buildx isActive)
  const ghaEnvToken = env.ACTIONS_RUNTIME_TOKEN;
  const ghaEnvUrl = env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL;
  const caches = [];
  for (const [kind, list] of [
    ['to', flags.get('cache-to')],
    ['from', flags.get('cache-from')],
  ]) {
    for (const c of list ?? []) {
      const a = parseAttrs(c.includes('=') ? c : `type=registry,ref=${c}`);
      if (a.get('type') !== 'gha') {
        caches.push({ kind, type: a.get('type'), attrs: a });
        continue;
      }
      const token = a.get('token') ?? ghaEnvToken;
      const url = a.get('url') ?? a.get('url_v2') ?? ghaEnvUrl;
      if (!token && !url) continue;
      caches.push({ kind, type: 'gha', attrs: a, token, url });
    }
  }
  if (builder.driver === 'docker' && caches.some((c) => c.kind === 'to'))
    return fail(
      'failed to build: Cache export is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store, and try again.\nLearn more at https://docs.docker.com/go/build-cache-backends/',
    );

  // recorded: refused before any progress is printed
  if (byDigest && builder.driver === 'docker')
    return fail(
      'failed to build: push-by-digest is currently not implemented for docker driver, please create a new builder instance',
    );

  // dockerfile
  const fileFlag = flags.get('file');
  let dockerfile = { name: fileFlag ? basename(fileFlag) : 'Dockerfile', text: null };
  if (!isGit && contextArg !== '-') {
    const path = fileFlag ? resolve(fileFlag) : join(resolve(contextArg), 'Dockerfile');
    if (!existsSync(path) || !statSync(path).isFile())
      return fail(
        `failed to build: failed to solve: failed to read dockerfile: open ${fileFlag ?? 'Dockerfile'}: no such file or directory`,
      );
    dockerfile.text = readFileSync(path, 'utf8');
  }

  let step = 0;
  const say = (s) => io.err(s);
  if (builder.status !== 'running') {
    say(bootstrapProgress(builder.name));
    builder.status = 'running';
    builder.buildkit = 'v0.24.0';
  }
  say(`#0 building with "${builder.name}" instance using ${builder.driver} driver\n\n`);
  const stepDone = (title, lines = []) => {
    step++;
    say(`#${step} ${title}\n${lines.map((l) => `#${step} ${l}\n`).join('')}#${step} DONE 0.0s\n\n`);
  };
  const started = new Date();

  if (isGit) {
    stepDone(`[internal] load git source ${contextArg}`, [
      '0.105 ref: refs/heads/main HEAD',
      `0.110 ${contextArg.split('#')[1]?.split(':')[0] ?? 'HEAD'}`,
    ]);
    stepDone(`[internal] load build definition from ${dockerfile.name}`, [
      `transferring dockerfile: 512B done`,
    ]);
  } else if (dockerfile.text !== null) {
    step++;
    say(
      `#${step} [internal] load build definition from ${dockerfile.name}\n#${step} transferring dockerfile: ${Buffer.byteLength(dockerfile.text)}B done\n#${step} DONE 0.0s\n`,
    );
    const p = parseDockerfile(dockerfile.text);
    if (p.error) {
      say(excerpt(dockerfile.name, dockerfile.text, p.error.line));
      return fail(`failed to build: failed to solve: ${p.error.message}`);
    }
    say('\n');
    dockerfile.instructions = p.instructions;
  }

  const instructions = dockerfile.instructions ?? [{ name: 'FROM', args: 'scratch' }];
  const froms = instructions
    .filter((x) => x.name === 'FROM')
    .map((x) => x.args.split(/\s+/).find((w) => !w.startsWith('--')));
  for (const f of new Set(froms)) if (f !== 'scratch') stepDone(`[internal] load metadata for ${f}`);
  if (!isGit) {
    stepDone('[internal] load .dockerignore', ['transferring context: 2B done']);
    stepDone('[internal] load build context', ['transferring context: 74B done']);
  }
  const STEPS = ['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR'];
  const buildSteps = instructions.filter((x) => STEPS.includes(x.name));
  const native =
    nodePlatforms(state).includes(platform) || nodePlatforms(state).includes(platform.replace(/\/v8$/, ''));
  // Files of the stages, for RUN steps with mounts, COPY and `type=local` (a local context only).
  const stages = dockerfile.instructions ? new StageFiles(resolve(contextArg)) : null;
  const buildArgs = kv(flags.get('build-arg'));
  const noCacheStages = (flags.get('no-cache-filter') ?? []).flatMap((v) => v.split(','));
  let i = -1;
  for (const s of instructions) {
    if (s.name === 'FROM') stages?.from(s.args);
    stages?.note(s);
    if (!STEPS.includes(s.name)) continue;
    i++;
    const title = `[${i + 1}/${buildSteps.length}] ${s.name} ${s.args}`;
    if (s.name === 'COPY') stages?.copy(s.args);
    if (s.name !== 'RUN') {
      stepDone(title);
      continue;
    }
    step++;
    say(`#${step} ${title}\n`);
    const exit = /(?:^|&&|;)\s*exit\s+([1-9]\d*)\s*$/.exec(s.args);
    let failure = !native
      ? { code: 255, out: 'exec /bin/sh: exec format error' }
      : exit
        ? { code: Number(exit[1]), out: null }
        : null;
    const run = parseRunFlags(s.args);
    if (!failure && stages && run.mounts.length > 0) {
      const r = runWithMounts({
        env,
        state,
        builder: builder.name,
        stages,
        run,
        platform,
        buildArgs,
        namespace: buildArgs.BUILDKIT_CACHE_MOUNT_NS ?? '',
        noCache: flags.get('no-cache') === true || noCacheStages.includes(stages.current.name),
      });
      if (r.cached) {
        say(`#${step} CACHED\n\n`);
        continue;
      }
      for (const line of r.output) say(`#${step} 0.068 ${line}\n`);
      if (r.code !== 0) failure = { code: r.code, out: null };
    }
    if (failure) {
      const cmd = JSON.stringify(`/bin/sh -c ${s.args}`);
      if (failure.out) say(`#${step} 0.012 ${failure.out}\n`);
      const msg = `process ${cmd} did not complete successfully: exit code: ${failure.code}`;
      say(
        `#${step} ERROR: ${msg}\n------\n > ${title}:\n${failure.out ? `0.012 ${failure.out}\n` : ''}------\n`,
      );
      if (dockerfile.text) say(excerpt(dockerfile.name, dockerfile.text, s.line));
      return fail(`failed to build: failed to solve: ${msg}`);
    }
    say(`#${step} DONE 0.1s\n\n`);
  }

  for (const c of caches) {
    if (c.type === 'gha' && c.token && c.token.split('.').length !== 3) {
      if (c.kind === 'to' && truthy(c.attrs.get('ignore-error'))) continue;
      return fail(
        `failed to build: failed to solve: failed to configure gha cache ${c.kind === 'to' ? 'exporter' : 'importer'}: token is malformed: token contains an invalid number of segments`,
      );
    }
  }

  // --call check|outline|targets: evaluate the Dockerfile only, nothing is exported
  const call = flags.get('call');
  if (call && call !== 'build') {
    io.out(
      call.startsWith('check')
        ? 'Check complete, no warnings found.\n'
        : `${call}: nothing to report in the buildx double\n`,
    );
    return 0;
  }

  const labels = kv(flags.get('label'));
  const epoch = env.SOURCE_DATE_EPOCH ? Number(env.SOURCE_DATE_EPOCH) : Math.floor(started.getTime() / 1000);
  const created = new Date(epoch * 1000).toISOString().replace(/\.000Z$/, 'Z');
  const refId = buildRefId();
  const provArgs = {};
  for (const [k, v] of Object.entries(buildArgs)) provArgs[`build-arg:${k}`] = v;
  if (env.SOURCE_DATE_EPOCH) provArgs['build-arg:SOURCE_DATE_EPOCH'] = env.SOURCE_DATE_EPOCH;
  for (const [k, v] of Object.entries(labels)) provArgs[`label:${k}`] = v;
  const materials = froms
    .filter((f) => f !== 'scratch')
    .map((f) => ({
      uri: `pkg:docker/${encodeURIComponent(f.split('@')[0]).replace(/%2F/g, '/')}?platform=${encodeURIComponent(platform)}`,
      digest: { sha256: '0'.repeat(64) },
    }));
  const provMin = {
    builder: { id: provAttrs?.get('builder-id') ?? '' },
    buildType: 'https://mobyproject.org/buildkit@v1',
    materials,
    invocation: {
      configSource: isGit ? { uri: contextArg } : {},
      parameters: {
        frontend: 'dockerfile.v0',
        args: provArgs,
        locals: isGit ? [] : [{ name: 'context' }, { name: 'dockerfile' }],
      },
      environment: { platform },
    },
  };
  const provFull = {
    ...provMin,
    metadata: {
      buildInvocationID: refId,
      buildStartedOn: started.toISOString(),
      buildFinishedOn: new Date().toISOString(),
      completeness: { parameters: provMode === 'max', environment: true, materials: false },
      reproducible: false,
      ...(provMode === 'max'
        ? { 'https://mobyproject.org/buildkit@v1#metadata': { source: { locations: {} } } }
        : {}),
    },
  };

  // Outputs without an image (4-export, 5-inject): the metadata has provenance and ref only.
  const localOut = outputs.find((o) => o.get('type') === 'local');
  if (localOut || (outputs.length > 0 && outputs.every((o) => o.get('type') === 'cacheonly'))) {
    if (localOut) {
      const dest = resolve(localOut.get('dest') ?? '.');
      const bytes = stages ? stages.exportLocal(dest, env.SOURCE_DATE_EPOCH ? epoch : undefined) : 0;
      stepDone('exporting to client directory', [`copying files ${bytes}B done`]);
    }
    if (flags.get('metadata-file')) {
      stepDone('resolving provenance for metadata file');
      const ref = `${builder.name}/${builder.driver === 'docker' ? builder.name : `${builder.name}0`}/${refId}`;
      writeFileSync(
        flags.get('metadata-file'),
        JSON.stringify({ 'buildx.build.provenance': provMin, 'buildx.build.ref': ref }, null, 2),
      );
    }
    return 0;
  }

  if (!attest && Object.keys(ann.index).length > 0) {
    step++;
    say(
      `#${step} exporting to image\n#${step} exporting layers 0.0s done\n#${step} ERROR: index annotations not supported for single platform export\n------\n > exporting to image:\n------\n`,
    );
    return fail(
      'failed to build: failed to solve: index annotations not supported for single platform export',
    );
  }

  const image = buildImage({
    platform,
    buildArgs,
    labels,
    created,
    epoch,
    oci,
    attest,
    manifestAnnotations: ann.manifest,
    descriptorAnnotations: ann['manifest-descriptor'],
    indexAnnotations: ann.index,
    subjectName: names[0] ?? 'image',
    provenance: provFull,
  });

  step++;
  const n = `#${step}`;
  say(`${n} exporting to image\n${n} exporting layers 0.0s done\n`);
  const imageManifest = image.manifests[0];
  say(
    `${n} exporting manifest ${imageManifest.digest} done\n${n} exporting config ${image.config.digest} done\n`,
  );
  if (attest)
    say(
      `${n} exporting attestation manifest ${image.attestation.digest} done\n${n} exporting manifest list ${image.top.digest} done\n`,
    );
  if (push) {
    if (names.length === 0)
      return fail('failed to build: failed to solve: tag is needed when pushing to registry');
    try {
      await pushAll(env, state, io, n, image, names, byDigest);
    } catch (e) {
      if (!(e instanceof BuildFailure || e instanceof PushError)) throw e;
      say(`${n} ERROR: ${e.message}\n------\n > exporting to image:\n------\n`);
      return fail(`failed to build: failed to solve: ${e.message}`);
    }
  }
  say(`${n} DONE 0.1s\n\n`);

  for (const c of caches.filter((x) => x.kind === 'to')) {
    stepDone(c.type === 'gha' ? 'exporting cache to GitHub Actions Cache' : `exporting cache to ${c.type}`, [
      'preparing build cache for export 0.0s done',
    ]);
  }

  const meta = {};
  // present even with --provenance=false, always the min form (recordings, observation 2)
  meta['buildx.build.provenance'] = provMin;
  meta['buildx.build.ref'] =
    `${builder.name}/${builder.driver === 'docker' ? builder.name : `${builder.name}0`}/${refId}`;
  if (!attest) meta['containerimage.config.digest'] = image.config.digest;
  meta['containerimage.descriptor'] = {
    mediaType: image.top.mediaType,
    digest: image.top.digest,
    size: image.top.size,
    ...(attest ? {} : { platform: platformObject(platform) }),
  };
  meta['containerimage.digest'] = image.top.digest;
  if (names.length > 0) meta['image.name'] = names.join(',');
  if (flags.get('metadata-file')) {
    stepDone('resolving provenance for metadata file');
    writeFileSync(flags.get('metadata-file'), JSON.stringify(meta, null, 2));
  }
  if (flags.get('iidfile')) writeFileSync(flags.get('iidfile'), image.top.digest);
  return 0;
}

async function pushAll(env, state, io, n, image, names, byDigest) {
  const budget = Number(env.BUILDX_DOUBLE_FAIL_PUSH ?? 0);
  state.pushes = (state.pushes ?? 0) + 1;
  for (const name of names) {
    const [repoName, tag] = byDigest
      ? [name.split('@')[0].replace(/:[^:/]+$/, ''), undefined]
      : splitTag(name);
    const pusher = new Pusher(env, repoName);
    if ((state.pushFailures ?? 0) < budget) {
      state.pushFailures = (state.pushFailures ?? 0) + 1;
      const url = `${pusher.base}/v2/${pusher.repo}/manifests/${image.top.digest}`;
      throw new BuildFailure(
        state.pushFailures % 2 === 1
          ? `failed to push ${repoName}: unexpected status from PUT request to ${url}: 503 Service Unavailable`
          : `failed to push ${repoName}: failed to do request: Put "${url}": read tcp 127.0.0.1:41234->${pusher.host}: read: connection reset by peer`,
      );
    }
    for (const b of image.blobs) await pusher.pushBlob(b);
    io.err(`${n} pushing layers 0.0s done\n`);
    for (const m of image.manifests) await pusher.pushManifest(m);
    if (tag) await pusher.pushManifest(image.top, tag);
    io.err(`${n} pushing manifest for ${byDigest ? repoName : name} 0.0s done\n`);
  }
}

function splitTag(name) {
  const colon = name.lastIndexOf(':');
  return colon > name.lastIndexOf('/') ? [name.slice(0, colon), name.slice(colon + 1)] : [name, 'latest'];
}
