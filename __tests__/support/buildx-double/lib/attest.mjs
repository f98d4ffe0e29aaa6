// Attestations of a build (--provenance, --sbom, --attest, BUILDX_NO_DEFAULT_ATTESTATIONS) and
// the SLSA provenance: the min form in the metadata file, the full one in the attestation.
import { parseAttrs } from './csv.mjs';

const truthy = (v) => ['1', 'true', 'yes'].includes(String(v ?? '').toLowerCase());

/**
 * -> { attest: null | { sbom, mode }, explicit, provAttrs }: provenance mode=min by default, off
 * with BUILDX_NO_DEFAULT_ATTESTATIONS or =false; `explicit` when the command line asked.
 */
export function attestations(flags, env) {
  let provenance = flags.has('provenance')
    ? flags.get('provenance')
    : truthy(env.BUILDX_NO_DEFAULT_ATTESTATIONS)
      ? 'false'
      : 'mode=min';
  let sbom = flags.has('sbom') ? flags.get('sbom') : 'false';
  for (const at of flags.get('attest') ?? []) {
    const a = parseAttrs(at);
    const on = a.has('disabled') ? !truthy(a.get('disabled')) : true;
    if (a.get('type') === 'provenance') provenance = on ? at : 'false';
    if (a.get('type') === 'sbom') sbom = on ? 'true' : 'false';
  }
  const provAttrs = ['false', '0'].includes(provenance)
    ? null
    : parseAttrs(['true', '1'].includes(provenance) ? 'mode=min' : provenance);
  const mode = provAttrs ? provAttrs.get('mode') || 'min' : null;
  const wantSbom = !['false', '0', ''].includes(sbom);
  const explicit = flags.has('provenance') || flags.has('sbom') || (flags.get('attest') ?? []).length > 0;
  return { attest: provAttrs || wantSbom ? { sbom: wantSbom, mode } : null, explicit, provAttrs };
}

/**
 * Provenance of one platform's build: `min` for the metadata file (no timestamps, recordings
 * obs. 2 of the first pack), `full` with invocation ID and times for the attestation.
 */
export function provenance({
  provAttrs,
  mode,
  buildArgs,
  labels,
  env,
  froms,
  isGit,
  contextArg,
  refId,
  started,
}) {
  const args = {};
  for (const [k, v] of Object.entries(buildArgs)) args[`build-arg:${k}`] = v;
  if (env.SOURCE_DATE_EPOCH) args['build-arg:SOURCE_DATE_EPOCH'] = env.SOURCE_DATE_EPOCH;
  for (const [k, v] of Object.entries(labels)) args[`label:${k}`] = v;
  return (platform) => {
    const materials = froms
      .filter((f) => f !== 'scratch')
      .map((f) => {
        // pkg:docker/<name as written>@<tag>; the double resolves no base image: digest zeros
        const ref = f.split('@')[0];
        const colon = ref.lastIndexOf(':');
        const [name, tag] =
          colon > ref.lastIndexOf('/') ? [ref.slice(0, colon), ref.slice(colon + 1)] : [ref, 'latest'];
        return {
          uri: `pkg:docker/${encodeURIComponent(name).replace(/%2F/g, '/')}@${tag}?platform=${encodeURIComponent(platform)}`,
          digest: { sha256: '0'.repeat(64) },
        };
      });
    const min = {
      builder: { id: provAttrs?.get('builder-id') ?? '' },
      buildType: 'https://mobyproject.org/buildkit@v1',
      materials,
      invocation: {
        configSource: isGit ? { uri: contextArg } : {},
        parameters: {
          frontend: 'dockerfile.v0',
          args,
          locals: isGit ? [] : [{ name: 'context' }, { name: 'dockerfile' }],
        },
        environment: { platform },
      },
    };
    const full = {
      ...min,
      metadata: {
        buildInvocationID: refId,
        buildStartedOn: started.toISOString(),
        buildFinishedOn: new Date().toISOString(),
        completeness: { parameters: mode === 'max', environment: true, materials: false },
        reproducible: false,
        ...(mode === 'max'
          ? { 'https://mobyproject.org/buildkit@v1#metadata': { source: { locations: {} } } }
          : {}),
      },
    };
    return { min, full };
  };
}
