import type { RawInputs } from './reader.js';

// Placeholder until the metadata engine lands (issue 2).
export type MetadataInputs = Record<string, never>;
export function parseMetadataInputs(_raw: RawInputs): MetadataInputs {
  return {};
}
