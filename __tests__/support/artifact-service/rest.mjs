// The slice of the GitHub REST API that @actions/artifact calls for another run (`findBy`), served
// under /api so that GITHUB_API_URL=<origin>/api. Routes and shapes: artifact-service.md A8
// (actions/toolkit packages/artifact/src/internal/find/list-artifacts.ts, get-artifact.ts,
// delete/delete-artifact.ts, download/download-artifact.ts; REST "Artifacts" endpoints).

/** @param {import('node:http').ServerResponse} res */
function json(res, status, value) {
  const text = JSON.stringify(value);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

function restArtifact(a, digest) {
  return {
    id: a.id,
    node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
    name: a.name,
    size_in_bytes: a.size,
    url: `/repos/artifacts/${a.id}`,
    archive_download_url: `/repos/artifacts/${a.id}/zip`,
    expired: false,
    created_at: a.createdAt,
    updated_at: a.createdAt,
    expires_at: a.expiresAt ?? null,
    digest: digest ?? null,
    workflow_run: { id: Number(a.run) || 0 },
  };
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 * @param {any} ctx the service's state (see server.mjs)
 */
export async function restRoute(req, res, url, ctx) {
  for await (const _ of req); // drain
  ctx.requests.push({
    kind: 'rest',
    method: req.method,
    path: url.pathname + url.search,
    at: ctx.requests.length,
  });
  if (
    req.headers.authorization !== `token ${ctx.restToken}` &&
    req.headers.authorization !== `Bearer ${ctx.restToken}`
  ) {
    return json(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
  }
  const [owner, repo] = ctx.repository.split('/');
  const prefix = `/api/repos/${owner}/${repo}/actions/`;
  if (!url.pathname.startsWith(prefix)) return json(res, 404, { message: 'Not Found' });
  const rest = url.pathname.slice(prefix.length).split('/');

  if (req.method === 'GET' && rest.length === 3 && rest[0] === 'runs' && rest[2] === 'artifacts') {
    const name = url.searchParams.get('name');
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100);
    const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
    // Newest first, as the REST API lists them.
    const all = ctx
      .finalized(rest[1])
      .filter((a) => name === null || a.name === name)
      .sort((x, y) => y.id - x.id);
    const slice = all.slice((page - 1) * perPage, page * perPage);
    return json(res, 200, {
      total_count: all.length,
      artifacts: slice.map((a) => restArtifact(a, ctx.wireDigest(a))),
    });
  }
  const id = Number(rest[1]);
  const artifact =
    rest[0] === 'artifacts' ? ctx.artifacts.find((a) => a.id === id && a.state === 'finalized') : undefined;
  if (req.method === 'GET' && rest.length === 3 && rest[2] === 'zip') {
    if (!artifact) return json(res, 404, { message: 'Not Found' });
    res.writeHead(302, { Location: ctx.signedUrl(artifact.blobPath), 'Content-Length': 0 });
    return res.end();
  }
  if (req.method === 'DELETE' && rest.length === 2) {
    if (!artifact) return json(res, 404, { message: 'Not Found' });
    ctx.removeArtifact(artifact);
    res.writeHead(204);
    return res.end();
  }
  return json(res, 404, { message: 'Not Found' });
}
