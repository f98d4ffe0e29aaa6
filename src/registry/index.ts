/** The registry adapter's public surface. */
export { RegistryClient, sha256Digest } from './client.js';
export type { Descriptor, FetchedManifest, RegistryClientOptions, RepositoryRef } from './client.js';
export { copyImage } from './copy.js';
export type { CopyStats } from './copy.js';
export { dockerCredentials } from './credentials.js';
export type { Credential, CredentialSource, DockerCredentialsOptions, Login } from './credentials.js';
export { RegistryAuthError, RegistryError } from './errors.js';
export { manifestMediaType } from '../oci/media-types.js';
export { DEFAULT_RETRY_POLICY } from './retry.js';
export type { RetryPolicy } from './retry.js';
