import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  chooseBuilder,
  createBuilderArgs,
  listsPlatform,
  parseInspect,
  qemuArchNeeded,
  qemuInstallArgs,
  removeBuilderArgs,
  type BuilderInfo,
} from '../buildx/builder.js';
import { DOCKER_TIMEOUTS, type DockerCli } from '../buildx/cli.js';
import {
  ghaCacheProblem,
  missingFeature,
  parseBuildxVersion,
  type BuildxFeature,
  type Version,
} from '../buildx/version.js';
import { CommandFailedError, lastMeaningfulLine } from '../base/command.js';
import type { Log } from '../base/ports.js';
import type { BuilderInputs } from '../inputs/builder.js';

/** What the build runs on, and what the post step must undo. */
export interface BuildSetup {
  buildx: Version | undefined;
  /** The builder to pass to `--builder`, undefined for the current one. */
  builder: string | undefined;
  /** Set when this step created the builder: the post step removes it. */
  createdBuilder?: string;
  /** The driver of the created builder. */
  createdDriver?: string;
  qemuInstalled?: string;
}

export interface SetupOptions {
  /** The `builder` input, when the user named one. */
  builder?: string;
  /** One platform, or several comma-joined. */
  platform: string;
  runnerArch: string | undefined;
  /** True when the build exports a `type=gha` cache (it needs BuildKit >= 0.20). */
  ghaCache: boolean;
  /** A name for a builder this step creates (unique per job). */
  newBuilderName: string;
  /** The buildx flags the build will pass, for the version gates. */
  buildArgs: readonly string[];
  /** How to create a builder (setup-buildx-action's inputs) and which binfmt image installs QEMU. */
  newBuilder: BuilderInputs;
  /** A private directory for the inline buildkitd config, which lives only while `create` runs. */
  tempDir: string;
  /**
   * Called right before `buildx create`, so that the post step removes the builder even when the
   * set-up fails part-way (a create whose bootstrap failed leaves the builder behind).
   */
  onCreating?: (name: string, driver: string) => void;
}

/** Flags of `buildx build` that need a minimum buildx version (`BUILDX_MINIMUMS`). */
const GATED_FLAGS: Record<string, BuildxFeature> = {
  '--provenance': 'provenance',
  '--annotation': 'annotation',
  '--call': 'call',
};

/** Fails with one line naming the flag and the version needed, before anything is set up. */
export function checkVersionGates(buildx: Version | undefined, args: readonly string[]): void {
  if (buildx === undefined) return;
  for (const [flag, feature] of Object.entries(GATED_FLAGS)) {
    const problem = args.includes(flag) ? missingFeature(buildx, feature) : undefined;
    if (problem)
      throw new Error(
        `${problem}: update buildx on the runner (docker/setup-buildx-action or the runner image)`,
      );
  }
}

/**
 * Prepares buildx after the login: QEMU only when the platform is foreign to the runner and not
 * registered yet, then the builder: the named one; a new one when the builder inputs ask for it;
 * else the current one when it can push by digest and export the cache, or a new docker-container
 * builder (what setup-buildx-action does). The current builder of the docker context never changes.
 */
export async function setUpBuilder(docker: DockerCli, options: SetupOptions, log: Log): Promise<BuildSetup> {
  const version = await docker.run(['buildx', 'version'], { quietStdout: true });
  const buildx = parseBuildxVersion(version.stdout);
  log.info(`buildx ${buildx?.raw ?? 'of unknown version'}`);
  checkVersionGates(buildx, options.buildArgs);

  const inspectArgs = ['buildx', 'inspect', ...(options.builder ? [options.builder] : [])];
  const inspected = await docker.run(inspectArgs, { quietStdout: true, allowFailure: true });
  if (options.builder && inspected.exitCode !== 0) {
    throw new Error(
      `builder "${options.builder}" was not found: ${lastMeaningfulLine(inspected.stderrTail)}`,
    );
  }
  let current: BuilderInfo | undefined =
    inspected.exitCode === 0 ? parseInspect(inspected.stdout) : undefined;

  const setup: BuildSetup = { buildx, builder: options.builder };
  const wanted = options.newBuilder;
  // QEMU registered on this runner serves builders that run here, not a remote or kubernetes one.
  const local = options.builder !== undefined || !wanted.configured || wanted.driver === 'docker-container';
  // Several platforms (`linux/amd64,linux/arm64`) may each need an emulator.
  for (const platform of local ? options.platform.split(',') : []) {
    const arch = qemuArchNeeded(platform, options.runnerArch, current?.platforms ?? []);
    if (arch === undefined) continue;
    log.info(
      `${platform} does not run natively on this ${options.runnerArch ?? 'unknown'} runner: installing QEMU for ${arch}`,
    );
    await installQemu(docker, arch, wanted.qemuImage);
    setup.qemuInstalled = setup.qemuInstalled ? `${setup.qemuInstalled},${arch}` : arch;
  }

  if (options.builder) {
    log.info(`Using builder "${options.builder}" as requested`);
  } else {
    const decision = wanted.configured
      ? { action: 'create' as const, reason: 'the builder inputs ask for one' }
      : chooseBuilder(current, { ghaCache: options.ghaCache });
    if (decision.action === 'reuse') {
      log.info(`Using the current builder "${decision.name}"`);
    } else {
      log.info(`Creating a ${wanted.driver} builder: ${decision.reason}`);
      current = await createBuilder(docker, options);
      setup.builder = options.newBuilderName;
      setup.createdBuilder = options.newBuilderName;
      setup.createdDriver = wanted.driver;
      const unlisted = options.platform.split(',').filter((p) => !listsPlatform(current?.platforms ?? [], p));
      if (!local && unlisted.length > 0) {
        log.warning(
          `the ${wanted.driver} builder lists ${current.platforms.join(', ') || 'no platforms'}, not ${unlisted.join(', ')}: the build fails unless its BuildKit can run ${unlisted.join(', ')}`,
        );
      }
    }
  }
  if (options.ghaCache) {
    const problem = ghaCacheProblem(buildx, current?.buildkit);
    if (problem) log.warning(problem);
  }
  return setup;
}

/** `docker run <binfmt image> --install <arch>`; a failure names the daemon's reason. */
async function installQemu(docker: DockerCli, arch: string, image: string): Promise<void> {
  try {
    await docker.run(qemuInstallArgs(arch, image), { timeoutMs: DOCKER_TIMEOUTS.setUp });
  } catch (error) {
    if (!(error instanceof CommandFailedError)) throw error;
    // docker prints the daemon's error, then a `Run 'docker run --help'` hint (build2/builder/binfmt-*.stderr).
    const reason = lastMeaningfulLine(error.stderrTail);
    throw new Error(
      `QEMU for ${arch} could not be installed with ${image} (exit code ${error.exitCode})${reason ? `: ${reason}` : ''}`,
    );
  }
}

async function createBuilder(docker: DockerCli, options: SetupOptions): Promise<BuilderInfo> {
  const { newBuilder: wanted, newBuilderName: name } = options;
  let configFile = wanted.buildkitdConfig;
  if (wanted.buildkitdConfigInline !== undefined) {
    mkdirSync(options.tempDir, { recursive: true, mode: 0o700 });
    configFile = join(options.tempDir, 'buildkitd.toml');
    // The runner trims inputs; TOML ends with a newline.
    writeFileSync(configFile, `${wanted.buildkitdConfigInline.trimEnd()}\n`, { mode: 0o600 });
  }
  options.onCreating?.(name, wanted.driver);
  try {
    await docker.run(
      createBuilderArgs({
        name,
        driver: wanted.driver,
        endpoint: wanted.endpoint,
        driverOpts: wanted.driverOpts,
        configFile,
        flags: wanted.buildkitdFlags,
      }),
      { timeoutMs: DOCKER_TIMEOUTS.setUp },
    );
  } finally {
    // buildx keeps its own copy of the config in the builder's store (observation 8).
    if (wanted.buildkitdConfigInline !== undefined && configFile) rmSync(configFile, { force: true });
  }
  const fresh = await docker.run(['buildx', 'inspect', name], { quietStdout: true });
  return parseInspect(fresh.stdout);
}

/**
 * Removes a builder this action created; prints its logs first when the build failed and the
 * builder is a container on this runner (a remote or kubernetes BuildKit has no such container).
 */
export async function tearDownBuilder(
  docker: DockerCli,
  name: string,
  buildFailed: boolean,
  log: Log,
  driver = 'docker-container',
): Promise<void> {
  if (buildFailed && driver === 'docker-container') {
    log.info(`Logs of the builder "${name}" (the build failed):`);
    await docker.run(['logs', `buildx_buildkit_${name}0`], { allowFailure: true });
  }
  await docker.run(removeBuilderArgs(name), { allowFailure: true });
}
