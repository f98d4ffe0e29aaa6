export const id = 303;
export const ids = [303];
export const modules = {

/***/ 36303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ setUpBuilder),
  tearDownBuilder: () => (/* binding */ tearDownBuilder)
});

// UNUSED EXPORTS: checkVersionGates

;// CONCATENATED MODULE: ./src/buildx/version.ts
const SEMVER = /v?(\d+)\.(\d+)(?:\.(\d+))?/;
function version_parseVersion(text) {
    const m = SEMVER.exec(text.trim());
    if (!m)
        return undefined;
    return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0), raw: text.trim() };
}
/** `github.com/docker/buildx v0.28.0 b1281b8...` (builders/version.stdout). */
function parseBuildxVersion(stdout) {
    const m = /github\.com\/docker\/buildx\s+(\S+)/.exec(stdout);
    return m?.[1] ? version_parseVersion(m[1]) : undefined;
}
function atLeast(v, min) {
    const m = version_parseVersion(min);
    if (!m)
        throw new Error(`bad version ${min}`);
    if (v.major !== m.major)
        return v.major > m.major;
    if (v.minor !== m.minor)
        return v.minor > m.minor;
    return v.patch >= m.patch;
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
/** Arguments after `docker` that create and select a bootstrapped docker-container builder. */
function createBuilderArgs(name, driverOpts = []) {
    return [
        'buildx',
        'create',
        '--name',
        name,
        '--driver',
        'docker-container',
        ...driverOpts.flatMap((o) => ['--driver-opt', o]),
        '--use',
        '--bootstrap',
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
    if (builderPlatforms.some((p) => p === platform || p.startsWith(`${platform}/`)))
        return undefined;
    return arch;
}
function qemuInstallArgs(arch) {
    return ['run', '--privileged', '--rm', 'tonistiigi/binfmt', '--install', arch];
}

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
 * registered yet, then the builder: the named or current one when it can push by digest and
 * export the cache, else a new docker-container builder (what setup-buildx-action does).
 */
async function setUpBuilder(docker, options, log) {
    const version = await docker.run(['buildx', 'version'], { quietStdout: true });
    const buildx = parseBuildxVersion(version.stdout);
    log.info(`buildx ${buildx?.raw ?? 'of unknown version'}`);
    checkVersionGates(buildx, options.buildArgs);
    const inspectArgs = ['buildx', 'inspect', ...(options.builder ? [options.builder] : [])];
    const inspected = await docker.run(inspectArgs, { quietStdout: true, allowFailure: true });
    if (options.builder && inspected.exitCode !== 0) {
        throw new Error(`builder "${options.builder}" was not found: ${inspected.stderrTail.trim().split('\n').pop() ?? ''}`);
    }
    let current = inspected.exitCode === 0 ? parseInspect(inspected.stdout) : undefined;
    const setup = { buildx, builder: options.builder };
    const arch = qemuArchNeeded(options.platform, options.runnerArch, current?.platforms ?? []);
    if (arch !== undefined) {
        log.info(`${options.platform} does not run natively on this ${options.runnerArch ?? 'unknown'} runner: installing QEMU for ${arch}`);
        await docker.run(qemuInstallArgs(arch));
        setup.qemuInstalled = arch;
    }
    if (options.builder) {
        log.info(`Using builder "${options.builder}" as requested`);
    }
    else {
        const decision = chooseBuilder(current, { ghaCache: options.ghaCache });
        if (decision.action === 'reuse') {
            log.info(`Using the current builder "${decision.name}"`);
        }
        else {
            log.info(`Creating a docker-container builder: ${decision.reason}`);
            await docker.run(createBuilderArgs(options.newBuilderName));
            setup.builder = options.newBuilderName;
            setup.createdBuilder = options.newBuilderName;
            const fresh = await docker.run(['buildx', 'inspect', options.newBuilderName], { quietStdout: true });
            current = parseInspect(fresh.stdout);
        }
    }
    if (options.ghaCache) {
        const problem = ghaCacheProblem(buildx, current?.buildkit);
        if (problem)
            log.warning(problem);
    }
    return setup;
}
/** Removes a builder this action created; prints its logs first when the build failed. */
async function tearDownBuilder(docker, name, buildFailed, log) {
    if (buildFailed) {
        log.info(`Logs of the builder "${name}" (the build failed):`);
        await docker.run(['logs', `buildx_buildkit_${name}0`], { allowFailure: true });
    }
    await docker.run(removeBuilderArgs(name), { allowFailure: true });
}


/***/ })

};
