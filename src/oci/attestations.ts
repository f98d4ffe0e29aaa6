import type { Descriptor } from './descriptor.js';

/**
 * BuildKit's attestation manifests inside an image index (`moby/buildkit:exporter/containerimage/
 * writer.go`, `util/attestation/types.go`): platform `unknown/unknown` and the annotations
 * `vnd.docker.reference.type: attestation-manifest`, `vnd.docker.reference.digest: <image>`.
 */
export const REFERENCE_TYPE = 'vnd.docker.reference.type';
export const REFERENCE_DIGEST = 'vnd.docker.reference.digest';
export const ATTESTATION_MANIFEST = 'attestation-manifest';

/**
 * An attestation entry, not a runnable image: the BuildKit annotation, or the `unknown/unknown`
 * platform no image can run on (other tools mark attestations only that way).
 */
export function isAttestation(d: Descriptor): boolean {
  if (d.annotations?.[REFERENCE_TYPE] === ATTESTATION_MANIFEST) return true;
  return d.platform?.os === 'unknown' && d.platform.architecture === 'unknown';
}

/** The image manifest an attestation describes, when it says so. */
export function attestedDigest(d: Descriptor): string | undefined {
  return isAttestation(d) ? d.annotations?.[REFERENCE_DIGEST] : undefined;
}
