// The pure OCI core (no I/O): media types, descriptors, platforms, the Go JSON encoding and
// the `imagetools create` merge. Image references live in ./reference.ts.
export * from './media-types.js';
export * from './digest.js';
export * from './go-decode.js';
export * from './go-json.js';
export * from './descriptor.js';
export * from './platform.js';
export * from './annotations.js';
export * from './attestations.js';
export * from './index-json.js';
export * from './source.js';
export * from './combine.js';
export * from './platform-check.js';
