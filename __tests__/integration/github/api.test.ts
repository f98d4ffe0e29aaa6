import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getCommitDate, getRepository } from '../../../src/github/api.js';

// The REST adapter through @actions/github against a local server standing in for a GitHub
// Enterprise Server at <origin>/api/v3, as GITHUB_API_URL names it there.

const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37';
const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    const send = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    switch (req.url ?? '') {
      case '/api/v3/repos/acme/app':
        return send(200, { name: 'app', description: null, default_branch: 'main', license: null });
      case `/api/v3/repos/acme/app/commits/${SHA}`:
        return send(200, { sha: SHA, commit: { committer: { date: '2024-03-05T10:00:00Z' } } });
      case '/api/v3/repos/acme/private':
        return send(403, { message: 'Resource not accessible by integration' });
      default:
        return send(404, { message: 'Not Found' });
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const env = (repository: string) => ({ GITHUB_API_URL: `${origin}/api/v3/`, GITHUB_REPOSITORY: repository });

describe('GitHub REST adapter', () => {
  test('repos.get at the API URL of the env record, with the token', async () => {
    seen.length = 0;
    const answer = await getRepository(env('acme/app'), 'ghs_token');
    expect(answer).toEqual({
      ok: true,
      data: { name: 'app', description: null, default_branch: 'main', license: null },
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.headers.authorization).toBe('token ghs_token');
    expect(seen[0]?.headers['user-agent']).toMatch(/^dify-image-action/);
  });

  test('without a token the call is anonymous', async () => {
    seen.length = 0;
    expect((await getRepository(env('acme/app'), '')).ok).toBe(true);
    expect(seen[0]?.headers.authorization).toBeUndefined();
  });

  test('the committer date of a commit', async () => {
    expect(await getCommitDate(env('acme/app'), 't', SHA)).toEqual({
      ok: true,
      data: new Date('2024-03-05T10:00:00Z'),
    });
  });

  test.each([
    ['an HTTP error gives its status', () => env('acme/private'), 'HTTP 403'],
    ['a missing repository', () => env('acme/none'), 'HTTP 404'],
    [
      'GITHUB_REPOSITORY unset: no call',
      () => ({ GITHUB_API_URL: `${origin}/api/v3` }),
      'GITHUB_REPOSITORY is not owner/name',
    ],
  ])('%s', async (_name, record, reason) => {
    expect(await getRepository(record(), 't')).toEqual({ ok: false, reason });
  });

  test('an unreachable API is a reason, not an exception', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const answer = await getCommitDate(
      { GITHUB_API_URL: `http://127.0.0.1:${port}/api`, GITHUB_REPOSITORY: 'a/b' },
      't',
      SHA,
    );
    expect(answer.ok).toBe(false);
    expect(answer.ok ? '' : answer.reason).toMatch(/ECONNREFUSED/);
  });
});
