export const id = 175;
export const ids = [175,462];
export const modules = {

/***/ 35385:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(7163)
const parse = __webpack_require__(16353)
const { safeRe: re, t } = __webpack_require__(95471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 78469:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 41236:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const compare = __webpack_require__(78469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 27175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ setUpBuilder),
  tearDownBuilder: () => (/* binding */ tearDownBuilder)
});

// UNUSED EXPORTS: checkVersionGates

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/semver/functions/coerce.js
var coerce = __webpack_require__(35385);
var coerce_default = /*#__PURE__*/__webpack_require__.n(coerce);
// EXTERNAL MODULE: ./node_modules/semver/functions/gte.js
var gte = __webpack_require__(41236);
var gte_default = /*#__PURE__*/__webpack_require__.n(gte);
;// CONCATENATED MODULE: ./src/buildx/version.ts


/** Reads `v0.28.0`, `0.14.1-desktop.1`, `v0.8+unknown` (semver's coerce: a missing patch is 0). */
function version_parseVersion(text) {
    const parsed = coerce_default()(text.trim());
    return parsed ? { semver: parsed.version, raw: text.trim() } : undefined;
}
/** `github.com/docker/buildx v0.28.0 b1281b8...` (builders/version.stdout). */
function parseBuildxVersion(stdout) {
    const m = /github\.com\/docker\/buildx\s+(\S+)/.exec(stdout);
    return m?.[1] ? version_parseVersion(m[1]) : undefined;
}
function atLeast(v, min) {
    return gte_default()(v.semver, min);
}
/** Minimum buildx versions of the flags this action may pass (buildx release notes). */
const BUILDX_MINIMUMS = {
    provenance: '0.10.0',
    annotation: '0.12.0',
    call: '0.15.0',
    ghaCacheV2: '0.21.0',
};
/** A user-facing reason when `version` lacks `feature`, else undefined. */
function missingFeature(version, feature) {
    const min = BUILDX_MINIMUMS[feature];
    return atLeast(version, min)
        ? undefined
        : `buildx ${version.raw} is too old for ${feature} (needs >= ${min})`;
}
/**
 * The `type=gha` cache talks to GitHub's cache service v2 only with buildx >= 0.21 (fills
 * `url_v2`) and BuildKit >= 0.20 (speaks v2); the v1 service was retired on 2025-04-15.
 */
function ghaCacheProblem(buildx, buildkit) {
    const problems = [];
    if (buildx && !atLeast(buildx, '0.21.0'))
        problems.push(`buildx ${buildx.raw} < 0.21.0`);
    if (buildkit && !atLeast(buildkit, '0.20.0'))
        problems.push(`BuildKit ${buildkit.raw} < 0.20.0`);
    return problems.length
        ? `the type=gha cache needs buildx >= 0.21.0 and BuildKit >= 0.20.0 (found ${problems.join(', ')}); it will not be used`
        : undefined;
}

;// CONCATENATED MODULE: ./src/buildx/builder.ts

/** Parses `docker buildx inspect [name]` text (builders/inspect*.stdout): first node only. */
function parseInspect(stdout) {
    const top = new Map();
    const node = new Map();
    let inNodes = false;
    for (const line of stdout.split('\n')) {
        if (line.startsWith('Nodes:')) {
            inNodes = true;
            continue;
        }
        const m = /^([A-Za-z][A-Za-z ]*?):\s+(.*)$/.exec(line);
        if (!m?.[1] || m[2] === undefined)
            continue;
        const target = inNodes ? node : top;
        if (!target.has(m[1]))
            target.set(m[1], m[2].trim());
    }
    const name = top.get('Name');
    if (!name)
        throw new Error('docker buildx inspect printed no builder name');
    const bk = node.get('BuildKit version');
    const buildkit = bk ? version_parseVersion(bk) : undefined;
    return {
        name,
        driver: top.get('Driver') ?? '',
        status: node.get('Status') ?? 'unknown',
        ...(buildkit ? { buildkit } : {}),
        platforms: (node.get('Platforms') ?? '')
            .split(',')
            .map((p) => p.trim())
            .filter(Boolean),
    };
}
function parseLsJson(stdout) {
    const out = [];
    for (const line of stdout.split('\n')) {
        if (line.trim() === '')
            continue;
        const o = JSON.parse(line);
        const n = o.Nodes?.[0];
        const buildkit = n?.Version ? parseVersion(n.Version) : undefined;
        out.push({
            name: o.Name ?? '',
            driver: o.Driver ?? '',
            current: o.Current === true,
            status: o.Err ? 'error' : (n?.Status ?? 'unknown'),
            ...(buildkit ? { buildkit } : {}),
            platforms: n?.Platforms ?? [],
            ...(o.Err ? { error: o.Err } : {}),
        });
    }
    return out;
}
/** Drivers that can push by digest and export a cache; the `docker` driver can do neither. */
const CAPABLE_DRIVERS = ['docker-container', 'remote', 'kubernetes'];
/**
 * Reuse the current builder when it can push by digest and export the gha cache, else create a
 * `docker-container` builder (what docker/setup-buildx-action does on a runner).
 */
function chooseBuilder(current, opts) {
    if (!current)
        return { action: 'create', reason: 'there is no current builder' };
    if (!CAPABLE_DRIVERS.includes(current.driver)) {
        return {
            action: 'create',
            reason: `the current builder "${current.name}" uses the ${current.driver || 'unknown'} driver, which cannot push by digest nor export a cache`,
        };
    }
    if (current.status === 'error')
        return { action: 'create', reason: `the current builder "${current.name}" is in error` };
    if (opts.ghaCache && current.buildkit && !atLeast(current.buildkit, '0.20.0')) {
        return {
            action: 'create',
            reason: `the current builder "${current.name}" runs BuildKit ${current.buildkit.raw}, older than 0.20.0 which the gha cache needs`,
        };
    }
    return { action: 'reuse', name: current.name };
}
/**
 * Arguments after `docker` that create and boot a builder. No `--use`: buildx would make it the
 * current builder of the docker context (stored in ~/.docker/buildx/current, observation 8 of the
 * recordings) for every later step of the job; the build names it with `--builder` instead.
 */
function createBuilderArgs(o) {
    return [
        'buildx',
        'create',
        '--name',
        o.name,
        '--driver',
        o.driver,
        ...(o.driverOpts ?? []).flatMap((opt) => ['--driver-opt', opt]),
        ...(o.configFile ? ['--buildkitd-config', o.configFile] : []),
        ...(o.flags ? ['--buildkitd-flags', o.flags] : []),
        '--bootstrap',
        ...(o.endpoint ? [o.endpoint] : []),
    ];
}
function removeBuilderArgs(name) {
    return ['buildx', 'rm', name];
}
/** Runner architecture (`RUNNER_ARCH`: X64, ARM64, ARM, X86) as a Go arch. */
function runnerGoArch(runnerArch) {
    return { X64: 'amd64', ARM64: 'arm64', ARM: 'arm', X86: '386' }[runnerArch ?? ''];
}
/**
 * QEMU is needed only when the target architecture is not the runner's own and the builder does
 * not already list the platform (an emulator is registered). Returns the binfmt arch or undefined.
 */
function qemuArchNeeded(platform, runnerArch, builderPlatforms) {
    const arch = platform.split('/')[1] ?? '';
    if (arch === runnerGoArch(runnerArch))
        return undefined;
    if (listsPlatform(builderPlatforms, platform))
        return undefined;
    return arch;
}
/** Registers the emulator for `arch` with the binfmt installer image (setup-qemu-action's way). */
function qemuInstallArgs(arch, image) {
    return ['run', '--privileged', '--rm', image, '--install', arch];
}
/** Whether a builder's platform list has `platform` (or a variant of it: `linux/arm` for `linux/arm/v7`). */
function listsPlatform(platforms, platform) {
    return platforms.some((p) => p === platform || p.startsWith(`${platform}/`));
}

// EXTERNAL MODULE: ./src/buildx/cli.ts
var cli = __webpack_require__(93462);
// EXTERNAL MODULE: ./src/base/command.ts
var command = __webpack_require__(23472);
;// CONCATENATED MODULE: ./src/build-job/builder-setup.ts






/** Flags of `buildx build` that need a minimum buildx version (`BUILDX_MINIMUMS`). */
const GATED_FLAGS = {
    '--provenance': 'provenance',
    '--annotation': 'annotation',
    '--call': 'call',
};
/** Fails with one line naming the flag and the version needed, before anything is set up. */
function checkVersionGates(buildx, args) {
    if (buildx === undefined)
        return;
    for (const [flag, feature] of Object.entries(GATED_FLAGS)) {
        const problem = args.includes(flag) ? missingFeature(buildx, feature) : undefined;
        if (problem)
            throw new Error(`${problem}: update buildx on the runner (docker/setup-buildx-action or the runner image)`);
    }
}
/**
 * Prepares buildx after the login: QEMU only when the platform is foreign to the runner and not
 * registered yet, then the builder: the named one; a new one when the builder inputs ask for it;
 * else the current one when it can push by digest and export the cache, or a new docker-container
 * builder (what setup-buildx-action does). The current builder of the docker context never changes.
 */
async function setUpBuilder(docker, options, log) {
    const version = await docker.run(['buildx', 'version'], { quietStdout: true });
    const buildx = parseBuildxVersion(version.stdout);
    log.info(`buildx ${buildx?.raw ?? 'of unknown version'}`);
    checkVersionGates(buildx, options.buildArgs);
    const inspectArgs = ['buildx', 'inspect', ...(options.builder ? [options.builder] : [])];
    const inspected = await docker.run(inspectArgs, { quietStdout: true, allowFailure: true });
    if (options.builder && inspected.exitCode !== 0) {
        throw new Error(`builder "${options.builder}" was not found: ${(0,command/* lastMeaningfulLine */.HF)(inspected.stderrTail)}`);
    }
    let current = inspected.exitCode === 0 ? parseInspect(inspected.stdout) : undefined;
    const setup = { buildx, builder: options.builder };
    const wanted = options.newBuilder;
    // QEMU registered on this runner serves builders that run here, not a remote or kubernetes one.
    const local = options.builder !== undefined || !wanted.configured || wanted.driver === 'docker-container';
    // Several platforms (`linux/amd64,linux/arm64`) may each need an emulator.
    for (const platform of local ? options.platform.split(',') : []) {
        const arch = qemuArchNeeded(platform, options.runnerArch, current?.platforms ?? []);
        if (arch === undefined)
            continue;
        log.info(`${platform} does not run natively on this ${options.runnerArch ?? 'unknown'} runner: installing QEMU for ${arch}`);
        await installQemu(docker, arch, wanted.qemuImage);
        setup.qemuInstalled = setup.qemuInstalled ? `${setup.qemuInstalled},${arch}` : arch;
    }
    if (options.builder) {
        log.info(`Using builder "${options.builder}" as requested`);
    }
    else {
        const decision = wanted.configured
            ? { action: 'create', reason: 'the builder inputs ask for one' }
            : chooseBuilder(current, { ghaCache: options.ghaCache });
        if (decision.action === 'reuse') {
            log.info(`Using the current builder "${decision.name}"`);
        }
        else {
            log.info(`Creating a ${wanted.driver} builder: ${decision.reason}`);
            current = await createBuilder(docker, options);
            setup.builder = options.newBuilderName;
            setup.createdBuilder = options.newBuilderName;
            setup.createdDriver = wanted.driver;
            const unlisted = options.platform.split(',').filter((p) => !listsPlatform(current?.platforms ?? [], p));
            if (!local && unlisted.length > 0) {
                log.warning(`the ${wanted.driver} builder lists ${current.platforms.join(', ') || 'no platforms'}, not ${unlisted.join(', ')}: the build fails unless its BuildKit can run ${unlisted.join(', ')}`);
            }
        }
    }
    if (options.ghaCache) {
        const problem = ghaCacheProblem(buildx, current?.buildkit);
        if (problem)
            log.warning(problem);
    }
    return setup;
}
/** `docker run <binfmt image> --install <arch>`; a failure names the daemon's reason. */
async function installQemu(docker, arch, image) {
    try {
        await docker.run(qemuInstallArgs(arch, image), { timeoutMs: cli/* DOCKER_TIMEOUTS */.o.setUp });
    }
    catch (error) {
        if (!(error instanceof command/* CommandFailedError */.ju))
            throw error;
        // docker prints the daemon's error, then a `Run 'docker run --help'` hint (build2/builder/binfmt-*.stderr).
        const reason = (0,command/* lastMeaningfulLine */.HF)(error.stderrTail);
        throw new Error(`QEMU for ${arch} could not be installed with ${image} (exit code ${error.exitCode})${reason ? `: ${reason}` : ''}`);
    }
}
async function createBuilder(docker, options) {
    const { newBuilder: wanted, newBuilderName: name } = options;
    let configFile = wanted.buildkitdConfig;
    if (wanted.buildkitdConfigInline !== undefined) {
        (0,external_node_fs_.mkdirSync)(options.tempDir, { recursive: true, mode: 0o700 });
        configFile = (0,external_node_path_.join)(options.tempDir, 'buildkitd.toml');
        // The runner trims inputs; TOML ends with a newline.
        (0,external_node_fs_.writeFileSync)(configFile, `${wanted.buildkitdConfigInline.trimEnd()}\n`, { mode: 0o600 });
    }
    options.onCreating?.(name, wanted.driver);
    try {
        await docker.run(createBuilderArgs({
            name,
            driver: wanted.driver,
            endpoint: wanted.endpoint,
            driverOpts: wanted.driverOpts,
            configFile,
            flags: wanted.buildkitdFlags,
        }), { timeoutMs: cli/* DOCKER_TIMEOUTS */.o.setUp });
    }
    finally {
        // buildx keeps its own copy of the config in the builder's store (observation 8).
        if (wanted.buildkitdConfigInline !== undefined && configFile)
            (0,external_node_fs_.rmSync)(configFile, { force: true });
    }
    const fresh = await docker.run(['buildx', 'inspect', name], { quietStdout: true });
    return parseInspect(fresh.stdout);
}
/**
 * Removes a builder this action created; prints its logs first when the build failed and the
 * builder is a container on this runner (a remote or kubernetes BuildKit has no such container).
 */
async function tearDownBuilder(docker, name, buildFailed, log, driver = 'docker-container') {
    if (buildFailed && driver === 'docker-container') {
        log.info(`Logs of the builder "${name}" (the build failed):`);
        await docker.run(['logs', `buildx_buildkit_${name}0`], { allowFailure: true });
    }
    await docker.run(removeBuilderArgs(name), { allowFailure: true });
}


/***/ }),

/***/ 93462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createDockerCli: () => (/* binding */ createDockerCli),
/* harmony export */   o: () => (/* binding */ DOCKER_TIMEOUTS)
/* harmony export */ });
/** How long each kind of docker call may take before it is stopped. */
const DOCKER_TIMEOUTS = {
    /** `buildx version`, `inspect`, `ls`, `rm`, `logs`: answers from the daemon or the builder. */
    probe: 60_000,
    /** Creating a builder pulls BuildKit's image; installing QEMU pulls binfmt's. */
    setUp: 10 * 60_000,
    /** A build: the longest a GitHub-hosted job may run. */
    build: 6 * 60 * 60_000,
};
function createDockerCli(deps) {
    const command = deps.command ?? 'docker';
    return {
        run: (args, options = {}) => deps.run(command, args, {
            env: deps.env,
            cwd: deps.cwd,
            timeoutMs: options.timeoutMs ?? DOCKER_TIMEOUTS.probe,
            quietStdout: options.quietStdout,
            allowFailure: options.allowFailure,
            untrustedOutput: options.untrustedOutput,
        }),
    };
}


/***/ })

};
