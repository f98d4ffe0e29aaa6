import {
  chooseBuilder,
  createBuilderArgs,
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
import type { Log } from '../base/ports.js';

/** What the build runs on, and what the post step must undo. */
export interface BuildSetup {
  buildx: Version | undefined;
  /** The builder to pass to `--builder`, undefined for the current one. */
  builder: string | undefined;
  /** Set when this step created the builder: the post step removes it. */
  createdBuilder?: string;
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
 * registered yet, then the builder: the named or current one when it can push by digest and
 * export the cache, else a new docker-container builder (what setup-buildx-action does).
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
      `builder "${options.builder}" was not found: ${inspected.stderrTail.trim().split('\n').pop() ?? ''}`,
    );
  }
  let current: BuilderInfo | undefined =
    inspected.exitCode === 0 ? parseInspect(inspected.stdout) : undefined;

  const setup: BuildSetup = { buildx, builder: options.builder };
  // Several platforms (`linux/amd64,linux/arm64`) may each need an emulator.
  for (const platform of options.platform.split(',')) {
    const arch = qemuArchNeeded(platform, options.runnerArch, current?.platforms ?? []);
    if (arch === undefined) continue;
    log.info(
      `${platform} does not run natively on this ${options.runnerArch ?? 'unknown'} runner: installing QEMU for ${arch}`,
    );
    await docker.run(qemuInstallArgs(arch), { timeoutMs: DOCKER_TIMEOUTS.setUp });
    setup.qemuInstalled = setup.qemuInstalled ? `${setup.qemuInstalled},${arch}` : arch;
  }

  if (options.builder) {
    log.info(`Using builder "${options.builder}" as requested`);
  } else {
    const decision = chooseBuilder(current, { ghaCache: options.ghaCache });
    if (decision.action === 'reuse') {
      log.info(`Using the current builder "${decision.name}"`);
    } else {
      log.info(`Creating a docker-container builder: ${decision.reason}`);
      await docker.run(createBuilderArgs(options.newBuilderName), { timeoutMs: DOCKER_TIMEOUTS.setUp });
      setup.builder = options.newBuilderName;
      setup.createdBuilder = options.newBuilderName;
      const fresh = await docker.run(['buildx', 'inspect', options.newBuilderName], { quietStdout: true });
      current = parseInspect(fresh.stdout);
    }
  }
  if (options.ghaCache) {
    const problem = ghaCacheProblem(buildx, current?.buildkit);
    if (problem) log.warning(problem);
  }
  return setup;
}

/** Removes a builder this action created; prints its logs first when the build failed. */
export async function tearDownBuilder(
  docker: DockerCli,
  name: string,
  buildFailed: boolean,
  log: Log,
): Promise<void> {
  if (buildFailed) {
    log.info(`Logs of the builder "${name}" (the build failed):`);
    await docker.run(['logs', `buildx_buildkit_${name}0`], { allowFailure: true });
  }
  await docker.run(removeBuilderArgs(name), { allowFailure: true });
}
