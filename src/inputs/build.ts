import type { RawInputs } from './reader.js';

// Placeholder until the build mode lands.
export type BuildInputs = Record<string, never>;
export function parseBuildInputs(_raw: RawInputs): BuildInputs {
  return {};
}
