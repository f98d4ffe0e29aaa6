import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { API_CONTEXT, DOUBLE_BIN, buildJob } from '../support/build-job.js';
import { startRegistry, type TestRegistry } from '../support/registry/index.js';

/**
 * The build under faults, through the bundled action on the buildx double (a transient push
 * failure retried to success is in integration/build/build-bundle.test.ts).
 */
let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' });
});
afterAll(() => registry?.stop());

/** A `docker` that is killed (SIGKILL, as the OOM killer does) once `buildx build` has started. */
function killedDocker(): string {
  const bin = join(mkdtempSync(join(tmpdir(), 'dia-killed-docker-')), 'bin');
  mkdirSync(bin);
  writeFileSync(
    join(bin, 'docker'),
    `#!/bin/sh\nif [ "$1 $2" = "buildx build" ]; then echo '#1 [internal] load build definition' >&2; kill -9 $$; fi\nexec '${join(DOUBLE_BIN, 'docker')}' "$@"\n`,
  );
  chmodSync(join(bin, 'docker'), 0o755);
  return bin;
}

describe('build faults', () => {
  test('docker killed mid-build: one clear error, no retry, the post step still removes the builder', async () => {
    const j = buildJob();
    const path = `${killedDocker()}${delimiter}${j.env['PATH']}`;
    const build = await j.step(
      { mode: 'build', context: API_CONTEXT, platform: 'linux/amd64', images: `${registry.host}/killed/app` },
      { env: { PATH: path } },
    );
    expect(build.exitCode).toBe(1);
    expect(build.errors).toEqual([
      'buildx build failed: docker buildx build was killed by a signal before it finished (out of memory, or the job was cancelled)',
    ]);
    expect(j.calls().filter((argv) => argv[1] === 'build')).toEqual([]); // it never reached the double
    const post = await j.step({}, { post: true, state: build.state, env: { PATH: path } });
    expect(post.exitCode).toBe(0);
    expect(j.calls().at(-1)?.slice(0, 2)).toEqual(['buildx', 'rm']);
  });
});
