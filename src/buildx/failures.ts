/**
 * Classifies a failed `docker buildx build` from its stderr: buildx ends with one `ERROR: ...`
 * line (errors/*.stderr). A push that failed on a 5xx, a 429, a reset connection or a timeout is
 * worth retrying; anything else (Dockerfile, RUN, auth, flags) is not.
 */
export interface BuildFailure {
  kind: 'transient-push' | 'build';
  /** The last `ERROR:` line without its prefix, or the last non-empty line. */
  message: string;
}

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

export function classifyBuildFailure(stderr: string): BuildFailure {
  const message = lastErrorLine(stderr);
  const transient = PUSHING.test(message) && TRANSIENT.some((re) => re.test(message));
  return { kind: transient ? 'transient-push' : 'build', message };
}
