// Types of token.mjs for the TypeScript tests.
export declare function mintRuntimeToken(o: {
  run: string;
  job: string;
  expiresInSeconds?: number;
  now?: number;
  /** The cache scopes (`ac` claim): 1 = read, 2 = write. Default: refs/heads/main, 3. */
  access?: { Scope: string; Permission: number }[];
}): string;
export declare function scopeOfToken(token: string): { run: string; job: string } | undefined;
export declare function artifactClientEnv(o: {
  resultsUrl: string;
  run: string;
  job: string;
  workspace?: string;
}): Record<string, string>;
