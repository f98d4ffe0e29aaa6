/**
 * The report of `docker buildx build --call=check` (BuildKit's Dockerfile linter), in either of
 * the forms buildx prints on stdout (build2/check/lint.stdout and lint-json.stdout):
 *
 * text:  `WARNING: <Rule> - <url>` / `<detail>` / `<file>:<line>` / an excerpt between dashes
 * json:  `{"warnings": [{ruleName, description, url, detail, location: {ranges: [{start: {line}}]}}]}`
 *
 * buildx exits 1 when there are warnings, 0 with `Check complete, no warnings found.`.
 */
export interface CheckFinding {
  rule: string;
  /** What is wrong on this line (`'as' and 'FROM' keywords' casing do not match`). */
  detail: string;
  url?: string;
  /** The Dockerfile as BuildKit names it, when the report says. */
  file?: string;
  line?: number;
}

const TEXT_HEADER = /^WARNING: (\S+)(?: - (\S+))?$/;
const LOCATION = /^(\S+):(\d+)$/;

/** Reads a check report in whichever form it came; unknown text gives no findings. */
export function parseCheckReport(stdout: string): CheckFinding[] {
  const trimmed = stdout.trim();
  if (trimmed.startsWith('{')) return parseJsonReport(trimmed);
  return parseTextReport(stdout);
}

function parseTextReport(stdout: string): CheckFinding[] {
  const lines = stdout.split('\n').map((l) => l.trimEnd());
  const findings: CheckFinding[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = TEXT_HEADER.exec(lines[i] ?? '');
    if (!header?.[1]) continue;
    const finding: CheckFinding = { rule: header[1], detail: lines[i + 1] ?? '' };
    if (header[2]) finding.url = header[2];
    const where = LOCATION.exec(lines[i + 2] ?? '');
    if (where?.[1] && where[2]) {
      finding.file = where[1];
      finding.line = Number(where[2]);
    }
    findings.push(finding);
  }
  return findings;
}

interface JsonWarning {
  ruleName?: unknown;
  detail?: unknown;
  description?: unknown;
  url?: unknown;
  location?: { ranges?: Array<{ start?: { line?: unknown } }> };
}

function parseJsonReport(text: string): CheckFinding[] {
  let doc: { warnings?: JsonWarning[] | null; sources?: Array<{ filename?: unknown }> };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch {
    return [];
  }
  const file = typeof doc.sources?.[0]?.filename === 'string' ? doc.sources[0].filename : undefined;
  return (doc.warnings ?? []).map((w) => {
    const finding: CheckFinding = {
      rule: typeof w.ruleName === 'string' ? w.ruleName : 'unknown',
      detail:
        typeof w.detail === 'string' ? w.detail : typeof w.description === 'string' ? w.description : '',
    };
    if (typeof w.url === 'string') finding.url = w.url;
    if (file) finding.file = file;
    const line = w.location?.ranges?.[0]?.start?.line;
    if (typeof line === 'number') finding.line = line;
    return finding;
  });
}

/** The findings as a job-summary table. */
export function checkSummary(findings: readonly CheckFinding[], dockerfile: string): string {
  if (findings.length === 0) return `### Dockerfile check\n\n\`${dockerfile}\`: no warnings.\n`;
  const rows = findings.map(
    (f) =>
      `| ${f.line ?? ''} | ${f.url ? `[${f.rule}](${f.url})` : f.rule} | ${f.detail.replace(/\|/g, '\\|')} |`,
  );
  return [
    `### Dockerfile check: ${findings.length} warning${findings.length === 1 ? '' : 's'}`,
    '',
    `\`${dockerfile}\``,
    '',
    '| line | rule | finding |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
