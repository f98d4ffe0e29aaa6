// The test artifact service on the wire, without the client: what artifact-service.md A4-A12 says
// the real service answers.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  DUPLICATE_NAME_MESSAGE,
  startArtifactService,
  type ArtifactService,
} from '../../support/artifact-service/server.mjs';
import { mintRuntimeToken, scopeOfToken } from '../../support/artifact-service/token.mjs';

const RPC = 'twirp/github.actions.results.api.v1.ArtifactService/';
let service: ArtifactService;

beforeAll(async () => {
  service = await startArtifactService();
});
afterAll(async () => {
  await service.close();
});
beforeEach(() => service.reset());

const IDS = { workflow_run_backend_id: 'run-1', workflow_job_run_backend_id: 'job-1' };

async function rpc(method: string, body: unknown, token = service.token('run-1', 'job-1')) {
  const res = await fetch(`${service.url}${RPC}${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    json: (await res.json()) as Record<string, unknown>,
  };
}

const blockId = (i: number) =>
  Buffer.from(`${'0'.repeat(36)}${String(i).padStart(12, '0')}`).toString('base64');

/** Create, stage blocks (in the given arrival order), commit them in list order, finalize. */
async function upload(name: string, parts: string[], arrival = parts.map((_, i) => i), ids = IDS) {
  const token = service.token(ids.workflow_run_backend_id, ids.workflow_job_run_backend_id);
  const created = await rpc(
    'CreateArtifact',
    { ...ids, name, version: 7, mime_type: 'application/zip' },
    token,
  );
  const url = created.json.signed_upload_url as string;
  for (const i of arrival) {
    const res = await fetch(`${url}&comp=block&blockid=${encodeURIComponent(blockId(i))}`, {
      method: 'PUT',
      body: parts[i],
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-ms-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  }
  const list = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><BlockList>${parts.map((_, i) => `<Latest>${blockId(i)}</Latest>`).join('')}</BlockList>`;
  const commit = await fetch(`${url}&comp=blocklist`, {
    method: 'PUT',
    body: list,
    headers: { 'x-ms-blob-content-type': 'application/zip' },
  });
  expect(commit.status).toBe(201);
  const bytes = Buffer.from(parts.join(''));
  const hash = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  const finalized = await rpc('FinalizeArtifact', { ...ids, name, size: String(bytes.length), hash }, token);
  return { url, hash, finalized };
}

describe('Twirp', () => {
  test('answers snake_case JSON with int64 as strings and RFC 3339 times', async () => {
    const { finalized, hash } = await upload('digests-linux-amd64', ['hello ', 'world']);
    expect(finalized).toEqual({
      status: 200,
      type: 'application/json',
      json: { ok: true, artifact_id: '1' },
    });
    const listed = await rpc('ListArtifacts', IDS);
    expect(listed.json).toEqual({
      artifacts: [
        {
          ...IDS,
          database_id: '1',
          name: 'digests-linux-amd64',
          size: '11',
          created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/) as string,
          digest: hash,
        },
      ],
    });
  });

  test('a second artifact of one name in the run is a 409 with the service’s message, from any job', async () => {
    await upload('digests-linux-amd64', ['x']);
    const again = await rpc(
      'CreateArtifact',
      { ...IDS, workflow_job_run_backend_id: 'job-2', name: 'digests-linux-amd64', version: 7 },
      service.token('run-1', 'job-2'),
    );
    expect(again).toMatchObject({
      status: 409,
      json: { code: 'already_exists', msg: DUPLICATE_NAME_MESSAGE },
    });
    expect(DUPLICATE_NAME_MESSAGE).toBe('an artifact with this name already exists on the workflow run');
  });

  test('lists the whole run across jobs, filters by name and id, never other runs', async () => {
    await upload('a', ['1']);
    await upload('b', ['2'], [0], { workflow_run_backend_id: 'run-1', workflow_job_run_backend_id: 'job-2' });
    await upload('c', ['3'], [0], { workflow_run_backend_id: 'run-2', workflow_job_run_backend_id: 'job-1' });
    const names = async (body: object) =>
      ((await rpc('ListArtifacts', { ...IDS, ...body })).json.artifacts as { name: string }[]).map(
        (a) => a.name,
      );
    expect(await names({})).toEqual(['a', 'b']);
    expect(await names({ name_filter: 'b' })).toEqual(['b']);
    expect(await names({ id_filter: '1' })).toEqual(['a']);
    expect(await names({ idFilter: 2 })).toEqual(['b']);
  });

  test('Finalize checks the hash and size against the committed bytes', async () => {
    const created = await rpc('CreateArtifact', { ...IDS, name: 'a', version: 7 });
    await fetch(`${created.json.signed_upload_url as string}`, {
      method: 'PUT',
      body: 'abc',
      headers: { 'x-ms-blob-type': 'BlockBlob' },
    });
    const bad = await rpc('FinalizeArtifact', {
      ...IDS,
      name: 'a',
      size: '3',
      hash: `sha256:${'0'.repeat(64)}`,
    });
    expect(bad).toMatchObject({ status: 400, json: { code: 'invalid_argument' } });
    const wrongSize = await rpc('FinalizeArtifact', { ...IDS, name: 'a', size: '4' });
    expect(wrongSize).toMatchObject({ status: 400, json: { code: 'invalid_argument' } });
    expect((await rpc('FinalizeArtifact', { ...IDS, name: 'nope', size: '0' })).status).toBe(404);
  });

  test.each([
    ['no token', '', 401, 'unauthenticated'],
    ['a token without the Actions.Results scope', 'a.e30.b', 401, 'unauthenticated'],
    ['a token for another run', mintRuntimeToken({ run: 'run-9', job: 'job-1' }), 403, 'permission_denied'],
    ['a token for another job', mintRuntimeToken({ run: 'run-1', job: 'job-9' }), 403, 'permission_denied'],
  ])('refuses %s', async (_what, token, status, code) => {
    expect(await rpc('ListArtifacts', IDS, token)).toMatchObject({
      status,
      type: 'application/json',
      json: { code },
    });
  });

  test('unknown methods and non-JSON bodies still get JSON errors', async () => {
    expect((await rpc('MigrateArtifact', IDS)).json).toMatchObject({ code: 'bad_route' });
    const res = await fetch(`${service.url}${RPC}ListArtifacts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{',
    });
    expect([res.status, await res.json()]).toEqual([
      400,
      { code: 'malformed', msg: 'the body is not JSON', meta: {} },
    ]);
  });

  test('Delete removes the newest of the name; a missing one is not_found', async () => {
    await upload('a', ['1']);
    expect((await rpc('DeleteArtifact', { ...IDS, name: 'a' })).json).toEqual({ ok: true, artifact_id: '1' });
    expect((await rpc('DeleteArtifact', { ...IDS, name: 'a' })).status).toBe(404);
    expect((await rpc('ListArtifacts', IDS)).json).toEqual({ artifacts: [] });
  });

  test('fault hooks answer N times, then the real answer', async () => {
    service.failRpc('ListArtifacts', 429, 2);
    expect((await rpc('ListArtifacts', IDS)).json).toMatchObject({ code: 'resource_exhausted' });
    expect((await rpc('ListArtifacts', IDS)).status).toBe(429);
    expect((await rpc('ListArtifacts', IDS)).status).toBe(200);
  });

  test('tokens carry the run and job, plus ac, exp and nbf for BuildKit', () => {
    const token = mintRuntimeToken({ run: 'r', job: 'j', now: 1_000_000 });
    expect(scopeOfToken(token)).toEqual({ run: 'r', job: 'j' });
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(claims).toMatchObject({ nbf: 940, exp: 1000 + 6 * 3600 });
    expect(JSON.parse(claims.ac as string)).toEqual([{ Scope: 'refs/heads/main', Permission: 3 }]);
  });
});

describe('blob data plane', () => {
  test('assembles blocks in block-list order, not arrival order, and serves the committed type', async () => {
    await upload('a', ['one-', 'two-', 'three'], [2, 0, 1]);
    expect(service.blob('run-1', 'a')?.toString()).toBe('one-two-three');
    const signed = (await rpc('GetSignedArtifactURL', { ...IDS, name: 'a' })).json.signed_url as string;
    expect(new URL(signed).pathname).toMatch(/^\/devstoreaccount1\/actions-results\/run-1\/1\/a\.zip$/);
    const res = await fetch(signed);
    expect([res.status, res.headers.get('content-type'), await res.text()]).toEqual([
      200,
      'application/zip',
      'one-two-three',
    ]);
  });

  test.each([
    [{ Range: 'bytes=4-6' }, 206, 'two', 'bytes 4-6/13'],
    [{ 'x-ms-range': 'bytes=8-' }, 206, 'three', 'bytes 8-12/13'],
  ])('honours ranges %j', async (headers, status, body, contentRange) => {
    await upload('a', ['one-', 'two-', 'three']);
    const signed = (await rpc('GetSignedArtifactURL', { ...IDS, name: 'a' })).json.signed_url as string;
    const res = await fetch(signed, { headers });
    expect([res.status, await res.text(), res.headers.get('content-range')]).toEqual([
      status,
      body,
      contentRange,
    ]);
  });

  test('an unknown block id in the list is 400 InvalidBlockList', async () => {
    const url = (await rpc('CreateArtifact', { ...IDS, name: 'a', version: 7 })).json
      .signed_upload_url as string;
    const res = await fetch(`${url}&comp=blocklist`, {
      method: 'PUT',
      body: `<BlockList><Latest>${blockId(5)}</Latest></BlockList>`,
    });
    expect([res.status, await res.text()]).toEqual([
      400,
      expect.stringContaining('<Code>InvalidBlockList</Code>') as string,
    ]);
  });

  test.each([
    ['a bad signature', (u: URL) => u.searchParams.set('sig', 'forged')],
    ['no signature', (u: URL) => u.searchParams.delete('sig')],
    ['an expired link', (u: URL) => u.searchParams.set('se', '2000-01-01T00:00:00.000Z')],
    ['another blob path', (u: URL) => (u.pathname = u.pathname.replace('/a.zip', '/b.zip'))],
  ])('refuses %s with 403 XML', async (_what, spoil) => {
    await upload('a', ['x']);
    const url = new URL((await rpc('GetSignedArtifactURL', { ...IDS, name: 'a' })).json.signed_url as string);
    spoil(url);
    const res = await fetch(url);
    expect([res.status, res.headers.get('content-type'), await res.text()]).toEqual([
      403,
      'application/xml',
      expect.stringContaining('<Code>AuthenticationFailed</Code>') as string,
    ]);
  });
});
