// `docker buildx build`: validate like buildx, print plain progress like
// build/*/amd64.build.stderr, build a tiny real image per platform, run the exporters
// (outputs.mjs), write the metadata file. --call lives in check.mjs; RUN steps with a cache mount
// run in stage-files.mjs.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseAttrs } from './csv.mjs';
import { parseBuildFlags, FlagError, USAGE_BUILD } from './flags.mjs';
import { parseDockerfile, excerpt, splitFlags } from './dockerfile.mjs';
import { buildRefId } from './image.mjs';
import { nodePlatforms } from './state.mjs';
import { bootstrapProgress } from './builders.mjs';
import { attestations, provenance } from './attest.mjs';
import { annotationsFor, parsePlatforms, resultsFor } from './multi.mjs';
import {
  ExportFailure,
  planExports,
  runExporter,
  takesDefaultAttestations,
  writeMetadata,
} from './outputs.mjs';
import { baseImages, closure, planSteps, readStages, usesContext } from './stages.mjs';
import { outline, parseCall, runCheck, targetStage, targets } from './check.mjs';
import { StageFiles, parseRunMounts, runWithMounts, runsInShell } from './stage-files.mjs';
import {
  EarlyError,
  checkGranted,
  checkRunEntitlements,
  maskSecretEnv,
  openSecrets,
  parseEntitlements,
  parseExtraHosts,
  runNeeds,
} from './secrets.mjs';

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

/**
 * `record` (optional) is filled once the build reaches BuildKit, for the build record that
 * `history` shows afterwards (see history.mjs).
 */
export async function build(argv, env, state, io, record) {
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
    if (record?.builder) record.error = msg;
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

  // --secret / --add-host / --allow: refused before any progress (build2/flags/, obs. 5 and 6)
  let secrets;
  let allowed;
  try {
    secrets = openSecrets(flags.get('secret'), env);
    parseExtraHosts(flags.get('add-host'));
    allowed = parseEntitlements(flags.get('allow'));
    checkGranted(builder, allowed);
  } catch (e) {
    if (!(e instanceof EarlyError)) throw e;
    return fail(e.message);
  }

  const plat = parsePlatforms(
    flags.get('platform'),
    process.arch === 'arm64' ? 'linux/arm64' : 'linux/amd64',
  );
  if (plat.error) return fail(plat.error);
  const { platforms } = plat;

  // outputs (outputs.mjs); attestations ride on image exporters, explicit ones also on oci
  const call = parseCall(flags.get('call'));
  const plan = planExports(flags, builder);
  if (plan.error) return fail(plan.error);
  const { exporters } = plan;
  const imageOut = exporters.find((e) => e.type === 'image');
  const byDigest = imageOut?.byDigest ?? false;
  const names = imageOut?.names ?? [];
  const { attest, explicit, provAttrs } = attestations(flags, env);
  const attestFor = (e) =>
    attest && (takesDefaultAttestations(e) || (explicit && e.type === 'oci')) ? attest : null;

  // annotations: [type[platform]:]key=value, untyped means manifest
  const anns = platforms.map((p) => annotationsFor(flags.get('annotation'), p));
  if (anns[0].error) return fail(anns[0].error);

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
  let cached = 0;
  const say = (s) => io.err(s);
  if (builder.status !== 'running') {
    say(bootstrapProgress(builder.name));
    builder.status = 'running';
    builder.buildkit = 'v0.24.0';
  }
  say(`#0 building with "${builder.name}" instance using ${builder.driver} driver\n\n`);
  if (record)
    Object.assign(record, {
      builder,
      startedAt: new Date(),
      steps: () => step,
      cachedSteps: () => cached,
      platform: platforms.join(','),
      name: isGit ? contextArg : basename(resolve(contextArg)),
      context: isGit ? contextArg : '.',
      dockerfile: fileFlag ?? 'Dockerfile',
      buildArgs: kv(flags.get('build-arg')),
    });
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

  const instructions = dockerfile.instructions ?? [
    { name: 'FROM', keyword: 'FROM', args: 'scratch', line: 1 },
  ];
  const buildArgs = kv(flags.get('build-arg'));
  const model = readStages(instructions, dockerfile.text ?? '', buildArgs);
  const target = targetStage(model, flags.get('target'));
  if (!target)
    return fail(`failed to build: failed to solve: target stage "${flags.get('target')}" could not be found`);
  if (call.name === 'targets') {
    io.out(targets(model));
    return 0;
  }
  const needed = call.name === 'check' ? model.stages : closure(model.stages, target);
  const multi = platforms.length > 1;
  for (const f of baseImages(model, needed))
    for (const p of multi ? platforms : [''])
      stepDone(`[${p ? `${p} ` : ''}internal] load metadata for ${f}`);
  if (!isGit) stepDone('[internal] load .dockerignore', ['transferring context: 2B done']);

  const epoch = env.SOURCE_DATE_EPOCH ? Number(env.SOURCE_DATE_EPOCH) : Math.floor(started.getTime() / 1000);
  const created = new Date(epoch * 1000).toISOString().replace(/\.000Z$/, 'Z');
  const ctx = {
    io,
    env,
    state,
    builder,
    created,
    next: () => `#${++step}`,
    localTime: epoch,
    rewriteEpoch: env.SOURCE_DATE_EPOCH ? epoch : undefined,
  };
  // --call: evaluate the Dockerfile only; check still runs an image exporter on an empty image
  if (call.name === 'outline') {
    io.out(outline(model, target));
    return 0;
  }
  if (call.name === 'check') {
    const df = { name: dockerfile.name, text: dockerfile.text ?? '' };
    const opts = {
      model,
      dockerfile: df,
      call,
      exporters,
      platforms,
      metadataFile: flags.get('metadata-file'),
    };
    try {
      return await runCheck(ctx, opts);
    } catch (err) {
      if (!(err instanceof ExportFailure)) throw err;
      return fail(`failed to build: failed to solve: ${err.message}`);
    }
  }
  if (call.name !== 'build')
    return fail(`failed to build: failed to solve: unknown subrequest "${call.name}"`);

  const denied = checkRunEntitlements(
    needed.flatMap((s) => s.instructions),
    allowed,
  );
  if (denied) return fail(`failed to build: failed to solve: ${denied}`);
  if (!isGit && usesContext(needed))
    stepDone('[internal] load build context', ['transferring context: 74B done']);
  // The stages' files per platform (a local context only): RUN with a cache mount, COPY, and the
  // target's files when it is built from scratch.
  const filesByPlatform = new Map();
  const noCacheStages = (flags.get('no-cache-filter') ?? []).flatMap((v) => v.split(','));
  for (const platform of platforms) {
    const native =
      nodePlatforms(state).includes(platform) || nodePlatforms(state).includes(platform.replace(/\/v8$/, ''));
    const files = dockerfile.text !== null && !isGit ? new StageFiles(model, resolve(contextArg)) : null;
    if (files) filesByPlatform.set(platform, files);
    for (const { title: plain, instruction: s, stage } of planSteps(model, target, {
      platform,
      buildArgs,
      prefixPlatform: multi,
    })) {
      const title = maskSecretEnv(plain, s.args);
      if (s.name === 'COPY') files?.copy(stage, s.args);
      if (s.name !== 'RUN') {
        stepDone(title);
        continue;
      }
      step++;
      say(`#${step} ${title}\n`);
      const missing = runNeeds(s.args).secrets.find((x) => x.required && !secrets.has(x.id));
      if (missing) {
        const msg = `secret ${missing.id}: not found`;
        say(`#${step} ERROR: ${msg}\n------\n > ${title}:\n------\n`);
        if (dockerfile.text) say(excerpt(dockerfile.name, dockerfile.text, s.line, s.endLine));
        return fail(`failed to build: failed to solve: ${msg}`);
      }
      const exit = /(?:^|&&|;)\s*exit\s+([1-9]\d*)\s*$/.exec(s.args);
      let failure = !native
        ? { code: 255, out: 'exec /bin/sh: exec format error' }
        : exit
          ? { code: Number(exit[1]), out: null }
          : null;
      const run = parseRunMounts(s.args);
      if (!failure && files && runsInShell(run)) {
        const r = runWithMounts({
          env,
          state,
          builder: builder.name,
          files,
          stage,
          instruction: s,
          run,
          platform,
          buildArgs,
          namespace: buildArgs.BUILDKIT_CACHE_MOUNT_NS ?? '',
          noCache:
            flags.get('no-cache') === true ||
            noCacheStages.some((n) => stage.name && n.toLowerCase() === stage.name.toLowerCase()),
        });
        if (r.cached) {
          cached++;
          say(`#${step} CACHED\n\n`);
          continue;
        }
        for (const line of r.output) say(`#${step} 0.068 ${line}\n`);
        if (r.code !== 0) failure = { code: r.code, out: null };
      }
      if (failure) {
        const cmd = JSON.stringify(`/bin/sh -c ${splitFlags(s.args).rest}`);
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
  }

  for (const c of caches) {
    if (c.type === 'gha' && c.token && c.token.split('.').length !== 3) {
      if (c.kind === 'to' && truthy(c.attrs.get('ignore-error'))) continue;
      return fail(
        `failed to build: failed to solve: failed to configure gha cache ${c.kind === 'to' ? 'exporter' : 'importer'}: token is malformed: token contains an invalid number of segments`,
      );
    }
  }

  const labels = kv(flags.get('label'));
  const refId = buildRefId();
  if (record) record.refId = refId;
  const prov = provenance({
    provAttrs,
    mode: attest?.mode,
    buildArgs,
    labels,
    env,
    froms: baseImages(model, needed, false),
    isGit,
    contextArg,
    refId,
    started,
  });

  if (!multi && !exporters.some((e) => attestFor(e)) && Object.keys(anns[0].index).length > 0) {
    step++;
    say(
      `#${step} exporting to image\n#${step} exporting layers 0.0s done\n#${step} ERROR: index annotations not supported for single platform export\n------\n > exporting to image:\n------\n`,
    );
    return fail(
      'failed to build: failed to solve: index annotations not supported for single platform export',
    );
  }

  const resultFor = resultsFor({
    platforms,
    anns,
    attestFor,
    rewriteEpoch: ctx.rewriteEpoch,
    image: { buildArgs, labels, created, subjectName: names[0] ?? 'image' },
    provenance: prov,
    // a target built from scratch holds exactly what its steps wrote (4-export)
    filesFor: (platform) => {
      const files = filesByPlatform.get(platform);
      return files?.fromScratch(target) ? files.files(target) : undefined;
    },
  });
  const meta = {};
  for (const e of exporters.filter((x) => x.type !== 'cacheonly')) {
    try {
      Object.assign(meta, await runExporter(ctx, e, resultFor(e)));
    } catch (err) {
      if (!(err instanceof ExportFailure)) throw err;
      return fail(`failed to build: failed to solve: ${err.message}`);
    }
  }

  for (const c of caches.filter((x) => x.kind === 'to')) {
    stepDone(c.type === 'gha' ? 'exporting cache to GitHub Actions Cache' : `exporting cache to ${c.type}`, [
      'preparing build cache for export 0.0s done',
    ]);
  }

  // a multi-platform build has no buildx.build.provenance (build2/multi, observation 4)
  if (!multi) meta['buildx.build.provenance'] = prov(platforms[0]).min;
  meta['buildx.build.ref'] =
    `${builder.name}/${builder.driver === 'docker' ? builder.name : `${builder.name}0`}/${refId}`;
  if (flags.get('metadata-file')) {
    stepDone('resolving provenance for metadata file');
    writeMetadata(flags.get('metadata-file'), meta);
  }
  if (flags.get('iidfile') && meta['containerimage.digest'])
    writeFileSync(flags.get('iidfile'), meta['containerimage.digest']);
  if (plan.warning) say(plan.warning);
  return 0;
}
