/** What the build mode saves for the post step (written in src/modes/build.ts, read in src/main.ts). */
export const BUILD_STATE = {
  /** The builder this step created, which the post step removes. */
  builder: 'build-builder',
  /** Its driver: only a docker-container builder has container logs to print. */
  builderDriver: 'build-builder-driver',
  /** 'true' when the build failed: the post step prints the builder's logs first. */
  failed: 'build-failed',
} as const;
