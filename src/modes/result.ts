import type { ModeContext } from '../base/ports.js';

/** What a mode hands back to the runner once it has finished. */
export interface ModeResult {
  /** Step outputs, in the order they should be set. */
  outputs: Record<string, string>;
  /** Variables for the later steps of the job (`$GITHUB_ENV`). */
  variables?: Record<string, string>;
  /** Markdown for the job summary. */
  summary?: string;
}

/** Writes a mode's result through the runner ports. */
export async function publishResult(result: ModeResult, ctx: ModeContext): Promise<void> {
  for (const [name, value] of Object.entries(result.outputs)) ctx.io.setOutput(name, value);
  for (const [name, value] of Object.entries(result.variables ?? {})) ctx.io.exportVariable(name, value);
  if (result.summary) await ctx.io.appendSummary(result.summary);
}
