// Types of scripts/pipeline-docker.mjs for the TypeScript tests.
export type DockerDetection =
  { real: true; buildx: string; server: string } | { real: false; reason: string };
export function detectDocker(options?: {
  env?: Record<string, string | undefined>;
  forceDouble?: boolean;
}): DockerDetection;
export function describeBackend(detected: DockerDetection): string;
export function buildkitdConfigFlag(buildxVersion: string): '--buildkitd-config' | '--config';
export function createPipelineBuilder(options: {
  registry: string;
  buildx: string;
  env?: Record<string, string | undefined>;
}): { name: string; remove: () => void };
export function hostRunnerArch(arch?: string): string;
