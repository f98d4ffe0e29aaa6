export const id = 975;
export const ids = [975,356];
export const modules = {

/***/ 31676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ sameImageRecord),
/* harmony export */   Tb: () => (/* binding */ recordFileName),
/* harmony export */   UC: () => (/* binding */ parseDigestFile),
/* harmony export */   a8: () => (/* binding */ DIGEST_RECORD_VERSION),
/* harmony export */   ur: () => (/* binding */ encodeDigestRecord),
/* harmony export */   yT: () => (/* binding */ DigestRecordError)
/* harmony export */ });
/* unused harmony exports digestOfFileName, recordProblems */
/**
 * The digest record: what one build job hands to the merge job, as one file in a workflow artifact.
 *
 * The file is named by the 64-hex digest without `sha256:` (the artifact service forbids `:` in
 * paths), exactly as Docker's multi-platform recipe names its empty files
 * (docker/docs content/manuals/build/ci/github-actions/multi-platform.md: `touch "/tmp/digests/${digest#sha256:}"`).
 * So a recipe shell step (`for f in *; do echo "sha256:$f"; done`) reads our artifacts, and the
 * recipe's empty files parse here as a record holding only the digest.
 *
 * Our content is a small versioned JSON object. Unknown keys are ignored, so that a later
 * version 1 writer may add optional fields; a different `version` is refused.
 */
const DIGEST_RECORD_VERSION = 1;
const HEX_DIGEST = /^[0-9a-f]{64}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
// os/arch[/variant] as buildx prints it (linux/amd64, linux/arm/v7, linux/arm64/v8).
const PLATFORM = /^[a-z0-9_.-]+\/[a-z0-9_.-]+(\/[a-z0-9_.-]+)?$/;
const COMMIT = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** A digest record that cannot be read or written; the message names the artifact and the file. */
class DigestRecordError extends Error {
    origin;
    problem;
    name = 'DigestRecordError';
    constructor(origin, problem) {
        const file = origin.file === undefined ? '' : ` file ${JSON.stringify(origin.file)}`;
        super(`digest artifact ${JSON.stringify(origin.artifact)}${file}: ${problem}`);
        this.origin = origin;
        this.problem = problem;
    }
}
/** The file name a record is stored under: the digest's hex. */
function recordFileName(digest) {
    if (!DIGEST.test(digest))
        throw new Error(`not a sha256 digest: ${JSON.stringify(digest)}`);
    return digest.slice('sha256:'.length);
}
/** The digest a file name stands for, or undefined when the name is not 64 lower-case hex digits. */
function digestOfFileName(fileName) {
    return HEX_DIGEST.test(fileName) ? `sha256:${fileName}` : undefined;
}
/**
 * Checks a record's fields; returns the problems (empty when valid). Shared by encode and parse,
 * so we never write what we would refuse to read.
 */
function recordProblems(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return ['the content is not a JSON object'];
    const r = value;
    const problems = [];
    if (r.version !== DIGEST_RECORD_VERSION) {
        problems.push(typeof r.version === 'number' && r.version > DIGEST_RECORD_VERSION
            ? `record version ${r.version} was written by a newer release of this action; this one reads version ${DIGEST_RECORD_VERSION}`
            : `"version" is ${JSON.stringify(r.version)}; expected ${DIGEST_RECORD_VERSION}`);
    }
    if (typeof r.digest !== 'string' || !DIGEST.test(r.digest)) {
        problems.push(`"digest" is ${JSON.stringify(r.digest)}; expected sha256: and 64 lower-case hex digits`);
    }
    if (r.platform !== undefined && (typeof r.platform !== 'string' || !PLATFORM.test(r.platform))) {
        problems.push(`"platform" is ${JSON.stringify(r.platform)}; expected os/arch[/variant]`);
    }
    if (r.images !== undefined &&
        (!Array.isArray(r.images) || r.images.some((i) => typeof i !== 'string' || i === '' || /[\s@]/.test(i)))) {
        problems.push(`"images" is ${JSON.stringify(r.images)}; expected a list of image names without digest`);
    }
    if (r.context !== undefined && typeof r.context !== 'string') {
        problems.push(`"context" is ${JSON.stringify(r.context)}; expected a string`);
    }
    if (r.commit !== undefined && (typeof r.commit !== 'string' || !COMMIT.test(r.commit))) {
        problems.push(`"commit" is ${JSON.stringify(r.commit)}; expected 40 or 64 hex digits`);
    }
    if (r.runId !== undefined && (typeof r.runId !== 'string' || !/^\d+$/.test(r.runId))) {
        problems.push(`"runId" is ${JSON.stringify(r.runId)}; expected a string of digits`);
    }
    if (r.runAttempt !== undefined && (!Number.isInteger(r.runAttempt) || r.runAttempt < 1)) {
        problems.push(`"runAttempt" is ${JSON.stringify(r.runAttempt)}; expected a positive integer`);
    }
    return problems;
}
/** Copies the known fields in a fixed order, so that equal records encode to equal bytes. */
function normalize(r) {
    const out = { version: DIGEST_RECORD_VERSION, digest: r.digest };
    if (r.platform !== undefined)
        out.platform = r.platform;
    if (r.images !== undefined)
        out.images = [...r.images];
    if (r.context !== undefined)
        out.context = r.context;
    if (r.commit !== undefined)
        out.commit = r.commit;
    if (r.runId !== undefined)
        out.runId = r.runId;
    if (r.runAttempt !== undefined)
        out.runAttempt = r.runAttempt;
    return out;
}
/** The file content for a record: JSON with a trailing newline. Throws on an invalid record. */
function encodeDigestRecord(record, origin) {
    const problems = recordProblems(record);
    if (problems.length > 0)
        throw new DigestRecordError(origin, problems.join('; '));
    return `${JSON.stringify(normalize(record), null, 2)}\n`;
}
/**
 * Reads one digest file: `fileName` must be 64 hex digits; empty content (the recipe's `touch`)
 * gives `{version, digest}`; otherwise the JSON record must be valid and carry the same digest.
 */
function parseDigestFile(fileName, content, artifact) {
    const origin = { artifact, file: fileName };
    const digest = digestOfFileName(fileName);
    if (digest === undefined) {
        throw new DigestRecordError(origin, 'the file name is not a digest; expected 64 lower-case hex digits (sha256 without "sha256:")');
    }
    if (content.trim() === '')
        return { version: DIGEST_RECORD_VERSION, digest };
    let value;
    try {
        value = JSON.parse(content);
    }
    catch (error) {
        throw new DigestRecordError(origin, `the content is not JSON (${error.message})`);
    }
    const problems = recordProblems(value);
    if (problems.length > 0)
        throw new DigestRecordError(origin, problems.join('; '));
    const record = normalize(value);
    if (record.digest !== digest) {
        throw new DigestRecordError(origin, `the record says ${record.digest} but the file is named for ${digest}`);
    }
    return record;
}
/**
 * Whether two records describe the same pushed image: everything but the run that wrote them.
 * A re-run that rebuilt the same digest keeps the first record.
 */
function sameImageRecord(a, b) {
    const strip = ({ runId: _r, runAttempt: _a, ...rest }) => ({
        ...rest,
        images: rest.images === undefined ? undefined : [...rest.images].sort(),
    });
    return JSON.stringify(strip(normalize(a))) === JSON.stringify(strip(normalize(b)));
}


/***/ }),

/***/ 59975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createDigestStore: () => (/* binding */ createDigestStore)
/* harmony export */ });
/* unused harmony export isDuplicateNameError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77935);
/* harmony import */ var _artifact_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80936);
/* harmony import */ var _digest_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31676);
/**
 * The artifact store adapter: digest records in and out of workflow artifacts, over the real
 * `@actions/artifact` client (which reads ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL from
 * process.env, as it must in a runner).
 *
 * One artifact holds one file named by the digest's hex (see digest-record.ts). Uploads are
 * rerun-safe: the service refuses a second artifact of one name in a run with a 409, which a
 * re-run job hits; we then keep an identical record and replace a different one.
 */





/** The client's error for a name already used in the run (artifact-service.md A9); it has no class. */
function isDuplicateNameError(error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.includes('(409)') || message.includes('already exists on the workflow run');
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
function createDigestStore(deps) {
    const { log } = deps;
    const client = deps.client ?? new _actions_artifact__WEBPACK_IMPORTED_MODULE_2__/* .DefaultArtifactClient */ .t9();
    const concurrency = Math.max(1, deps.concurrency ?? 5);
    // Tokens for other runs stay here, never on the artifacts a mode may log.
    const tokens = new Map();
    const runKey = (repository, runId) => `${repository}#${runId}`;
    function findOptions(a) {
        if (a.runId === undefined || a.repository === undefined)
            return {};
        const token = tokens.get(runKey(a.repository, a.runId));
        if (token === undefined) {
            throw new _digest_record_js__WEBPACK_IMPORTED_MODULE_4__/* .DigestRecordError */ .yT({ artifact: a.name }, `no token known for run ${a.runId} of ${a.repository}`);
        }
        const [owner = '', repo = ''] = a.repository.split('/');
        return { findBy: { token, workflowRunId: a.runId, repositoryOwner: owner, repositoryName: repo } };
    }
    async function downloadOne(a, tempDir) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tempDir, `${a.name}-${a.id}`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        let mismatch;
        try {
            const answer = await client.downloadArtifact(a.id, {
                path: dir,
                expectedHash: a.digest,
                ...findOptions(a),
            });
            mismatch = answer.digestMismatch;
        }
        catch (error) {
            if (error instanceof _digest_record_js__WEBPACK_IMPORTED_MODULE_4__/* .DigestRecordError */ .yT)
                throw error;
            throw new _digest_record_js__WEBPACK_IMPORTED_MODULE_4__/* .DigestRecordError */ .yT({ artifact: a.name }, `the download failed: ${message(error)}`);
        }
        if (mismatch) {
            throw new _digest_record_js__WEBPACK_IMPORTED_MODULE_4__/* .DigestRecordError */ .yT({ artifact: a.name }, `the downloaded bytes do not match the artifact's digest ${a.digest} (truncated or corrupted download)`);
        }
        if (a.digest === undefined)
            log.warning(`Artifact ${a.name} has no digest; its download cannot be verified.`);
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { recursive: true, withFileTypes: true });
        const files = entries.filter((e) => e.isFile()).map((e) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(e.parentPath, e.name)));
        if (files.length === 0) {
            throw new _digest_record_js__WEBPACK_IMPORTED_MODULE_4__/* .DigestRecordError */ .yT({ artifact: a.name }, 'the artifact holds no digest file (or the download was truncated)');
        }
        const records = [];
        for (const file of files.sort()) {
            if (file.includes('/')) {
                throw new _digest_record_js__WEBPACK_IMPORTED_MODULE_4__/* .DigestRecordError */ .yT({ artifact: a.name, file }, 'the file is in a folder; expected digest files at the top level');
            }
            const content = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, file), 'utf8');
            records.push({
                artifact: a.name,
                artifactId: a.id,
                file,
                record: (0,_digest_record_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDigestFile */ .UC)(file, content, a.name),
            });
        }
        log.info(`Downloaded ${a.name} (id ${a.id}): ${records.map((r) => r.record.digest).join(', ')}`);
        return records;
    }
    async function upload(name, file, dir, retentionDays) {
        const answer = await client.uploadArtifact(name, [file], dir, { retentionDays });
        if (answer.id === undefined)
            throw new Error(`the artifact service gave no id for ${name}`);
        return answer.id;
    }
    return {
        async uploadDigestRecord({ name, record, retentionDays, tempDir }) {
            const problem = (0,_artifact_name_js__WEBPACK_IMPORTED_MODULE_3__/* .artifactNameProblem */ .NH)(name);
            if (problem !== undefined)
                throw new _digest_record_js__WEBPACK_IMPORTED_MODULE_4__/* .DigestRecordError */ .yT({ artifact: name }, problem);
            const content = (0,_digest_record_js__WEBPACK_IMPORTED_MODULE_4__/* .encodeDigestRecord */ .ur)(record, { artifact: name });
            const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tempDir, 'digest-upload-'));
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, (0,_digest_record_js__WEBPACK_IMPORTED_MODULE_4__/* .recordFileName */ .Tb)(record.digest));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, content);
            try {
                const id = await upload(name, file, dir, retentionDays);
                log.info(`Uploaded ${name} (id ${id}) holding ${record.digest}`);
                return { id, name, outcome: 'uploaded' };
            }
            catch (error) {
                if (!isDuplicateNameError(error))
                    throw error;
            }
            // A re-run of this job: the run already has an artifact of this name.
            log.info(`Artifact ${name} already exists in this run (a re-run?); comparing its record.`);
            const { artifact } = await client.getArtifact(name);
            let same = false;
            try {
                const existing = await downloadOne({ ...artifact, createdAt: undefined }, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tempDir, 'digest-existing-')));
                same = existing.length === 1 && (0,_digest_record_js__WEBPACK_IMPORTED_MODULE_4__/* .sameImageRecord */ .Hf)(existing[0].record, record);
            }
            catch (error) {
                log.warning(`Could not read the existing ${name}: ${message(error)}. Replacing it.`);
            }
            if (same) {
                log.info(`Kept ${name} (id ${artifact.id}): it already holds this record.`);
                return { id: artifact.id, name, outcome: 'kept' };
            }
            await client.deleteArtifact(name);
            const id = await upload(name, file, dir, retentionDays);
            log.info(`Replaced ${name} (old id ${artifact.id}, new id ${id}) with a record of ${record.digest}`);
            return { id, name, outcome: 'replaced' };
        },
        async listDigestArtifacts({ pattern, runId, token, repository }) {
            let options = {};
            if (runId !== undefined) {
                if (!token || !repository || !/^[^/\s]+\/[^/\s]+$/.test(repository)) {
                    throw new Error('reading another run needs a token and a repository (owner/name)');
                }
                tokens.set(runKey(repository, runId), token);
                const [owner = '', repo = ''] = repository.split('/');
                options = { findBy: { token, workflowRunId: runId, repositoryOwner: owner, repositoryName: repo } };
            }
            const { artifacts } = await client.listArtifacts({ latest: true, ...options });
            const sorted = [...artifacts].sort((a, b) => a.name.localeCompare(b.name));
            const matched = sorted
                .filter((a) => (0,_artifact_name_js__WEBPACK_IMPORTED_MODULE_3__/* .matchesArtifactPattern */ .wU)(a.name, pattern))
                .map((a) => ({
                name: a.name,
                id: a.id,
                size: a.size,
                ...(a.digest ? { digest: a.digest } : {}),
                ...(a.createdAt ? { createdAt: new Date(a.createdAt).toISOString() } : {}),
                ...(runId !== undefined ? { runId, repository } : {}),
            }));
            const unmatched = sorted.filter((a) => !(0,_artifact_name_js__WEBPACK_IMPORTED_MODULE_3__/* .matchesArtifactPattern */ .wU)(a.name, pattern)).map((a) => a.name);
            log.info(`${matched.length} of ${artifacts.length} artifact(s) match ${JSON.stringify(pattern)}`);
            return { matched, unmatched };
        },
        async downloadDigestRecords(artifacts, tempDir) {
            const perArtifact = await mapLimit(artifacts, concurrency, (a) => downloadOne(a, tempDir));
            return perArtifact.flat();
        },
    };
}


/***/ })

};
