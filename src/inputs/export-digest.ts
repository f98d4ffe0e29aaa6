import type { RawInputs } from './reader.js';

// Placeholder until the export-digest mode lands.
export type ExportDigestInputs = Record<string, never>;
export function parseExportDigestInputs(_raw: RawInputs): ExportDigestInputs {
  return {};
}
