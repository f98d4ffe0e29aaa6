// Types of scripts/runner.mjs for the TypeScript tests.
export interface StepOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string | undefined>;
  eventName?: string;
  ref?: string;
  sha?: string;
  repository?: string;
  payload?: unknown;
  workdir?: string;
  post?: boolean;
  state?: Record<string, string>;
  entry?: string;
  node?: string;
  cwd?: string;
}
export interface StepResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  elapsedMs: number;
  errors: string[];
  warnings: string[];
  secrets: string[];
  outputs: Record<string, string>;
  exported: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  workdir: string;
  workspace: string;
  temp: string;
}
export function inputVariable(name: string): string;
export function parseFileCommands(text: string): Record<string, string>;
export function runnerContextEnv(o: Record<string, string | undefined>): Record<string, string>;
export function runAction(options?: StepOptions): Promise<StepResult>;
