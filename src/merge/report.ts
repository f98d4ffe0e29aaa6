import { isAttestation } from '../oci/attestations.js';
import type { Descriptor } from '../oci/descriptor.js';
import { formatPlatform } from '../oci/platform.js';
import { formatRepository } from '../oci/reference.js';
import type { FetchedSource } from './fetch-sources.js';
import type { IndexToPush, TagOutcome, Target } from './publish.js';

/** `linux/amd64`, or `attestation` for the unknown/unknown entries buildx adds. */
export function describeEntry(d: Descriptor): string {
  if (isAttestation(d)) return 'attestation';
  return d.platform ? formatPlatform(d.platform) : 'no platform';
}

/** What a dry run prints: the sources, the index and where it would go. */
export function planText(
  sources: readonly FetchedSource[],
  index: IndexToPush,
  manifests: readonly Descriptor[],
  targets: readonly Target[],
): string {
  const lines = ['Sources:'];
  for (const { repository, source } of sources) {
    lines.push(`  ${formatRepository(repository)}@${source.digest} (${source.mediaType})`);
  }
  lines.push(`Index ${index.digest} (${index.mediaType}), ${manifests.length} entries:`);
  for (const d of manifests) lines.push(`  ${describeEntry(d).padEnd(16)} ${d.digest}`);
  lines.push('Tags:');
  for (const target of targets) {
    for (const tag of target.tags) lines.push(`  ${formatRepository(target.repository)}:${tag}`);
  }
  if (targets.every((t) => t.tags.length === 0)) lines.push('  (none)');
  lines.push('', Buffer.from(index.bytes).toString('utf8'));
  return lines.join('\n');
}

/** The job summary: tags, index digest, one row per platform. */
export function mergeSummary(
  index: IndexToPush,
  manifests: readonly Descriptor[],
  outcomes: readonly TagOutcome[],
  dryRun: boolean,
): string {
  const rows = manifests
    .filter((d) => !isAttestation(d))
    .map((d) => {
      const attested = manifests.some(
        (a) => isAttestation(a) && a.annotations?.['vnd.docker.reference.digest'] === d.digest,
      );
      return `| ${describeEntry(d)} | \`${d.digest}\` | ${attested ? 'yes' : 'no'} |`;
    });
  const tags = outcomes.map((o) => `| \`${o.reference}\` | ${o.outcome} |`);
  return [
    `### Multi-platform image${dryRun ? ' (dry run: nothing pushed)' : ''}`,
    '',
    `Index \`${index.digest}\` (${index.mediaType})`,
    '',
    '| platform | manifest | attestation |',
    '|---|---|---|',
    ...rows,
    '',
    ...(tags.length > 0 ? ['| tag | |', '|---|---|', ...tags, ''] : []),
  ].join('\n');
}
