// Types of scripts/docs.mjs for the TypeScript tests.
export interface ActionYml {
  inputs: Record<string, { description?: string; default?: string }>;
  outputs: Record<string, { description?: string }>;
}
export declare const MODE_OUTPUTS: Record<'metadata' | 'build' | 'export-digest' | 'merge', string[]>;
export declare const README_EXAMPLES: string[];
export function inputsTable(action: ActionYml, names: readonly string[]): string;
export function outputsTable(action: ActionYml, names: readonly string[]): string;
export function modeReference(
  action: ActionYml,
  modeInputs: Record<string, readonly string[]>,
  mode: string,
): string;
export function renderReadme(
  readme: string,
  sources: {
    action: ActionYml;
    modeInputs: Record<string, readonly string[]>;
    examples: Record<string, string>;
  },
): string;
export function generateReadme(root: string, modeInputs: Record<string, readonly string[]>): Promise<string>;
