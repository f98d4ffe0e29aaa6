import type { Env } from '../base/ports.js';
import type { ApiAnswer, RepositoryData } from '../meta/repository.js';

type ApiResult<T> = ApiAnswer<T>;

const TIMEOUT_MS = 5000;
/** Larger answers are refused: `repos.get` is a few KiB. */
const MAX_BYTES = 4 * 1024 * 1024;

/**
 * One GET against the GitHub REST API: short timeout, no retries; never throws. Spoken over
 * node:https (node:http for an http:// API URL, as in tests) rather than global fetch: loading
 * undici costs a metadata step about 25 ms of its start-up.
 */
async function getJson<T>(env: Env, token: string, path: string): Promise<ApiResult<T>> {
  const base = (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, '');
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'user-agent': 'dify-image-action',
    'x-github-api-version': '2022-11-28',
  };
  if (token) headers['authorization'] = `Bearer ${token}`;
  try {
    const url = new URL(`${base}${path}`);
    const { request } = url.protocol === 'http:' ? await import('node:http') : await import('node:https');
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(url, { method: 'GET', headers, timeout: TIMEOUT_MS }, (res) => {
        const status = res.statusCode ?? 0;
        if (status < 200 || status > 299) {
          res.resume();
          resolve({ status, body: '' });
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BYTES) req.destroy(new Error(`answer larger than ${MAX_BYTES} bytes`));
          else chunks.push(chunk);
        });
        res.on('end', () => resolve({ status, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      // `timeout` is for an idle socket; the whole exchange gets the same bound.
      const timer = setTimeout(() => req.destroy(timeoutError()), TIMEOUT_MS);
      req.on('timeout', () => req.destroy(timeoutError()));
      req.on('error', reject);
      req.on('close', () => clearTimeout(timer));
      req.end();
    });
    if (answer.status < 200 || answer.status > 299) return { ok: false, reason: `HTTP ${answer.status}` };
    return { ok: true, data: JSON.parse(answer.body) as T };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { ok: false, reason: code ?? (error as Error).message };
  }
}

function timeoutError(): Error {
  return Object.assign(new Error(`no answer within ${TIMEOUT_MS} ms`), { code: 'TimeoutError' });
}

/** `repos.get` for GITHUB_REPOSITORY. */
export function getRepository(env: Env, token: string): Promise<ApiResult<RepositoryData>> {
  return getJson<RepositoryData>(env, token, `/repos/${env['GITHUB_REPOSITORY'] ?? ''}`);
}

/** The committer date of a commit (`repos.getCommit`). */
export async function getCommitDate(env: Env, token: string, sha: string): Promise<ApiResult<Date>> {
  const result = await getJson<{ commit?: { committer?: { date?: string } } }>(
    env,
    token,
    `/repos/${env['GITHUB_REPOSITORY'] ?? ''}/commits/${sha}`,
  );
  if (!result.ok) return result;
  const date = new Date(result.data.commit?.committer?.date ?? '');
  return Number.isNaN(date.getTime()) ? { ok: false, reason: 'no committer date' } : { ok: true, data: date };
}
