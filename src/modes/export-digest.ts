import type { ExportDigestInputs } from '../inputs/export-digest.js';
import type { ModeContext } from './ports.js';
import type { ModeResult } from './result.js';

// Placeholder until the export-digest mode lands.
export function runExportDigest(_inputs: ExportDigestInputs, _ctx: ModeContext): Promise<ModeResult> {
  return Promise.reject(new Error('mode "export-digest" is not available in this version of the action yet'));
}
