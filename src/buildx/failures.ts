/**
 * Classifies a failed `docker buildx build` from its stderr: buildx ends with one `ERROR: ...`
 * line (errors/*.stderr). A push that failed on a 5xx, a 429, a reset connection or a timeout is
 * worth retrying; anything else (Dockerfile, RUN, auth, flags) is not.
 */
export interface BuildFailure {
  kind: 'transient-push' | 'build';
  /** The last `ERROR:` line without its prefix, or the last non-empty line. */
  message: string;
  /** The step that failed, as BuildKit names it: `[2/2] RUN make`. */
  step?: string;
  /** Where that step is in the Dockerfile (`Dockerfile.api:12`). */
  location?: { file: string; line: number };
  /** What to do about it, when buildx's words do not say. */
  hint?: string;
}

/**
 * Failures whose message does not tell the user what to do (build2/outputs/load.stderr: `--load`
 * on a remote BuildKit, which has no docker daemon to load into).
 */
const HINTS: Array<[RegExp, string]> = [
  [
    /failed to copy to tar: .*read\/write on closed pipe/,
    'this builder cannot load into the docker daemon (a remote BuildKit): use outputs "type=docker,dest=image.tar" and docker load, "type=oci,dest=image.tar", or a docker-container builder',
  ],
];

const TRANSIENT = [
  /\b5\d\d (?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out|[A-Z][a-z]+)/,
  /\b429\b|Too Many Requests|toomanyrequests/i,
  /connection reset by peer/i,
  /i\/o timeout/i,
  /TLS handshake timeout/i,
  /unexpected EOF/i,
  /broken pipe/i,
];

const PUSHING =
  /failed to push|pushing|unexpected status from (?:PUT|POST|PATCH|HEAD)|failed to copy|failed to do request/i;

export function lastErrorLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l !== '');
  const err = [...lines].reverse().find((l) => l.startsWith('ERROR: '));
  return err ? err.slice('ERROR: '.length) : (lines[lines.length - 1] ?? '');
}

/**
 * After a failed step BuildKit prints its log between dashes, headed ` > [2/2] RUN …:`, then the
 * Dockerfile excerpt headed `file:line` (errors/run-fails.stderr).
 */
const FAILED_STEP = /^ > (\[[^\]]+\] .*):$/;
const LOCATION = /^(\S+):(\d+)$/;

export function classifyBuildFailure(stderr: string): BuildFailure {
  const message = lastErrorLine(stderr);
  const transient = PUSHING.test(message) && TRANSIENT.some((re) => re.test(message));
  const failure: BuildFailure = { kind: transient ? 'transient-push' : 'build', message };
  const hint = HINTS.find(([pattern]) => pattern.test(message));
  if (hint) failure.hint = hint[1];
  const lines = stderr.split('\n').map((l) => l.trimEnd());
  const at = lines.findLastIndex((l) => FAILED_STEP.test(l));
  if (at >= 0) {
    failure.step = FAILED_STEP.exec(lines[at] ?? '')?.[1];
    const where = lines
      .slice(at + 1)
      .map((l) => LOCATION.exec(l))
      .find((m) => m !== null);
    if (where?.[1] && where[2]) failure.location = { file: where[1], line: Number(where[2]) };
  }
  return failure;
}

/** One line for the step's error: the failing step and where it is, then buildx's reason. */
export function describeBuildFailure(failure: BuildFailure): string {
  const hint = failure.hint ? `; ${failure.hint}` : '';
  if (!failure.step) return `${failure.message}${hint}`;
  const where = failure.location ? ` (${failure.location.file}:${failure.location.line})` : '';
  return `${failure.step}${where}: ${failure.message}${hint}`;
}
