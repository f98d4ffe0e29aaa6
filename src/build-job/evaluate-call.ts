import type { Log } from '../base/ports.js';
import type { BuildInvocation } from '../buildx/build-args.js';
import { checkSummary, parseCheckReport, type CheckFinding } from '../buildx/check-report.js';
import { DOCKER_TIMEOUTS, type DockerCli } from '../buildx/cli.js';
import { classifyBuildFailure, describeBuildFailure } from '../buildx/failures.js';

export interface CallResult {
  /** What buildx printed on stdout: the report, the outline, the targets. */
  output: string;
  findings: CheckFinding[];
  summary: string;
}

/**
 * Runs a build with `--call` other than `build` (check, outline, targets): nothing is exported
 * or pushed. A check's findings become warning annotations on their Dockerfile lines and the
 * summary lists them; the step fails when buildx says the check failed (exit 1 with warnings).
 */
export async function evaluateCall(
  docker: DockerCli,
  invocation: BuildInvocation,
  call: string,
  log: Log,
  options: { dockerfile?: string } = {},
): Promise<CallResult> {
  const result = await docker.run(invocation.args, {
    timeoutMs: DOCKER_TIMEOUTS.build,
    untrustedOutput: true,
    allowFailure: true,
  });
  const isCheck = call === 'check' || call.startsWith('check,');
  const findings = isCheck ? parseCheckReport(result.stdout) : [];
  const dockerfile = options.dockerfile ?? findings[0]?.file ?? 'Dockerfile';
  for (const f of findings) {
    log.warning(f.url ? `${f.detail} (${f.url})` : f.detail, {
      title: f.rule,
      file: options.dockerfile ?? f.file,
      ...(f.line !== undefined ? { startLine: f.line } : {}),
    });
  }
  if (result.exitCode !== 0) {
    if (findings.length > 0) {
      const list = findings.map((f) => `${f.rule}${f.line !== undefined ? ` (line ${f.line})` : ''}`);
      throw new CheckFailedError(
        `Dockerfile check of ${dockerfile} found ${findings.length} warning${findings.length === 1 ? '' : 's'}: ${list.join(', ')}`,
        checkSummary(findings, dockerfile),
      );
    }
    throw new Error(
      `buildx build --call=${call} failed: ${describeBuildFailure(classifyBuildFailure(result.stderrTail))}`,
    );
  }
  const summary = isCheck
    ? checkSummary(findings, dockerfile)
    : `### buildx --call=${call}\n\n\`\`\`\n${result.stdout.trimEnd()}\n\`\`\`\n`;
  return { output: result.stdout, findings, summary };
}

/** A check that found warnings: the step fails, and still shows what it found. */
export class CheckFailedError extends Error {
  override readonly name = 'CheckFailedError';
  constructor(
    message: string,
    readonly summary: string,
  ) {
    super(message);
  }
}
