export const id = 356;
export const ids = [356];
export const modules = {

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
