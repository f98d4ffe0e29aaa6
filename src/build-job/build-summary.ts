/**
 * The job summary of a `build` step, after docker/build-push-action v6's: one row with the
 * platform, the digest (or the step that failed), the duration and how much came from the cache,
 * then where the build record is. Pure: markdown from data.
 */
import type { HistoryRecord } from '../buildx/history.js';

export interface BuildSummaryInput {
  platform: string;
  images: readonly string[];
  /** The builder the build ran on; `created` when this step created it. */
  builder: { name?: string; created: boolean };
  /** Set on success. */
  digest?: string;
  /** Set on failure: BuildKit's step (`[2/2] RUN make`), where it is, and buildx's reason. */
  failure?: { step?: string; location?: { file: string; line: number }; message: string };
  /** From `history inspect`, when it could be read. */
  record?: HistoryRecord;
  /** The uploaded `.dockerbuild` artifact. */
  artifact?: { name: string; id: number; url?: string };
  /** Why there is no record or no artifact, one line each. */
  notes?: readonly string[];
}

/** Text a Dockerfile author wrote, safe in a table cell and in prose. */
function code(text: string): string {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/\r?\n/g, ' ');
  return `<code>${escaped}</code>`;
}

export function formatElapsed(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h} h ${m} min` : `${m} min ${s % 60} s`;
}

function cacheCell(record: HistoryRecord | undefined): string {
  const steps = record?.steps;
  if (!steps || steps.total === 0) return '';
  const percent = Math.round((steps.cached / steps.total) * 100);
  return `${steps.cached} of ${steps.total} (${percent} %)`;
}

export function renderBuildSummary(s: BuildSummaryInput): string {
  const duration = s.record?.durationMs !== undefined ? formatElapsed(s.record.durationMs) : '';
  const builder = s.builder.name
    ? `${code(s.builder.name)}${s.builder.created ? ' (created)' : ''}`
    : 'current';
  const lines: string[] = [];
  if (s.failure) {
    const where = s.failure.location ? ` (${s.failure.location.file}:${s.failure.location.line})` : '';
    const step = s.failure.step ? `${code(s.failure.step)}${where}` : '';
    lines.push(
      `### Build ${s.platform} failed`,
      '',
      '| platform | failed step | duration | cached steps | builder |',
      '|---|---|---|---|---|',
      `| ${s.platform} | ${step} | ${duration} | ${cacheCell(s.record)} | ${builder} |`,
      '',
      `Error: ${code(s.failure.message)}`,
    );
  } else {
    lines.push(
      `### Build ${s.platform}`,
      '',
      '| platform | digest | duration | cached steps | builder |',
      '|---|---|---|---|---|',
      `| ${s.platform} | ${code(s.digest ?? '')} | ${duration} | ${cacheCell(s.record)} | ${builder} |`,
      '',
      `Pushed by digest to ${s.images.map(code).join(', ') || 'the outputs given'}.`,
    );
  }
  if (s.artifact) {
    const name = s.artifact.url ? `[${code(s.artifact.name)}](${s.artifact.url})` : code(s.artifact.name);
    lines.push(
      '',
      `Build record: ${name} (artifact ${s.artifact.id}); import it in Docker Desktop's Builds view.`,
    );
  }
  for (const note of s.notes ?? []) lines.push('', note);
  lines.push('');
  return lines.join('\n');
}
