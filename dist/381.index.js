export const id = 381;
export const ids = [381];
export const modules = {

/***/ 80936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NH: () => (/* binding */ artifactNameProblem),
/* harmony export */   Vb: () => (/* binding */ defaultArtifactName),
/* harmony export */   ax: () => (/* binding */ defaultArtifactPattern),
/* harmony export */   g8: () => (/* binding */ contextLabel),
/* harmony export */   wU: () => (/* binding */ matchesArtifactPattern)
/* harmony export */ });
/* unused harmony exports DIGEST_ARTIFACT_PREFIX, platformPair */
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9519);
/**
 * Digest artifact names: the default `digests-<context>-<platform-pair>` of Docker's recipe, the
 * characters the artifact service refuses, and the glob a merge uses to find its artifacts.
 */

const DIGEST_ARTIFACT_PREFIX = 'digests-';
/**
 * Characters @actions/artifact refuses in an artifact name before any request
 * (actions/toolkit packages/artifact/src/internal/upload/path-and-artifact-name-validation.ts).
 */
const FORBIDDEN = new Map([
    ['"', 'double quote "'],
    [':', 'colon :'],
    ['<', 'less than <'],
    ['>', 'greater than >'],
    ['|', 'vertical bar |'],
    ['*', 'asterisk *'],
    ['?', 'question mark ?'],
    ['\r', 'carriage return \\r'],
    ['\n', 'line feed \\n'],
    ['\\', 'backslash \\'],
    ['/', 'forward slash /'],
]);
/** `linux/arm/v7` -> `linux-arm-v7`, the recipe's `${platform//\//-}`. */
function platformPair(platform) {
    return platform.replace(/\//g, '-');
}
/**
 * A context as it appears in a name: `./api/` -> `api`, `web/app` -> `web-app`; `.` or empty
 * means no context. Characters the service refuses become `-`.
 */
function contextLabel(context) {
    if (context === undefined)
        return undefined;
    const trimmed = context
        .trim()
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '');
    if (trimmed === '' || trimmed === '.')
        return undefined;
    let label = '';
    for (const ch of trimmed)
        label += FORBIDDEN.has(ch) || /\s/.test(ch) ? '-' : ch;
    return label.replace(/-+/g, '-');
}
/** `digests-<context>-<platform-pair>`, or `digests-<platform-pair>` without a context. */
function defaultArtifactName(platform, context) {
    const label = contextLabel(context);
    return `${DIGEST_ARTIFACT_PREFIX}${label === undefined ? '' : `${label}-`}${platformPair(platform)}`;
}
/** What is wrong with an artifact name for the service, or undefined when it is acceptable. */
function artifactNameProblem(name) {
    if (name === '')
        return 'the name is empty';
    const bad = [...new Set([...name].filter((ch) => FORBIDDEN.has(ch)))];
    if (bad.length > 0) {
        return `the name contains ${bad.map((ch) => FORBIDDEN.get(ch)).join(', ')}, which the artifact service refuses`;
    }
    return undefined;
}
/** The glob a merge uses by default: `digests-*`, or `digests-<context>-*` with a context. */
function defaultArtifactPattern(context) {
    const label = contextLabel(context);
    return `${DIGEST_ARTIFACT_PREFIX}${label === undefined ? '' : `${label}-`}*`;
}
/** Whether an artifact name matches a glob, as download-artifact's `pattern` matches (minimatch). */
function matchesArtifactPattern(name, pattern) {
    return (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(name, pattern);
}


/***/ }),

/***/ 48854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X3: () => (/* binding */ writeBuildRecord),
/* harmony export */   mx: () => (/* binding */ readBuildRecord)
/* harmony export */ });
/* unused harmony export buildRecordPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _digest_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31676);



/**
 * The hand-off between a job's `build` step and its `export-digest` step: the build writes the
 * digest record of what it pushed into RUNNER_TEMP (one per job: the runner empties it between
 * jobs), and export-digest uploads it without any wiring in the workflow.
 */
const RECORD_DIR = 'dify-image-action';
const RECORD_FILE = 'build-record.json';
function buildRecordPath(env) {
    const temp = env['RUNNER_TEMP'];
    if (!temp)
        throw new Error('RUNNER_TEMP is not set: is this running on a GitHub Actions runner?');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(temp, RECORD_DIR, RECORD_FILE);
}
function writeBuildRecord(env, record) {
    const path = buildRecordPath(env);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, '..'), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, (0,_digest_record_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeDigestRecord */ .ur)(record, { artifact: RECORD_FILE }));
    return path;
}
/** The record this job's build wrote, or undefined when no build step ran in this job. */
function readBuildRecord(env) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(buildRecordPath(env), 'utf8');
    }
    catch {
        return undefined;
    }
    const parsed = JSON.parse(text);
    return (0,_digest_record_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDigestFile */ .UC)((0,_digest_record_js__WEBPACK_IMPORTED_MODULE_2__/* .recordFileName */ .Tb)(parsed.digest ?? ''), text, RECORD_FILE);
}


/***/ }),

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

/***/ 83381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runExportDigest: () => (/* binding */ runExportDigest)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _artifact_artifact_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80936);
/* harmony import */ var _artifact_build_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48854);
/* harmony import */ var _artifact_digest_record_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(31676);






/**
 * The `export-digest` mode: hand this job's per-platform digest to the merge job as a workflow
 * artifact (one file named by the digest's hex, holding the digest record), replacing the recipe's
 * `touch` step and upload-artifact. A re-run of the job never fails on the existing name.
 */
async function runExportDigest(inputs, ctx, deps = {}) {
    const record = withRunProvenance(recordToExport(inputs, ctx), ctx.env);
    if (record.platform === undefined && inputs.artifactName === undefined && inputs.given !== undefined) {
        throw new Error('the digest is given without "platform", so no default artifact name can be made; set "artifact-name"');
    }
    // A multi-platform build records no single platform: its index is named by its digest.
    const name = inputs.artifactName ??
        (0,_artifact_artifact_name_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultArtifactName */ .Vb)(record.platform ?? `index-${record.digest.slice(7, 19)}`, record.context);
    ctx.io.setOutput('digest', record.digest);
    ctx.io.setOutput('artifact-name', name);
    const store = deps.store ?? (await loadStore(ctx));
    const tempDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(ctx.env['RUNNER_TEMP'] || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'export-digest-'));
    const result = await ctx.log.group(`Uploading ${name}`, () => store.uploadDigestRecord({ name, record, retentionDays: inputs.retentionDays, tempDir }));
    return {
        outputs: { 'artifact-name': name, 'artifact-id': String(result.id), digest: record.digest },
        summary: exportSummary(record, result),
    };
}
/** The given digest, else the record this job's `build` step left in RUNNER_TEMP. */
function recordToExport(inputs, ctx) {
    let record;
    if (inputs.given !== undefined) {
        const { digest, platform, images } = inputs.given;
        record = { version: _artifact_digest_record_js__WEBPACK_IMPORTED_MODULE_5__/* .DIGEST_RECORD_VERSION */ .a8, digest, platform };
        if (images.length > 0)
            record.images = images;
    }
    else {
        const built = (0,_artifact_build_record_js__WEBPACK_IMPORTED_MODULE_4__/* .readBuildRecord */ .mx)(ctx.env);
        if (built === undefined) {
            throw new Error('no digest to export: this job has no build record. Run this action with "mode: build" earlier ' +
                'in the same job, or give "digest" (with "platform" and "images") for a build made by other means');
        }
        ctx.log.info(`Exporting the build record of this job: ${built.platform ?? '?'} ${built.digest}`);
        record = built;
    }
    if (inputs.context !== undefined)
        record = { ...record, context: inputs.context };
    return record;
}
/** The commit, run and attempt that export the record, from the runner's variables when valid. */
function withRunProvenance(record, env) {
    const out = { ...record };
    const sha = env['GITHUB_SHA'];
    if (out.commit === undefined && sha !== undefined && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
        out.commit = sha;
    const runId = env['GITHUB_RUN_ID'];
    if (runId !== undefined && /^\d+$/.test(runId))
        out.runId = runId;
    const attempt = Number(env['GITHUB_RUN_ATTEMPT']);
    if (Number.isInteger(attempt) && attempt >= 1)
        out.runAttempt = attempt;
    return out;
}
const OUTCOME = {
    uploaded: 'uploaded',
    kept: 'kept (a re-run found the same record)',
    replaced: 'replaced (a re-run rebuilt it)',
};
function exportSummary(record, result) {
    const cell = (s) => s.replace(/\|/g, '\\|');
    return [
        '### Digest exported',
        '',
        '| artifact | platform | digest | images | outcome |',
        '|---|---|---|---|---|',
        `| ${cell(result.name)} (id ${result.id}) | ${record.platform ?? ''} | \`${record.digest}\` | ${cell((record.images ?? []).join(', '))} | ${OUTCOME[result.outcome]} |`,
        '',
    ].join('\n');
}
/**
 * The real store, loaded only when needed: @actions/artifact and its Azure and Octokit code are
 * most of the bundle, and cost a merge that reads no artifacts (or a bad input) over half a second.
 */
async function loadStore(ctx) {
    const { createDigestStore } = await Promise.all(/* import() */[__webpack_require__.e(555), __webpack_require__.e(30), __webpack_require__.e(935), __webpack_require__.e(356)]).then(__webpack_require__.bind(__webpack_require__, 59975));
    return createDigestStore({ log: ctx.log });
}


/***/ })

};
