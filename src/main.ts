import { BUILD_STATE } from './build-job/state.js';
import { parseMode, type Mode } from './inputs/mode.js';
import type { RawInputs } from './inputs/reader.js';
import type { ModeContext } from './base/ports.js';
import { publishResult } from './modes/result.js';
import { fail, runnerContext, runnerInputs, savedState } from './runner/actions-runner.js';

/** State keys shared by the main and the post step. */
export const STATE = { isPost: 'isPost', mode: 'mode' } as const;

/**
 * The main step: read the mode, run it, publish its result. Each mode's modules are loaded only
 * when that mode runs, so `metadata` never pays for the registry or artifact code.
 */
export async function main(raw: RawInputs = runnerInputs, ctx: ModeContext = runnerContext()): Promise<void> {
  try {
    ctx.io.saveState(STATE.isPost, 'true');
    const mode = parseMode(raw('mode'));
    ctx.io.saveState(STATE.mode, mode);
    const { refuseForeignInputs } = await import('./inputs/foreign-inputs.js');
    refuseForeignInputs(mode, raw);
    await runMode(mode, raw, ctx);
  } catch (error) {
    fail(error);
  }
}

async function runMode(mode: Mode, raw: RawInputs, ctx: ModeContext): Promise<void> {
  switch (mode) {
    case 'metadata': {
      const { parseMetadataInputs } = await import('./inputs/metadata.js');
      const { runMetadata } = await import('./modes/metadata.js');
      const inputs = parseMetadataInputs(raw);
      return publishResult(await runMetadata(inputs, ctx), ctx);
    }
    case 'merge': {
      const { parseMergeInputs } = await import('./inputs/merge.js');
      const { runMerge } = await import('./modes/merge.js');
      const inputs = parseMergeInputs(raw);
      return publishResult(await runMerge(inputs, ctx), ctx);
    }
    case 'build': {
      const { parseBuildInputs } = await import('./inputs/build.js');
      const { runBuild } = await import('./modes/build.js');
      const inputs = parseBuildInputs(raw);
      return publishResult(await runBuild(inputs, ctx), ctx);
    }
    case 'export-digest': {
      const { parseExportDigestInputs } = await import('./inputs/export-digest.js');
      const { runExportDigest } = await import('./modes/export-digest.js');
      const inputs = parseExportDigestInputs(raw);
      return publishResult(await runExportDigest(inputs, ctx), ctx);
    }
  }
}

/**
 * The post step: undo what the main step set up (builders, logins), whatever its outcome. Each
 * clean-up runs on its own, so a builder that cannot be removed never leaves credentials behind.
 */
export async function post(ctx: ModeContext = runnerContext()): Promise<void> {
  const cleanUps: Array<[string, () => Promise<void>]> = [
    [
      'remove the builder',
      async () => {
        const builder = savedState(BUILD_STATE.builder);
        if (builder === '') return;
        const { tearDownBuilder } = await import('./build-job/builder-setup.js');
        const { createDockerCli } = await import('./buildx/cli.js');
        const docker = createDockerCli({ run: ctx.run, env: ctx.env });
        const failed = savedState(BUILD_STATE.failed) === 'true';
        const driver = savedState(BUILD_STATE.builderDriver) || undefined;
        await tearDownBuilder(docker, builder, failed, ctx.log, driver);
      },
    ],
    [
      'log out',
      async () => {
        const { LOGIN_STATE, logOut } = await import('./login/login.js');
        logOut(savedState(LOGIN_STATE), ctx);
      },
    ],
  ];
  const failures: string[] = [];
  for (const [what, cleanUp] of cleanUps) {
    try {
      await cleanUp();
    } catch (error) {
      failures.push(`could not ${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failures.length > 0) fail(new Error(failures.join('; ')));
}
