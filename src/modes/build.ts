import type { BuildInputs } from '../inputs/build.js';
import type { ModeContext } from './ports.js';
import type { ModeResult } from './result.js';

// Placeholder until the build mode lands.
export function runBuild(_inputs: BuildInputs, _ctx: ModeContext): Promise<ModeResult> {
  return Promise.reject(new Error('mode "build" is not available in this version of the action yet'));
}
