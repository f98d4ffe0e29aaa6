import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { classifyBuildFailure, describeBuildFailure, lastErrorLine } from '../../../src/buildx/failures.js';
import { BUILDX_FIXTURES } from '../../support/paths.js';

const errors = (name: string) => readFileSync(join(BUILDX_FIXTURES, 'errors', `${name}.stderr`), 'utf8');

test.each([
  [
    'push-without-login',
    'failed to build: failed to solve: failed to push 127.0.0.1:5001/fixtures/app: unexpected status from HEAD request to http://127.0.0.1:5001/v2/fixtures/app/blobs/sha256:7a3e8e493a420c90ee63c2460ca4dbcd23fbc145cf1631655fbd059e2f376575: 401 Unauthorized',
  ],
  [
    'dockerfile-syntax-error',
    'failed to build: failed to solve: dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)',
  ],
  [
    'run-fails',
    'failed to build: failed to solve: process "/bin/sh -c echo \\"about to fail\\" && exit 3" did not complete successfully: exit code: 3',
  ],
  [
    'cache-to-gha-fake-token',
    'failed to build: failed to solve: failed to configure gha cache exporter: token is malformed: token contains an invalid number of segments',
  ],
  [
    'docker-driver-push-by-digest',
    'failed to build: push-by-digest is currently not implemented for docker driver, please create a new builder instance',
  ],
  [
    'index-annotation-single-platform',
    'failed to build: failed to solve: index annotations not supported for single platform export',
  ],
  ['unknown-build-flag', "Run 'docker buildx build --help' for more information"],
])('recorded %s is a build error', (name, message) => {
  expect(classifyBuildFailure(errors(name))).toMatchObject({ kind: 'build', message });
});

test('a failed RUN names its step and its Dockerfile line (recorded)', () => {
  const failure = classifyBuildFailure(errors('run-fails'));
  expect(failure).toEqual({
    kind: 'build',
    message:
      'failed to build: failed to solve: process "/bin/sh -c echo \\"about to fail\\" && exit 3" did not complete successfully: exit code: 3',
    step: '[2/2] RUN echo "about to fail" && exit 3',
    location: { file: 'Dockerfile.run-fails', line: 2 },
  });
  expect(describeBuildFailure(failure)).toBe(
    '[2/2] RUN echo "about to fail" && exit 3 (Dockerfile.run-fails:2): failed to build: failed to solve: process "/bin/sh -c echo \\"about to fail\\" && exit 3" did not complete successfully: exit code: 3',
  );
});

test('without an ERROR line the last line stands for the error (a recorded success)', () => {
  expect(lastErrorLine(errors('cache-to-gha-without-env'))).toBe('#8 DONE 0.0s');
  expect(lastErrorLine('#1 DONE\nERROR: failed to solve: x\n#2 done\n')).toBe('failed to solve: x');
});

const PUSH = 'ERROR: failed to build: failed to solve: failed to push docker.io/langgenius/dify-api';
test.each([
  [
    `${PUSH}: unexpected status from PUT request to https://registry-1.docker.io/v2/langgenius/dify-api/manifests/sha256:ab: 503 Service Unavailable`,
    'transient-push',
  ],
  [
    `${PUSH}: unexpected status from HEAD request to https://x/v2/y/blobs/sha256:ab: 502 Bad Gateway`,
    'transient-push',
  ],
  [
    `${PUSH}: unexpected status from POST request to https://x/v2/y/blobs/uploads/: 429 Too Many Requests`,
    'transient-push',
  ],
  [
    `${PUSH}: failed to do request: Put "https://x/v2/y/manifests/sha256:ab": read tcp 10.1.0.4:41234->1.2.3.4:443: read: connection reset by peer`,
    'transient-push',
  ],
  [
    `${PUSH}: failed to do request: Head "https://x/v2/y/blobs/sha256:ab": dial tcp 1.2.3.4:443: i/o timeout`,
    'transient-push',
  ],
  [
    `${PUSH}: unexpected status from HEAD request to https://x/v2/y/blobs/sha256:ab: 401 Unauthorized`,
    'build',
  ],
  [
    'ERROR: failed to build: failed to solve: python:3.12: failed to resolve source metadata: 503 Service Unavailable',
    'build',
  ],
  [
    'ERROR: failed to build: failed to solve: process "/bin/sh -c curl x" did not complete successfully: exit code: 56',
    'build',
  ],
])('%s -> %s', (stderr, kind) => {
  expect(classifyBuildFailure(`#8 exporting to image\n${stderr}\n`).kind).toBe(kind);
});

test('--load on a remote BuildKit says what to do instead (recorded)', () => {
  const stderr = readFileSync(join(BUILDX_FIXTURES, 'build2', 'outputs', 'load.stderr'), 'utf8');
  expect(describeBuildFailure(classifyBuildFailure(stderr))).toBe(
    'failed to build: failed to solve: failed to copy to tar: rpc error: code = Unknown desc = io: read/write on closed pipe; this builder cannot load into the docker daemon (a remote BuildKit): use outputs "type=docker,dest=image.tar" and docker load, "type=oci,dest=image.tar", or a docker-container builder',
  );
});
