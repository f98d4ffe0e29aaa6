// A local GitHub Actions artifact service (v4) for tests and the local pipeline, on 127.0.0.1,
// with the cache service v2 beside it (cache-service.mjs; both share the blob store).
//
// It speaks what @actions/artifact 6.2.1 speaks (see PROTOCOL.md beside this file, part A):
// - Twirp JSON at /twirp/github.actions.results.api.v1.ArtifactService/<Method>
//   (actions/toolkit packages/artifact/src/generated/results/api/v1/artifact.ts; twirp spec v7),
// - the Azure Blob data plane behind the signed URLs (Put Block, Put Block List, Put Blob, Get Blob),
// - optionally the REST routes the client uses for another run (`findBy`), under /api.
// One listener serves all three; a client only keeps the origin of ACTIONS_RESULTS_URL.
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { createCacheService } from './cache-service.mjs';
import { restRoute } from './rest.mjs';
import { scopeOfToken, artifactClientEnv, mintRuntimeToken } from './token.mjs';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
const CACHE_SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';
const ACCOUNT = 'devstoreaccount1';
const CONTAINER = 'actions-results';
/** The service's text for a second artifact of one name in a run (artifact-service.md A9). */
export const DUPLICATE_NAME_MESSAGE = 'an artifact with this name already exists on the workflow run';

/** Twirp error codes and their HTTP statuses (twitchtv/twirp docs/spec_v7.md). */
export const TWIRP_STATUS = {
  canceled: 408,
  invalid_argument: 400,
  malformed: 400,
  deadline_exceeded: 408,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  permission_denied: 403,
  unauthenticated: 401,
  resource_exhausted: 429,
  failed_precondition: 412,
  aborted: 409,
  out_of_range: 400,
  unimplemented: 501,
  internal: 500,
  unavailable: 503,
  dataloss: 500,
  unknown: 500,
};

/** The Twirp code a fault with a bare HTTP status answers with. */
function codeForStatus(status) {
  const exact = Object.entries(TWIRP_STATUS).find(([, s]) => s === status);
  if (status === 409) return 'already_exists';
  if (status === 500) return 'internal';
  return exact ? exact[0] : 'unknown';
}

class TwirpError extends Error {
  /** @param {keyof typeof TWIRP_STATUS} code @param {string} msg */
  constructor(code, msg) {
    super(msg);
    this.code = code;
  }
}

/** @param {import('node:http').IncomingMessage} req @returns {Promise<Buffer>} */
async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function sha256(buffer) {
  return createHash('sha256').update(buffer).digest('hex');
}

/** protobuf JSON reads int64 as a string or a number; answers always carry strings. */
function int64(value, field) {
  if (value === undefined) return undefined;
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^-?\d+$/.test(text)) {
    throw new TwirpError('invalid_argument', `${field}: not an int64: ${JSON.stringify(value)}`);
  }
  return BigInt(text);
}

/** A field in either protobuf JSON spelling: the proto name (what the client sends) or lowerCamel. */
function field(body, name) {
  if (body[name] !== undefined) return body[name];
  return body[name.replace(/_([a-z])/g, (_, c) => c.toUpperCase())];
}

/**
 * @param {{host?: string, port?: number, repository?: string, restToken?: string, signingKey?: Buffer}} [options]
 * @returns {Promise<import('./server.d.mts').ArtifactService>}
 */
export async function startArtifactService(options = {}) {
  const signingKey = options.signingKey ?? randomBytes(32);
  const repository = options.repository ?? 'acme/app';
  const restToken = options.restToken ?? 'ghs_test-token';
  /** @type {import('./server.d.mts').StoredArtifact[]} */
  const artifacts = [];
  /** @type {Map<string, {blocks: Map<string, Buffer>, data?: Buffer, contentType?: string}>} */
  const blobs = new Map();
  /** @type {Map<string, {status: number, code: string, msg: string, remaining: number}[]>} */
  const rpcFaults = new Map();
  /** @type {Map<string, {keep: number | undefined, remaining: number}>} */
  const truncations = new Map();
  /** @type {Map<string, string>} */
  const fakeDigests = new Map();
  /** @type {import('./server.d.mts').RecordedRequest[]} */
  const requests = [];
  let nextId = 1;
  let origin = '';

  function sign(path, expires) {
    return createHmac('sha256', signingKey).update(`${path}\n${expires}`).digest('base64url');
  }

  function signedUrl(path) {
    const expires = new Date(Date.now() + 3600_000).toISOString();
    return `${origin}${path}?sig=${sign(path, expires)}&se=${encodeURIComponent(expires)}`;
  }

  function signatureValid(url) {
    const sig = url.searchParams.get('sig');
    const se = url.searchParams.get('se');
    if (!sig || !se || Number.isNaN(Date.parse(se)) || Date.parse(se) < Date.now()) return false;
    const expected = Buffer.from(sign(url.pathname, se));
    const given = Buffer.from(sig);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  function finalized(run) {
    return artifacts.filter((a) => a.state === 'finalized' && a.run === run);
  }

  /** Checks the bearer token and that the request's run (and job, when given) is the token's. */
  function authorize(req, body, { jobMustMatch }) {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer (.+)$/.exec(header);
    if (!match) throw new TwirpError('unauthenticated', 'missing bearer token');
    const scope = scopeOfToken(match[1]);
    if (!scope) throw new TwirpError('unauthenticated', 'token has no Actions.Results scope');
    const run = field(body, 'workflow_run_backend_id');
    const job = field(body, 'workflow_job_run_backend_id');
    if (!run || !job)
      throw new TwirpError('invalid_argument', 'workflow run and job backend ids are required');
    if (run !== scope.run)
      throw new TwirpError('permission_denied', `token is not valid for workflow run ${run}`);
    if (jobMustMatch && job !== scope.job) {
      throw new TwirpError('permission_denied', `token is not valid for job ${job}`);
    }
    return { run, job };
  }

  function wireArtifact(a) {
    /** @type {Record<string, string>} */
    const out = {
      workflow_run_backend_id: a.run,
      workflow_job_run_backend_id: a.job,
      database_id: String(a.id),
      name: a.name,
      size: String(a.size),
      created_at: a.createdAt,
    };
    const digest = fakeDigests.get(a.name) ?? a.hash;
    if (digest) out.digest = digest;
    return out;
  }

  /** @type {Record<string, (req: any, body: any) => object>} */
  const rpcs = {
    CreateArtifact(req, body) {
      const { run, job } = authorize(req, body, { jobMustMatch: true });
      const name = field(body, 'name');
      if (typeof name !== 'string' || name === '')
        throw new TwirpError('invalid_argument', 'name is required');
      if (finalized(run).some((a) => a.name === name))
        throw new TwirpError('already_exists', DUPLICATE_NAME_MESSAGE);
      // A pending upload of the same name (a job that died mid-upload) is started afresh.
      for (let i = artifacts.length - 1; i >= 0; i--) {
        if (artifacts[i].run === run && artifacts[i].name === name) artifacts.splice(i, 1);
      }
      const expires = field(body, 'expires_at');
      const id = nextId++;
      const blobPath = `/${ACCOUNT}/${CONTAINER}/${encodeURIComponent(run)}/${id}/${encodeURIComponent(name)}.zip`;
      blobs.set(blobPath, { blocks: new Map() });
      artifacts.push({
        id,
        run,
        job,
        name,
        state: 'pending',
        blobPath,
        size: 0,
        hash: undefined,
        createdAt: undefined,
        expiresAt: typeof expires === 'string' ? expires : undefined,
        mimeType: field(body, 'mime_type'),
        version: field(body, 'version'),
      });
      return { ok: true, signed_upload_url: signedUrl(blobPath) };
    },

    FinalizeArtifact(req, body) {
      const { run, job } = authorize(req, body, { jobMustMatch: true });
      const name = field(body, 'name');
      const a = artifacts.find(
        (x) => x.run === run && x.job === job && x.name === name && x.state === 'pending',
      );
      if (!a)
        throw new TwirpError('not_found', `no pending artifact named ${JSON.stringify(name)} for this job`);
      const blob = blobs.get(a.blobPath);
      if (!blob?.data) throw new TwirpError('failed_precondition', 'the artifact blob was never committed');
      const size = int64(field(body, 'size'), 'size');
      if (size !== undefined && size !== BigInt(blob.data.length)) {
        throw new TwirpError(
          'invalid_argument',
          `size ${size} does not match the ${blob.data.length} committed bytes`,
        );
      }
      const hash = field(body, 'hash');
      if (hash !== undefined && hash !== `sha256:${sha256(blob.data)}`) {
        throw new TwirpError('invalid_argument', `hash ${hash} does not match the committed bytes`);
      }
      Object.assign(a, {
        state: 'finalized',
        size: blob.data.length,
        hash,
        createdAt: new Date().toISOString(),
      });
      return { ok: true, artifact_id: String(a.id) };
    },

    ListArtifacts(req, body) {
      const { run } = authorize(req, body, { jobMustMatch: true });
      const nameFilter = field(body, 'name_filter');
      const idFilter = int64(field(body, 'id_filter'), 'id_filter');
      const found = finalized(run)
        .filter((a) => nameFilter === undefined || a.name === nameFilter)
        .filter((a) => idFilter === undefined || BigInt(a.id) === idFilter)
        .sort((x, y) => x.id - y.id);
      return { artifacts: found.map(wireArtifact) };
    },

    GetSignedArtifactURL(req, body) {
      const { run, job } = authorize(req, body, { jobMustMatch: false });
      const name = field(body, 'name');
      const a = finalized(run)
        .filter((x) => x.job === job && x.name === name)
        .sort((x, y) => y.id - x.id)[0];
      if (!a) throw new TwirpError('not_found', `artifact ${JSON.stringify(name)} not found`);
      return { signed_url: signedUrl(a.blobPath) };
    },

    DeleteArtifact(req, body) {
      const { run, job } = authorize(req, body, { jobMustMatch: false });
      const name = field(body, 'name');
      const a = finalized(run)
        .filter((x) => x.job === job && x.name === name)
        .sort((x, y) => y.id - x.id)[0];
      if (!a) throw new TwirpError('not_found', `artifact ${JSON.stringify(name)} not found`);
      removeArtifact(a);
      return { ok: true, artifact_id: String(a.id) };
    },
  };

  const cache = createCacheService({ blobs, signedUrl, TwirpError, field, int64 });

  function removeArtifact(a) {
    artifacts.splice(artifacts.indexOf(a), 1);
    blobs.delete(a.blobPath);
  }

  function sendJson(res, status, value, headers = {}) {
    const text = JSON.stringify(value);
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(text),
      ...headers,
    });
    res.end(text);
  }

  async function handleTwirp(req, res, method, service = rpcs) {
    const raw = await readBody(req);
    let body;
    try {
      if (req.method !== 'POST') throw new TwirpError('bad_route', `unsupported method ${req.method}`);
      const rpc = Object.hasOwn(service, method) ? service[method] : undefined;
      if (!rpc) throw new TwirpError('bad_route', `no such method: ${method}`);
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        throw new TwirpError('bad_route', 'only application/json is served');
      }
      try {
        body = JSON.parse(raw.toString('utf8') || '{}');
      } catch {
        throw new TwirpError('malformed', 'the body is not JSON');
      }
      requests.push({ kind: 'twirp', method, body, at: requests.length });
      const fault = rpcFaults.get(method)?.find((f) => f.remaining > 0);
      if (fault) {
        fault.remaining--;
        sendJson(res, fault.status, { code: fault.code, msg: fault.msg, meta: {} });
        return;
      }
      sendJson(res, 200, rpc(req, body));
    } catch (error) {
      if (!(error instanceof TwirpError)) throw error;
      sendJson(res, TWIRP_STATUS[error.code], { code: error.code, msg: error.message, meta: {} });
    }
  }

  /** Azure Storage error bodies are XML (`<Error><Code/><Message/></Error>`). */
  function sendStorageError(res, status, code, message) {
    const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
    res.writeHead(status, {
      'Content-Type': 'application/xml',
      'Content-Length': Buffer.byteLength(xml),
      'x-ms-request-id': randomUUID(),
      'x-ms-error-code': code,
    });
    res.end(xml);
  }

  function storageHeaders(extra = {}) {
    return {
      'x-ms-request-id': randomUUID(),
      'x-ms-version': '2026-04-06',
      Date: new Date().toUTCString(),
      ...extra,
    };
  }

  async function handleBlob(req, res, url) {
    const body = await readBody(req);
    const comp = url.searchParams.get('comp');
    requests.push({
      kind: 'blob',
      method: req.method,
      path: url.pathname,
      comp: comp ?? undefined,
      bytes: body.length,
      at: requests.length,
    });
    if (!signatureValid(url)) {
      sendStorageError(res, 403, 'AuthenticationFailed', 'Server failed to authenticate the request.');
      return;
    }
    const blob = blobs.get(url.pathname);
    if (!blob) {
      sendStorageError(res, 404, 'BlobNotFound', 'The specified blob does not exist.');
      return;
    }
    if (req.method === 'PUT' && comp === 'block') {
      const id = url.searchParams.get('blockid');
      if (!id) return sendStorageError(res, 400, 'InvalidQueryParameterValue', 'blockid is required.');
      blob.blocks.set(id, body); // last write wins, as in Azure
      res.writeHead(201, storageHeaders({ 'Content-Length': 0 }));
      return res.end();
    }
    if (req.method === 'PUT' && comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)].map(
        (m) => m[2],
      );
      const unknown = ids.find((id) => !blob.blocks.has(id));
      if (unknown !== undefined) {
        return sendStorageError(res, 400, 'InvalidBlockList', 'The specified block list is invalid.');
      }
      blob.data = Buffer.concat(ids.map((id) => blob.blocks.get(id)));
      blob.contentType = req.headers['x-ms-blob-content-type'] ?? 'application/octet-stream';
      blob.blocks.clear();
      res.writeHead(
        201,
        storageHeaders({ 'Content-Length': 0, ETag: `"0x${sha256(blob.data).slice(0, 16)}"` }),
      );
      return res.end();
    }
    if (req.method === 'PUT' && comp === null) {
      blob.data = body;
      blob.contentType =
        req.headers['x-ms-blob-content-type'] ?? req.headers['content-type'] ?? 'application/octet-stream';
      res.writeHead(201, storageHeaders({ 'Content-Length': 0, ETag: `"0x${sha256(body).slice(0, 16)}"` }));
      return res.end();
    }
    if ((req.method === 'GET' || req.method === 'HEAD') && comp === null) {
      if (!blob.data) return sendStorageError(res, 404, 'BlobNotFound', 'The specified blob does not exist.');
      let data = blob.data;
      const owner = artifacts.find((a) => a.blobPath === url.pathname);
      const cut = owner && truncations.get(owner.name);
      if (cut && cut.remaining > 0 && req.method === 'GET') {
        cut.remaining--;
        // By default the cut falls where the zip's central directory starts: the extractor then ends
        // cleanly with the entries it has, and only the digest can tell. A cut inside an entry makes
        // unzip-stream fail or stall, and the client retries that 5 times, 5 s apart.
        const directory = data.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
        data = data.subarray(0, cut.keep ?? (directory > 0 ? directory : Math.floor(data.length / 2)));
      }
      const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers['x-ms-range'] ?? req.headers.range ?? '');
      const headers = storageHeaders({
        'Content-Type': blob.contentType,
        'Accept-Ranges': 'bytes',
        'x-ms-blob-type': 'BlockBlob',
      });
      if (range) {
        const start = Number(range[1]);
        const end = range[2] === '' ? data.length - 1 : Math.min(Number(range[2]), data.length - 1);
        if (start >= data.length || end < start) {
          return sendStorageError(
            res,
            416,
            'InvalidRange',
            'The range specified is invalid for the current size of the resource.',
          );
        }
        const part = data.subarray(start, end + 1);
        res.writeHead(206, {
          ...headers,
          'Content-Length': part.length,
          'Content-Range': `bytes ${start}-${end}/${data.length}`,
        });
        return res.end(req.method === 'HEAD' ? undefined : part);
      }
      res.writeHead(200, { ...headers, 'Content-Length': data.length });
      return res.end(req.method === 'HEAD' ? undefined : data);
    }
    sendStorageError(
      res,
      400,
      'UnsupportedHttpVerb',
      `${req.method} with comp=${comp} is not supported here.`,
    );
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin || 'http://127.0.0.1');
    let work;
    if (url.pathname.startsWith(SERVICE)) work = handleTwirp(req, res, url.pathname.slice(SERVICE.length));
    else if (url.pathname.startsWith(CACHE_SERVICE))
      work = handleTwirp(req, res, url.pathname.slice(CACHE_SERVICE.length), cache.rpcs);
    else if (url.pathname.startsWith(`/${ACCOUNT}/`)) work = handleBlob(req, res, url);
    else if (url.pathname.startsWith('/api/')) {
      work = restRoute(req, res, url, {
        repository,
        restToken,
        artifacts,
        finalized,
        signedUrl,
        removeArtifact,
        wireDigest: (a) => fakeDigests.get(a.name) ?? a.hash,
        requests,
      });
    } else
      work = Promise.resolve(
        sendJson(res, 404, { code: 'bad_route', msg: `no route for ${url.pathname}`, meta: {} }),
      );
    work.catch((error) => {
      if (!res.headersSent)
        sendJson(res, 500, { code: 'internal', msg: String(error?.stack ?? error), meta: {} });
      else res.destroy();
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('the artifact service has no TCP address');
  origin = `http://127.0.0.1:${address.port}`;

  return {
    url: `${origin}/`,
    port: address.port,
    apiUrl: `${origin}/api`,
    repository,
    restToken,
    token: (run, job) => mintRuntimeToken({ run, job }),
    clientEnv: (run, job, workspace) => ({
      ...artifactClientEnv({ resultsUrl: `${origin}/`, run, job, workspace }),
      GITHUB_API_URL: `${origin}/api`,
    }),
    artifacts: (run) =>
      artifacts
        .filter((a) => a.state === 'finalized' && (run === undefined || a.run === run))
        .map((a) => ({ ...a })),
    blob: (run, name) => {
      const a = finalized(run)
        .filter((x) => x.name === name)
        .sort((x, y) => y.id - x.id)[0];
      const data = a && blobs.get(a.blobPath)?.data;
      return data ? Buffer.from(data) : undefined;
    },
    requests: () => requests.slice(),
    failRpc(method, status, times = 1, msg) {
      if (!Object.hasOwn(rpcs, method) && !Object.hasOwn(cache.rpcs, method))
        throw new Error(`unknown RPC ${method}`);
      const code = codeForStatus(status);
      const list = rpcFaults.get(method) ?? [];
      list.push({
        status,
        code,
        msg: msg ?? (status === 409 ? DUPLICATE_NAME_MESSAGE : `injected ${code}`),
        remaining: times,
      });
      rpcFaults.set(method, list);
    },
    truncateDownload(name, times = Infinity, keep) {
      truncations.set(name, { keep, remaining: times });
    },
    corruptDigest(name, digest = `sha256:${'0'.repeat(64)}`) {
      fakeDigests.set(name, digest);
    },
    clearFaults() {
      rpcFaults.clear();
      truncations.clear();
      fakeDigests.clear();
    },
    cacheEntries: () => cache.entries(),
    cacheArchive: (key) => cache.archive(key),
    cacheClientEnv: (run, job) => ({
      ...artifactClientEnv({ resultsUrl: `${origin}/`, run, job }),
      ACTIONS_CACHE_SERVICE_V2: 'True',
    }),
    reset() {
      cache.reset();
      artifacts.length = 0;
      nextId = 1;
      blobs.clear();
      requests.length = 0;
      rpcFaults.clear();
      truncations.clear();
      fakeDigests.clear();
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve(undefined)));
      }),
  };
}
