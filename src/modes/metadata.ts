import type { MetadataInputs } from '../inputs/metadata.js';
import type { ModeContext } from './ports.js';
import type { ModeResult } from './result.js';

// Placeholder until the metadata engine lands (issue 2).
export function runMetadata(_inputs: MetadataInputs, _ctx: ModeContext): Promise<ModeResult> {
  return Promise.reject(new Error('mode "metadata" is not available in this version of the action yet'));
}
