// Types of token.mjs for the TypeScript tests.
export declare function mintRuntimeToken(o: {
  run: string;
  job: string;
  expiresInSeconds?: number;
  now?: number;
}): string;
export declare function scopeOfToken(token: string): { run: string; job: string } | undefined;
export declare function artifactClientEnv(o: {
  resultsUrl: string;
  run: string;
  job: string;
  workspace?: string;
}): Record<string, string>;
