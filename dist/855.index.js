export const id = 855;
export const ids = [855];
export const modules = {

/***/ 58780:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const parse = __webpack_require__(16353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 53187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMerge: () => (/* binding */ runMerge)
});

// EXTERNAL MODULE: ./src/login/login.ts + 1 modules
var login = __webpack_require__(90032);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/artifact/artifact-name.ts
var artifact_name = __webpack_require__(80936);
// EXTERNAL MODULE: ./src/base/input-error.ts
var input_error = __webpack_require__(91114);
// EXTERNAL MODULE: ./src/oci/platform.ts
var oci_platform = __webpack_require__(1890);
;// CONCATENATED MODULE: ./src/oci/attestations.ts
/**
 * BuildKit's attestation manifests inside an image index (`moby/buildkit:exporter/containerimage/
 * writer.go`, `util/attestation/types.go`): platform `unknown/unknown` and the annotations
 * `vnd.docker.reference.type: attestation-manifest`, `vnd.docker.reference.digest: <image>`.
 */
const REFERENCE_TYPE = 'vnd.docker.reference.type';
const REFERENCE_DIGEST = 'vnd.docker.reference.digest';
const ATTESTATION_MANIFEST = 'attestation-manifest';
/**
 * An attestation entry, not a runnable image: the BuildKit annotation, or the `unknown/unknown`
 * platform no image can run on (other tools mark attestations only that way).
 */
function isAttestation(d) {
    if (d.annotations?.[REFERENCE_TYPE] === ATTESTATION_MANIFEST)
        return true;
    return d.platform?.os === 'unknown' && d.platform.architecture === 'unknown';
}
/** The image manifest an attestation describes, when it says so. */
function attestedDigest(d) {
    return isAttestation(d) ? d.annotations?.[REFERENCE_DIGEST] : undefined;
}

// EXTERNAL MODULE: ./src/oci/descriptor.ts
var descriptor = __webpack_require__(47592);
// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/oci/go-decode.ts
var go_decode = __webpack_require__(82882);
// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(29217);
;// CONCATENATED MODULE: ./src/oci/source.ts




/** Checks a source's bytes against its digest and size and parses it. */
function resolveSource(source) {
    const name = source.digest;
    if (source.bytes.length !== source.size) {
        throw new go_decode/* OciFormatError */.bj(`${name}: ${source.bytes.length} bytes, but the descriptor says ${source.size}`);
    }
    if ((0,digest/* digestMatches */.U2)(source.digest, source.bytes) === false) {
        throw new go_decode/* OciFormatError */.bj(`${name}: the bytes do not match the digest`);
    }
    const mediaType = source.mediaType !== '' ? source.mediaType : (0,descriptor/* detectMediaType */.sM)(source.bytes);
    try {
        return { source, mediaType, document: (0,descriptor/* parseDocument */.Tp)(source.bytes, mediaType) };
    }
    catch (err) {
        throw new go_decode/* OciFormatError */.bj(`${name}: ${err.message}`);
    }
}
/** True for a single-platform manifest whose platform must still be read from its config blob. */
function needsConfigPlatform(source) {
    if (source.configPlatform !== undefined)
        return false;
    const mediaType = source.mediaType !== '' ? source.mediaType : (0,descriptor/* detectMediaType */.sM)(source.bytes);
    return (0,media_types/* isManifest */.Yh)(mediaType);
}
/** The config blob to fetch for `configPlatform`; undefined when the source is an index. */
function configDescriptor(source) {
    const { document } = resolveSource(source);
    return document.kind === 'manifest' ? document.manifest.config : undefined;
}
/** The descriptor a single-manifest source contributes: the registry's answer plus its platform. */
function manifestDescriptor(resolved) {
    const { source } = resolved;
    if (source.configPlatform === undefined) {
        throw new Error(`${source.digest}: a single-platform manifest needs its configPlatform (see needsConfigPlatform)`);
    }
    return {
        mediaType: resolved.mediaType,
        digest: source.digest,
        size: source.size,
        platform: source.configPlatform,
    };
}
/** The descriptors a source contributes to a merge: an index's children, or the manifest itself. */
function contributedDescriptors(resolved) {
    return resolved.document.kind === 'index'
        ? resolved.document.index.manifests
        : [manifestDescriptor(resolved)];
}

;// CONCATENATED MODULE: ./src/oci/platform-check.ts



/**
 * Checks a merge against what the user expects, beyond what buildx does: every platform once,
 * none missing, none unexpected, and no two sources fighting over one platform.
 */
/** The image platforms of a result's entries, in order; attestation and platform-less entries are left out. */
function platformsOf(result) {
    return result.manifests
        .filter((d) => d.platform !== undefined && !isAttestation(d))
        .map((d) => d.platform);
}
/** Compares platforms after normalization, so `linux/arm` matches `linux/arm/v7` and `linux/arm64/v8` `linux/arm64`. */
function checkExpectedPlatforms(platforms, expected) {
    const key = (p) => (0,oci_platform/* formatPlatform */.Bq)((0,oci_platform/* normalizePlatform */.FL)(p));
    const counts = new Map();
    for (const p of platforms)
        counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
    const wanted = new Set(expected.map(key));
    const missing = [...wanted].filter((p) => !counts.has(p));
    const extra = [...counts.keys()].filter((p) => !wanted.has(p));
    const duplicated = [...counts].filter(([, n]) => n > 1).map(([p]) => p);
    return { missing, extra, duplicated, ok: missing.length + extra.length + duplicated.length === 0 };
}
/**
 * Platforms that two or more sources fill with different image manifests (e.g. two build jobs
 * for linux/amd64, or `--append` onto a tag that already has the platform). buildx would put
 * both in the index; a runtime then picks one arbitrarily. The same manifest reached through
 * two sources is not a conflict: the merge keeps it once. Single-manifest sources need their
 * `configPlatform`.
 */
function findDuplicatePlatforms(sources) {
    const claims = new Map();
    for (const resolved of sources.map(resolveSource)) {
        for (const d of contributedDescriptors(resolved)) {
            if (d.platform === undefined || isAttestation(d))
                continue;
            const platform = (0,oci_platform/* formatPlatform */.Bq)((0,oci_platform/* normalizePlatform */.FL)(d.platform));
            const claim = claims.get(platform) ?? { sources: new Set(), manifests: new Set() };
            claim.sources.add(resolved.source.digest);
            claim.manifests.add(d.digest);
            claims.set(platform, claim);
        }
    }
    return [...claims]
        .filter(([, c]) => c.sources.size > 1 && c.manifests.size > 1)
        .map(([platform, c]) => ({ platform, sources: [...c.sources], manifests: [...c.manifests] }));
}

// EXTERNAL MODULE: ./src/oci/reference.ts
var oci_reference = __webpack_require__(62148);
;// CONCATENATED MODULE: ./src/merge/artifact-intake.ts
/**
 * The merge's artifact intake: the digest artifacts of a workflow run (this one, or another with
 * `run-id`) become merge sources, replacing download-artifact and the recipe's `for f in *` loop.
 *
 * Everything here happens before any registry request, so a missing, corrupted or foreign
 * artifact stops the merge before anything is pushed.
 */








/** The `pattern` value that turns the intake off. */
const NO_INTAKE = 'none';
/**
 * Whether a merge reads artifacts: never with `pattern: none`; always when `pattern` or `run-id`
 * is given; otherwise only when `sources` is empty (a merge given explicit sources merges exactly
 * those unless it asks for artifacts too).
 */
function wantsArtifactIntake(o) {
    if (o.pattern === NO_INTAKE)
        return false;
    return o.pattern !== undefined || o.runId !== undefined || o.sourceCount === 0;
}
async function collectArtifactSources(options, ctx, deps = {}) {
    const pattern = options.pattern ?? (0,artifact_name/* defaultArtifactPattern */.ax)(options.context);
    // The default `digests-*` is shared by every image of the run; anything narrower was chosen
    // for this merge, so a record for another image there is a mistake, not a neighbour.
    const narrowed = options.pattern !== undefined || (0,artifact_name/* contextLabel */.g8)(options.context) !== undefined;
    const where = whereToRead(options, ctx);
    const store = deps.store ?? (await loadStore(ctx));
    const listing = await store.listDigestArtifacts({ pattern, ...where });
    const runText = where.runId === undefined ? 'this run' : `run ${where.runId} of ${where.repository}`;
    if (listing.matched.length === 0) {
        const present = listing.unmatched.length > 0 ? listing.unmatched.join(', ') : 'none';
        throw new Error(`no digest artifact in ${runText} matches ${(0,input_error/* quote */.h)(pattern)} (artifacts present: ${present}); ` +
            'did every build job run export-digest, and do "context" and "pattern" fit its artifact names?');
    }
    const tempDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(ctx.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'digest-intake-'));
    const downloaded = await store.downloadDigestRecords(listing.matched, tempDir);
    const wanted = new Map(options.images.map((image) => [(0,oci_reference/* formatRepository */.Sh)((0,oci_reference/* parseRepository */.SU)(image)), image]));
    const kept = [];
    const foreign = [];
    for (const d of downloaded) {
        const spec = sourceOf(d, wanted);
        if (spec === undefined)
            foreign.push(d);
        else
            kept.push({ record: d, spec });
    }
    for (const d of foreign) {
        const images = (d.record.images ?? []).join(', ');
        if (narrowed) {
            throw new Error(`digest artifact ${(0,input_error/* quote */.h)(d.artifact)} holds ${d.record.digest} for ${images}, which is not an image ` +
                `of this merge (${[...wanted.values()].join(', ')}); check "images", "context" and "pattern"`);
        }
        ctx.log.info(`Left out ${d.artifact}: it is for ${images}, another merge's image.`);
    }
    if (kept.length === 0) {
        throw new Error(`no digest artifact in ${runText} is for ${[...wanted.values()].join(', ')}: ` +
            `${listing.matched.map((a) => a.name).join(', ')} matched ${(0,input_error/* quote */.h)(pattern)}, but hold records for ` +
            `${[...new Set(foreign.flatMap((d) => d.record.images ?? []))].join(', ')}`);
    }
    // In digest order, as the recipe's `printf '<image>@sha256:%s ' *` lists its files, so that the
    // same digests give the same index (entry order is part of the index digest).
    kept.sort((a, b) => a.spec.digest.localeCompare(b.spec.digest) || a.record.artifact.localeCompare(b.record.artifact));
    const unique = dropRepeats(kept, ctx);
    checkPlatformClaims(unique.map((k) => k.record));
    if (options.expectedPlatforms !== undefined && options.expectedPlatforms.length > 0) {
        checkExpected(unique.map((k) => k.record), options.expectedPlatforms);
    }
    for (const { record: d, spec } of unique) {
        ctx.log.info(`${d.artifact}: ${d.record.platform ?? 'platform not recorded'} ${spec.text}`);
    }
    return {
        sources: unique.map((k) => k.spec),
        records: unique.map((k) => k.record),
        artifacts: [...new Set(unique.map((k) => k.record.artifact))].sort(),
    };
}
/** This run through the runtime token, or another run through the REST API and a token. */
function whereToRead(options, ctx) {
    if (options.runId === undefined || options.runId === '') {
        if (!ctx.env['ACTIONS_RUNTIME_TOKEN']) {
            throw new Error('cannot read digest artifacts: ACTIONS_RUNTIME_TOKEN is not set (the runner gives it to actions ' +
                'running in a workflow job). Give "sources", or set "pattern: none" to merge only "sources"');
        }
        return {};
    }
    if (!/^\d+$/.test(options.runId)) {
        throw new input_error/* InputError */.d('run-id', `${(0,input_error/* quote */.h)(options.runId)} is not a run id`, 'the digits of a workflow run id');
    }
    const repository = options.repository ?? ctx.env['GITHUB_REPOSITORY'] ?? '';
    if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
        throw new Error(`reading run ${options.runId} needs the repository (owner/name); GITHUB_REPOSITORY is not set`);
    }
    if (!options.token) {
        throw new input_error/* InputError */.d('github-token', `is empty, but "run-id" ${options.runId} asks for another run's artifacts`, 'a token with actions: read on ' + repository);
    }
    return { runId: Number(options.runId), token: options.token, repository };
}
/**
 * The source for one record: `<image>@<digest>` in the first of its images that the merge pushes
 * to; a recipe file (no images) is a bare digest, looked up in the merge's first image. Undefined
 * when the record is for other images only.
 */
function sourceOf(d, wanted) {
    const images = d.record.images;
    if (images === undefined || images.length === 0)
        return { text: d.record.digest, digest: d.record.digest };
    for (const image of images) {
        let repository;
        try {
            repository = (0,oci_reference/* parseRepository */.SU)(image);
        }
        catch (error) {
            throw new Error(`digest artifact ${(0,input_error/* quote */.h)(d.artifact)}: the record's image ${error.message}`);
        }
        if (wanted.size === 0 || wanted.has((0,oci_reference/* formatRepository */.Sh)(repository))) {
            return { text: `${image}@${d.record.digest}`, digest: d.record.digest, repository };
        }
    }
    return undefined;
}
/** The same digest in the same place twice (two artifacts of one build) is read once. */
function dropRepeats(kept, ctx) {
    const seen = new Map();
    for (const k of kept) {
        const key = `${k.spec.repository ? (0,oci_reference/* formatRepository */.Sh)(k.spec.repository) : ''}@${k.spec.digest}`;
        const first = seen.get(key);
        if (first === undefined)
            seen.set(key, k);
        else
            ctx.log.info(`${k.record.artifact} repeats ${k.spec.digest} of ${first.record.artifact}; read once.`);
    }
    return [...seen.values()];
}
function platformKey(text) {
    return (0,oci_platform/* formatPlatform */.Bq)((0,oci_platform/* normalizePlatform */.FL)((0,oci_platform/* parsePlatform */.Y8)(text)));
}
/** Two builds claiming one platform: the merge would publish one of them at random. */
function checkPlatformClaims(records) {
    const claims = new Map();
    for (const d of records) {
        if (d.record.platform === undefined)
            continue;
        const key = platformKey(d.record.platform);
        claims.set(key, [...(claims.get(key) ?? []), d]);
    }
    for (const [platform, list] of claims) {
        if (list.length < 2)
            continue;
        throw new Error(`two digest artifacts claim ${platform}: ${list.map((d) => `${d.artifact} (${d.record.digest})`).join(' and ')}; ` +
            'each platform must come from exactly one build job');
    }
}
function checkExpected(records, expected) {
    if (records.some((d) => d.record.platform === undefined))
        return; // known only after reading the registry
    const platforms = records.map((d) => (0,oci_platform/* parsePlatform */.Y8)(d.record.platform ?? ''));
    const check = checkExpectedPlatforms(platforms, expected);
    if (check.ok)
        return;
    const problems = [
        check.missing.length > 0 ? `missing ${check.missing.join(', ')}` : '',
        check.extra.length > 0 ? `unexpected ${check.extra.join(', ')}` : '',
    ].filter(Boolean);
    const found = records.map((d) => `${d.artifact} (${d.record.platform})`).join(', ');
    throw new Error(`input "expected-platforms": the digest artifacts are ${found}: ${problems.join('; ')}`);
}
/**
 * The real store, loaded only when needed: @actions/artifact and its Azure and Octokit code are
 * most of the bundle, and cost a merge that reads no artifacts (or a bad input) over half a second.
 */
async function loadStore(ctx) {
    const { createDigestStore } = await Promise.all(/* import() */[__webpack_require__.e(555), __webpack_require__.e(30), __webpack_require__.e(935), __webpack_require__.e(975)]).then(__webpack_require__.bind(__webpack_require__, 59975));
    return createDigestStore({ log: ctx.log });
}

// EXTERNAL MODULE: ./src/registry/errors.ts
var errors = __webpack_require__(6764);
;// CONCATENATED MODULE: ./src/merge/fetch-sources.ts




/**
 * Reads every source manifest by digest (verified by the client) and, for a single-platform
 * manifest, its config blob for the platform, as buildx does. All sources are read before
 * anything is pushed, so a missing digest or an unreachable repository stops the merge early.
 */
async function fetchSources(client, specs, defaultRepository) {
    return Promise.all(specs.map(async (spec) => {
        const repository = spec.repository ?? defaultRepository;
        if (repository === undefined) {
            throw new Error(`source ${spec.text}: a bare digest needs an image to be found in; set "images"`);
        }
        const where = `${(0,oci_reference/* formatRepository */.Sh)(repository)}@${spec.digest}`;
        try {
            const manifest = await client.getManifest(repository, spec.digest);
            const source = {
                digest: manifest.digest,
                mediaType: manifest.mediaType,
                size: manifest.size,
                bytes: manifest.bytes,
            };
            if (needsConfigPlatform(source)) {
                const config = configDescriptor(source);
                if (config === undefined)
                    throw new Error('the manifest has no config');
                source.configPlatform = (0,oci_platform/* platformFromConfig */.M3)(await client.getBlobBytes(repository, config.digest));
            }
            return { spec, repository, source };
        }
        catch (error) {
            if (error instanceof errors/* RegistryError */.gl && error.status === 404)
                throw new Error(`source ${where}: not found`);
            throw new Error(`source ${where}: ${error.message}`);
        }
    }));
}

;// CONCATENATED MODULE: ./src/registry/copy.ts

/** How many blobs are copied at the same time. */
const BLOB_CONCURRENCY = 4;
async function copyImage(client, from, to, digest) {
    const stats = {
        manifestsPushed: 0,
        manifestsPresent: 0,
        blobsMounted: 0,
        blobsUploaded: 0,
        blobsPresent: 0,
    };
    client.markPushTarget(to);
    await copyManifest(client, from, to, digest, stats);
    return stats;
}
async function copyManifest(client, from, to, digest, stats) {
    const present = await client.headManifest(to, digest);
    if (present) {
        stats.manifestsPresent++;
        return present;
    }
    const manifest = await client.getManifest(from, digest);
    const doc = JSON.parse(Buffer.from(manifest.bytes).toString('utf8'));
    if ((0,media_types/* isIndex */.nw)(manifest.mediaType) || Array.isArray(doc.manifests)) {
        for (const child of doc.manifests ?? []) {
            if (typeof child.digest !== 'string')
                throw new Error(`index ${digest} has a child without a digest`);
            await copyManifest(client, from, to, child.digest, stats);
        }
    }
    else {
        const blobs = [doc.config, ...(doc.layers ?? [])].flatMap((b) => b && typeof b.digest === 'string'
            ? [{ digest: b.digest, size: typeof b.size === 'number' ? b.size : -1 }]
            : []);
        await forEachLimited(dedupe(blobs), BLOB_CONCURRENCY, async (blob) => {
            const outcome = await client.copyBlob(from, to, blob);
            if (outcome === 'present')
                stats.blobsPresent++;
            else if (outcome === 'mounted')
                stats.blobsMounted++;
            else
                stats.blobsUploaded++;
        });
    }
    const pushed = await client.putManifest(to, digest, manifest.bytes, manifest.mediaType);
    stats.manifestsPushed++;
    return pushed;
}
function dedupe(items) {
    const seen = new Set();
    return items.filter((item) => !seen.has(item.digest) && seen.add(item.digest));
}
async function forEachLimited(items, limit, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const item = items[next++];
            await fn(item);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

;// CONCATENATED MODULE: ./src/merge/publish.ts


const sameRepository = (a, b) => a.registry === b.registry && a.repository === b.repository;
/** Where each tag of each target points now (HEAD), so that unchanged tags cost nothing more. */
async function readTags(client, index, targets) {
    return Promise.all(targets.map(async (target) => {
        const current = await Promise.all(target.tags.map((tag) => client.headManifest(target.repository, tag)));
        return {
            target,
            stale: target.tags.filter((_, i) => current[i]?.digest !== index.digest),
            unchanged: target.tags.filter((_, i) => current[i]?.digest === index.digest),
        };
    }));
}
/**
 * Makes every target repository that gets a tag hold everything the index names (each source
 * with its whole tree, copied where missing: mounted on the same registry, streamed across
 * registries). Done for every target before any tag moves, so no tag ever points at an
 * incomplete index. A target whose tags all point at the index already has it all.
 */
async function copyChildren(client, sources, plans, log) {
    for (const { target, stale } of plans) {
        if (stale.length === 0)
            continue;
        for (const { repository, source } of sources) {
            if (sameRepository(repository, target.repository))
                continue;
            const stats = await copyImage(client, repository, target.repository, source.digest);
            log.info(`${(0,oci_reference/* formatRepository */.Sh)(target.repository)}: ${source.digest} from ${(0,oci_reference/* formatRepository */.Sh)(repository)}: ` +
                `${stats.manifestsPushed} manifests and ${stats.blobsMounted + stats.blobsUploaded} blobs copied ` +
                `(${stats.blobsMounted} mounted), ${stats.manifestsPresent + stats.blobsPresent} already there`);
        }
    }
}
/**
 * Points every stale tag at the index, one PUT per tag. Tags cannot move together, so when one
 * PUT fails for good the others still finish, and the error names the tags that did move.
 */
async function pushTags(client, index, plans, log) {
    const outcomes = [];
    for (const { target, stale, unchanged } of plans) {
        const name = (0,oci_reference/* formatRepository */.Sh)(target.repository);
        for (const tag of unchanged) {
            log.info(`${name}:${tag} already points at ${index.digest}`);
            outcomes.push({ reference: `${name}:${tag}`, outcome: 'unchanged' });
        }
        const results = await Promise.allSettled(stale.map(async (tag) => {
            await client.putManifest(target.repository, tag, index.bytes, index.mediaType);
            log.info(`${name}:${tag} -> ${index.digest}`);
        }));
        stale.forEach((tag, i) => {
            if (results[i]?.status === 'fulfilled')
                outcomes.push({ reference: `${name}:${tag}`, outcome: 'pushed' });
        });
        const failed = results.find((r) => r.status === 'rejected');
        if (failed) {
            const moved = outcomes.filter((o) => o.outcome === 'pushed').map((o) => o.reference);
            const message = failed.reason instanceof Error ? failed.reason.message : String(failed.reason);
            throw new Error(moved.length === 0
                ? message
                : `${message}; already moved to ${index.digest}: ${moved.join(', ')} (a re-run moves the rest)`);
        }
    }
    return outcomes;
}
/** Reads every pushed tag back and fails unless it points at the index. */
async function verifyTags(client, index, targets, outcomes) {
    const pushed = new Set(outcomes.filter((o) => o.outcome === 'pushed').map((o) => o.reference));
    const checks = targets.flatMap((target) => target.tags
        .filter((tag) => pushed.has(`${(0,oci_reference/* formatRepository */.Sh)(target.repository)}:${tag}`))
        .map(async (tag) => {
        const found = await client.headManifest(target.repository, tag);
        if (found?.digest !== index.digest) {
            const reference = `${(0,oci_reference/* formatRepository */.Sh)(target.repository)}:${tag}`;
            throw new Error(`${reference} points at ${found?.digest ?? 'nothing'} after the push, not at ${index.digest}`);
        }
    }));
    await Promise.all(checks);
}

;// CONCATENATED MODULE: ./src/merge/report.ts



/** `linux/amd64`, or `attestation` for the unknown/unknown entries buildx adds. */
function describeEntry(d) {
    if (isAttestation(d))
        return 'attestation';
    return d.platform ? (0,oci_platform/* formatPlatform */.Bq)(d.platform) : 'no platform';
}
/** What a dry run prints: the sources, the index and where it would go. */
function planText(sources, index, manifests, targets) {
    const lines = ['Sources:'];
    for (const { repository, source } of sources) {
        lines.push(`  ${(0,oci_reference/* formatRepository */.Sh)(repository)}@${source.digest} (${source.mediaType})`);
    }
    lines.push(`Index ${index.digest} (${index.mediaType}), ${manifests.length} entries:`);
    for (const d of manifests)
        lines.push(`  ${describeEntry(d).padEnd(16)} ${d.digest}`);
    lines.push('Tags:');
    for (const target of targets) {
        for (const tag of target.tags)
            lines.push(`  ${(0,oci_reference/* formatRepository */.Sh)(target.repository)}:${tag}`);
    }
    if (targets.every((t) => t.tags.length === 0))
        lines.push('  (none)');
    lines.push('', Buffer.from(index.bytes).toString('utf8'));
    return lines.join('\n');
}
/** The job summary: tags, index digest, one row per platform. */
function mergeSummary(index, manifests, outcomes, dryRun) {
    const rows = manifests
        .filter((d) => !isAttestation(d))
        .map((d) => {
        const attested = manifests.some((a) => isAttestation(a) && a.annotations?.['vnd.docker.reference.digest'] === d.digest);
        return `| ${describeEntry(d)} | \`${d.digest}\` | ${attested ? 'yes' : 'no'} |`;
    });
    const tags = outcomes.map((o) => `| \`${o.reference}\` | ${o.outcome} |`);
    return [
        `### Multi-platform image${dryRun ? ' (dry run: nothing pushed)' : ''}`,
        '',
        `Index \`${index.digest}\` (${index.mediaType})`,
        '',
        '| platform | manifest | attestation |',
        '|---|---|---|',
        ...rows,
        '',
        ...(tags.length > 0 ? ['| tag | |', '|---|---|', ...tags, ''] : []),
    ].join('\n');
}

// EXTERNAL MODULE: ./src/meta/outputs.ts
var outputs = __webpack_require__(4051);
// EXTERNAL MODULE: ./src/oci/annotations.ts
var annotations = __webpack_require__(62427);
;// CONCATENATED MODULE: ./src/oci/go-json.ts
const HEX = '0123456789abcdef';
/**
 * Quotes a string like Go's `encoding/json` with HTML escaping on (the default of `Marshal`):
 * `<`, `>` and `&` become `\u003c`, `\u003e`, `\u0026`; U+2028 and U+2029 are escaped because
 * JavaScript would break on them; `\b` and `\f` use the short forms (Go >= 1.22); other control
 * characters become `\u00XX`; an unpaired surrogate (invalid UTF-8 in Go) becomes `\ufffd`.
 */
function goQuote(s) {
    let out = '"';
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff) {
            const next = s.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                out += s[i] + s[i + 1];
                i++;
            }
            else {
                out += '\\ufffd';
            }
            continue;
        }
        if (c >= 0xdc00 && c <= 0xdfff) {
            out += '\\ufffd';
            continue;
        }
        switch (c) {
            case 0x22:
                out += '\\"';
                break;
            case 0x5c:
                out += '\\\\';
                break;
            case 0x0a:
                out += '\\n';
                break;
            case 0x0d:
                out += '\\r';
                break;
            case 0x09:
                out += '\\t';
                break;
            case 0x08:
                out += '\\b';
                break;
            case 0x0c:
                out += '\\f';
                break;
            case 0x3c:
            case 0x3e:
            case 0x26:
                out += '\\u00' + HEX[c >> 4] + HEX[c & 0xf];
                break;
            case 0x2028:
                out += '\\u2028';
                break;
            case 0x2029:
                out += '\\u2029';
                break;
            default:
                out += c < 0x20 ? '\\u00' + HEX[c >> 4] + HEX[c & 0xf] : s[i];
        }
    }
    return out + '"';
}
/** Orders keys as Go sorts map keys: by the bytes of their UTF-8 encoding. */
function compareGoKeys(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/** A Go `map[string]V` as a GoJson object: keys sorted the way `encoding/json` writes them. */
function sortedMap(record) {
    const keys = Object.keys(record).sort(compareGoKeys);
    return new Map(keys.map((k) => [k, record[k]]));
}
/** `json.MarshalIndent(v, "", "  ")`: two-space indent, `": "` after keys, no trailing newline. */
function goMarshalIndent(value) {
    return write(value, '');
}
function write(value, indent) {
    if (value === null)
        return 'null';
    if (typeof value === 'string')
        return goQuote(value);
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (typeof value === 'number') {
        // Every number in an index is an int64 size or the schema version.
        if (!Number.isSafeInteger(value))
            throw new Error(`cannot encode ${value} as a Go integer`);
        return String(value);
    }
    const inner = indent + '  ';
    if (value instanceof Map) {
        const map = value;
        if (map.size === 0)
            return '{}';
        const parts = [...map.entries()].map(([k, v]) => `${inner}${goQuote(k)}: ${write(v, inner)}`);
        return `{\n${parts.join(',\n')}\n${indent}}`;
    }
    const list = value;
    if (list.length === 0)
        return '[]';
    return `[\n${list.map((v) => inner + write(v, inner)).join(',\n')}\n${indent}]`;
}

;// CONCATENATED MODULE: ./src/oci/index-json.ts

/**
 * The bytes buildx pushes for an index: image-spec's Go structs through
 * `json.MarshalIndent(…, "", "  ")`. Field order is the struct declaration order
 * (`specs-go/v1/index.go`, `descriptor.go`); `omitempty` fields are left out when empty.
 */
function encodeIndex(index) {
    const fields = new Map();
    fields.set('schemaVersion', index.schemaVersion);
    if (index.mediaType !== '')
        fields.set('mediaType', index.mediaType);
    fields.set('manifests', index.manifests.map(descriptorJson));
    if (index.annotations !== undefined && Object.keys(index.annotations).length > 0) {
        fields.set('annotations', sortedMap(index.annotations));
    }
    return goMarshalIndent(fields);
}
/** One descriptor in Go field order: mediaType, digest, size, urls, annotations, data, platform, artifactType. */
function descriptorJson(d) {
    const fields = new Map();
    if (d.mediaType !== '')
        fields.set('mediaType', d.mediaType);
    fields.set('digest', d.digest);
    fields.set('size', d.size);
    if (d.urls !== undefined && d.urls.length > 0)
        fields.set('urls', [...d.urls]);
    if (d.annotations !== undefined && Object.keys(d.annotations).length > 0) {
        fields.set('annotations', sortedMap(d.annotations));
    }
    if (d.data !== undefined && d.data !== '')
        fields.set('data', d.data);
    if (d.platform !== undefined)
        fields.set('platform', platformJson(d.platform));
    if (d.artifactType !== undefined && d.artifactType !== '')
        fields.set('artifactType', d.artifactType);
    return fields;
}
/** `architecture` and `os` are always written (no omitempty in the Go struct). */
function platformJson(p) {
    const fields = new Map([
        ['architecture', p.architecture],
        ['os', p.os],
    ]);
    if (p.osVersion !== undefined && p.osVersion !== '')
        fields.set('os.version', p.osVersion);
    if (p.osFeatures !== undefined && p.osFeatures.length > 0)
        fields.set('os.features', [...p.osFeatures]);
    if (p.variant !== undefined && p.variant !== '')
        fields.set('variant', p.variant);
    return fields;
}

;// CONCATENATED MODULE: ./src/oci/combine.ts






function combineSources(sources, options = {}) {
    if (sources.length === 0)
        throw new Error('no sources to combine');
    const specs = options.annotations ?? [];
    const preferIndex = options.preferIndex ?? true;
    const strip = options.attestations === 'strip';
    const resolved = sources.map(resolveSource);
    // buildx: one source and no annotations -> an index is pushed as is, a manifest too when no
    // index is preferred. With `strip`, a single index that holds attestations cannot be pushed as
    // is (the user asked for a tag without them), so it is rebuilt from its image entries and gets
    // a new digest; one with nothing to strip still keeps the build's digest. Stripping never turns
    // the result into a bare manifest, even when one image remains: `prefer-index` concerns only a
    // single manifest source, as in buildx, and the tag keeps the index shape the build gave it.
    const only = resolved.length === 1 && specs.length === 0 ? resolved[0] : undefined;
    if (only !== undefined) {
        const { source, document } = only;
        const unchanged = {
            bytes: source.bytes,
            digest: source.digest,
            mediaType: only.mediaType,
            size: source.size,
            passthrough: true,
            droppedAnnotations: [],
        };
        if (document.kind === 'index' && !(strip && document.index.manifests.some(isAttestation))) {
            return { ...unchanged, manifests: [...document.index.manifests] };
        }
        if (document.kind === 'manifest' && !preferIndex) {
            return { ...unchanged, manifests: [manifestDescriptor(only)] };
        }
    }
    let manifests = flatten(resolved.flatMap(contributedDescriptors));
    if (strip)
        manifests = manifests.filter((d) => !isAttestation(d));
    if (manifests.length === 0)
        throw new Error('no image manifests left to put in the index');
    // A Docker list only when every entry is a Docker type; annotations exist only on OCI indexes,
    // and buildx drops them silently on a Docker list (we report them so the caller can warn).
    const docker = manifests.every((d) => (0,media_types/* isDockerType */.$F)(d.mediaType));
    let indexAnnotations = {};
    let droppedAnnotations = [];
    if (docker) {
        droppedAnnotations = [...new Set(specs.map((s) => s.text))];
    }
    else {
        const applied = (0,annotations/* applyAnnotations */.n_)(manifests, specs);
        manifests = applied.manifests;
        indexAnnotations = applied.index;
    }
    const mediaType = docker ? media_types/* MediaType */.zu.dockerList : media_types/* MediaType */.zu.ociIndex;
    const bytes = Buffer.from(encodeIndex({ schemaVersion: 2, mediaType, manifests, annotations: indexAnnotations }), 'utf8');
    return {
        bytes,
        digest: (0,digest/* sha256Digest */.sI)(bytes),
        mediaType,
        size: bytes.length,
        manifests,
        passthrough: false,
        droppedAnnotations,
    };
}
/**
 * buildx's `addDesc`: the first occurrence of a digest keeps its position; a repeat fills a
 * missing media type, replaces the platform when it has one, and adds its annotations.
 */
function flatten(descriptors) {
    const out = [];
    const at = new Map();
    for (const d of descriptors) {
        const i = at.get(d.digest);
        if (i === undefined) {
            at.set(d.digest, out.length);
            out.push(d);
            continue;
        }
        const old = out[i];
        const merged = { ...old, mediaType: old.mediaType !== '' ? old.mediaType : d.mediaType };
        if (d.platform !== undefined)
            merged.platform = d.platform;
        const annotations = { ...old.annotations, ...d.annotations };
        if (Object.keys(annotations).length > 0)
            merged.annotations = annotations;
        out[i] = merged;
    }
    return out;
}

// EXTERNAL MODULE: ./src/registry/client.ts + 17 modules
var registry_client = __webpack_require__(4240);
// EXTERNAL MODULE: ./src/registry/credentials.ts + 2 modules
var credentials = __webpack_require__(17177);
// EXTERNAL MODULE: ./src/github/metadata-sources.ts + 12 modules
var metadata_sources = __webpack_require__(52471);
;// CONCATENATED MODULE: ./src/modes/merge.ts














/**
 * The `merge` mode: collect the per-platform digests, check them, compute the tags, build the
 * index exactly as `buildx imagetools create` would, push it under every tag, read the tags back.
 */
async function runMerge(inputs, ctx, deps = {}) {
    const client = deps.client ??
        new registry_client/* RegistryClient */.b({
            log: ctx.log,
            credentials: (0,credentials/* dockerCredentials */.d)({ env: ctx.env, logins: inputs.logins, run: ctx.run }),
            insecureRegistries: inputs.insecureRegistries,
            env: ctx.env,
        });
    // 1. The tags: the engine may ask the GitHub API for repository data, so it runs while the
    // registry is read; they are needed only when it is time to push.
    const pendingMeta = (0,metadata_sources/* resolveMetadata */.M2)(inputs.metadata, ctx);
    pendingMeta.catch(() => undefined); // awaited below; a failure must not surface as unhandled
    const images = inputs.metadata.images.filter((i) => i.enable).map((i) => i.name);
    const repositories = images.map((image) => (0,oci_reference/* parseRepository */.SU)(image));
    if (!inputs.dryRun && repositories.length === 0) {
        throw new Error('no image to push to: "images" is empty or every entry is disabled');
    }
    // 2. The digest artifacts of the build jobs, read and checked before any registry request.
    let specs = inputs.sources;
    if (wantsArtifactIntake({ ...inputs, sourceCount: specs.length })) {
        const intake = await ctx.log.group('Reading digest artifacts', () => collectArtifactSources({
            pattern: inputs.pattern,
            context: inputs.context,
            runId: inputs.runId,
            token: inputs.metadata.githubToken,
            images,
            expectedPlatforms: specs.length === 0 ? inputs.expectedPlatforms : undefined,
        }, ctx, { store: deps.store }));
        specs = [...specs, ...intake.sources];
    }
    if (specs.length === 0) {
        throw new Error('no sources to merge: give "sources" (image@sha256:... lines)');
    }
    // 3. Credentials: checked against every registry before anything is read or written.
    await (0,login/* logIn */.E)(inputs.logins, ctx, (login) => {
        const target = repositories.find((r) => r.registry === login.registry);
        return client.checkAccess(target ?? { registry: login.registry, repository: 'library/hello-world' }, target !== undefined);
    });
    // With several targets, a missing push right on the last one must not leave the first ones
    // tagged: check them all first. With one target the first write is that check.
    if (!inputs.dryRun && repositories.length > 1) {
        await ctx.log.group('Checking push access', () => Promise.all(repositories.map((r) => client.checkAccess(r, true))).then(() => undefined));
    }
    // 4. Sources: read, checked for conflicting platforms, combined.
    const sources = await ctx.log.group(`Reading ${specs.length} sources`, () => fetchSources(client, specs, repositories[0]));
    const meta = await pendingMeta;
    const targets = repositories.map((repository) => ({ repository, tags: meta.tagNames }));
    if (!inputs.dryRun && meta.tagNames.length === 0) {
        throw new Error('no tag to push: the "tags" rules produced none for this event');
    }
    const result = combine(sources, inputs);
    for (const text of result.droppedAnnotations) {
        ctx.log.warning(`annotation ${text} dropped: every entry is a Docker manifest, so the result is a Docker manifest list, which has no annotations`);
    }
    checkPlatforms(result, inputs);
    const index = { bytes: result.bytes, digest: result.digest, mediaType: result.mediaType };
    const platforms = platformsOf(result).map(oci_platform/* formatPlatform */.Bq);
    ctx.io.setOutput('digest', index.digest);
    ctx.io.setOutput('platforms', platforms.join(','));
    // 5. Push: children everywhere first, then the tags, then read every tag back.
    let outcomes = [];
    if (inputs.dryRun) {
        ctx.log.info(planText(sources, index, result.manifests, targets));
    }
    else {
        const plans = await readTags(client, index, targets);
        await ctx.log.group('Copying children into the target repositories', () => copyChildren(client, sources, plans, ctx.log));
        outcomes = await ctx.log.group(`Pushing ${index.digest}`, () => pushTags(client, index, plans, ctx.log));
        await ctx.log.group('Verifying', () => verifyTags(client, index, targets, outcomes));
    }
    ctx.log.info(`${index.digest}: ${result.manifests.map(describeEntry).join(', ')}; ${client.totalRequests()} registry requests`);
    return {
        outputs: {
            digest: index.digest,
            images: targets.map((t) => `${(0,oci_reference/* formatRepository */.Sh)(t.repository)}@${index.digest}`).join('\n'),
            platforms: platforms.join(','),
            ...(0,outputs/* textOutputs */.y6)(meta, {
                tags: inputs.metadata.sepTags,
                labels: inputs.metadata.sepLabels,
                annotations: inputs.metadata.sepAnnotations,
            }),
        },
        summary: mergeSummary(index, result.manifests, outcomes, inputs.dryRun),
    };
}
function combine(sources, inputs) {
    const conflicts = findDuplicatePlatforms(sources.map((s) => s.source));
    if (conflicts.length > 0) {
        const [first] = conflicts;
        throw new Error(`two sources for one platform: ${first?.platform} is claimed by ${first?.sources.join(' and ')}; ` +
            'each platform must come from exactly one build');
    }
    return combineSources(sources.map((s) => s.source), { annotations: inputs.annotations, attestations: inputs.attestations });
}
function checkPlatforms(result, inputs) {
    if (inputs.expectedPlatforms.length === 0)
        return;
    const check = checkExpectedPlatforms(platformsOf(result), inputs.expectedPlatforms);
    if (check.ok)
        return;
    const problems = [
        check.missing.length > 0 ? `missing ${check.missing.join(', ')}` : '',
        check.extra.length > 0 ? `unexpected ${check.extra.join(', ')}` : '',
        check.duplicated.length > 0 ? `more than once ${check.duplicated.join(', ')}` : '',
    ].filter(Boolean);
    const has = result.manifests.filter((d) => !isAttestation(d)).map(describeEntry);
    throw new Error(`input "expected-platforms": the merged index holds ${has.join(', ') || 'nothing'}: ${problems.join('; ')}`);
}


/***/ }),

/***/ 62427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ parseAnnotations),
/* harmony export */   n_: () => (/* binding */ applyAnnotations)
/* harmony export */ });
/* unused harmony export parseAnnotation */
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1890);

const TYPE = /^([a-z-]+)(?:\[([A-Za-z0-9_/-]+)\])?$/;
/**
 * Parses one spec into one entry per type. Throws a plain Error whose message is buildx's own
 * wording where buildx has one (the caller wraps it in an InputError).
 */
function parseAnnotation(text) {
    const eq = text.indexOf('=');
    if (eq < 0)
        throw new Error(`invalid annotation ${JSON.stringify(text)}, expected key=value`);
    const left = text.slice(0, eq);
    const value = text.slice(eq + 1);
    const colon = left.indexOf(':');
    // No type at all: buildx accepts it while parsing, then refuses to build the index with it.
    if (colon < 0)
        throw new Error(`"" annotations are not supported yet`);
    const key = left.slice(colon + 1);
    if (key === '')
        throw new Error(`invalid annotation ${JSON.stringify(text)}, expected a non-empty key`);
    return left
        .slice(0, colon)
        .split(',')
        .map((typeAndPlatform) => {
        const m = TYPE.exec(typeAndPlatform);
        if (m === null) {
            throw new Error(`invalid annotation type ${JSON.stringify(typeAndPlatform)}, expected type and optional platform in square brackets`);
        }
        const type = m[1];
        const target = checkType(type);
        const spec = { text, target, key, value };
        if (m[2] !== undefined) {
            try {
                spec.platform = (0,_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePlatform */ .Y8)(m[2]);
            }
            catch (err) {
                throw new Error(`invalid platform ${JSON.stringify(m[2])}: ${err.message}`);
            }
        }
        return spec;
    });
}
function checkType(type) {
    switch (type) {
        case 'index':
        case 'manifest-descriptor':
            return type;
        case 'manifest':
            throw new Error(`"manifest" annotations are not supported yet`);
        case 'index-descriptor':
            throw new Error(`"index-descriptor" annotations are invalid while creating an image`);
        default:
            throw new Error(`unknown annotation type ${JSON.stringify(type)}`);
    }
}
/** Parses a list of specs; empty lines are skipped as buildx skips empty flags. */
function parseAnnotations(texts) {
    return texts.filter((t) => t !== '').flatMap(parseAnnotation);
}
/**
 * Applies specs to an OCI index being built. Later specs override earlier ones for the same key
 * (buildx walks a Go map here, so its order for a key set twice is random; ours is the flag order).
 * A platform-scoped spec matches a descriptor whose platform formats the same, as buildx compares
 * `platforms.Format` strings (the descriptor's platform is not normalized first).
 */
function applyAnnotations(manifests, specs) {
    const index = {};
    const out = manifests.map((d) => ({ ...d, annotations: { ...d.annotations } }));
    for (const spec of specs) {
        if (spec.target === 'index') {
            index[spec.key] = spec.value;
            continue;
        }
        const wanted = spec.platform === undefined ? undefined : (0,_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPlatform */ .Bq)(spec.platform);
        for (const d of out) {
            if (wanted === undefined || (d.platform !== undefined && (0,_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPlatform */ .Bq)(d.platform) === wanted)) {
                d.annotations[spec.key] = spec.value;
            }
        }
    }
    return { index, manifests: out.map(dropEmptyAnnotations) };
}
function dropEmptyAnnotations(d) {
    if (d.annotations === undefined || Object.keys(d.annotations).length > 0)
        return d;
    const { annotations: _unused, ...rest } = d;
    return rest;
}


/***/ }),

/***/ 68898:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const { valid, clean, explain, parse } = __webpack_require__(74818);

const { lt, le, eq, ne, ge, gt, compare, rcompare } = __webpack_require__(12124);

const {
  filter,
  maxSatisfying,
  minSatisfying,
  RANGE_PATTERN,
  satisfies,
  validRange,
} = __webpack_require__(30790);

const { major, minor, patch, inc } = __webpack_require__(38940);

module.exports = {
  // version
  valid,
  clean,
  explain,
  parse,

  // operator
  lt,
  le,
  lte: le,
  eq,
  ne,
  neq: ne,
  ge,
  gte: ge,
  gt,
  compare,
  rcompare,

  // range
  filter,
  maxSatisfying,
  minSatisfying,
  RANGE_PATTERN,
  satisfies,
  validRange,

  // semantic
  major,
  minor,
  patch,
  inc,
};


/***/ }),

/***/ 12124:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const { parse } = __webpack_require__(74818);

module.exports = {
  compare,
  rcompare,
  lt,
  le,
  eq,
  ne,
  ge,
  gt,
  '<': lt,
  '<=': le,
  '==': eq,
  '!=': ne,
  '>=': ge,
  '>': gt,
  '===': arbitrary,
};

function lt(version, other) {
  return compare(version, other) < 0;
}

function le(version, other) {
  return compare(version, other) <= 0;
}

function eq(version, other) {
  return compare(version, other) === 0;
}

function ne(version, other) {
  return compare(version, other) !== 0;
}

function ge(version, other) {
  return compare(version, other) >= 0;
}

function gt(version, other) {
  return compare(version, other) > 0;
}

function arbitrary(version, other) {
  return version.toLowerCase() === other.toLowerCase();
}

function compare(version, other) {
  const parsedVersion = parse(version);
  const parsedOther = parse(other);

  const keyVersion = calculateKey(parsedVersion);
  const keyOther = calculateKey(parsedOther);

  return pyCompare(keyVersion, keyOther);
}

function rcompare(version, other) {
  return -compare(version, other);
}

// this logic is buitin in python, but we need to port it to js
// see https://stackoverflow.com/a/5292332/1438522
function pyCompare(elemIn, otherIn) {
  let elem = elemIn;
  let other = otherIn;
  if (elem === other) {
    return 0;
  }
  if (Array.isArray(elem) !== Array.isArray(other)) {
    elem = Array.isArray(elem) ? elem : [elem];
    other = Array.isArray(other) ? other : [other];
  }
  if (Array.isArray(elem)) {
    const len = Math.min(elem.length, other.length);
    for (let i = 0; i < len; i += 1) {
      const res = pyCompare(elem[i], other[i]);
      if (res !== 0) {
        return res;
      }
    }
    return elem.length - other.length;
  }
  if (elem === -Infinity || other === Infinity) {
    return -1;
  }
  if (elem === Infinity || other === -Infinity) {
    return 1;
  }
  return elem < other ? -1 : 1;
}

function calculateKey(input) {
  const { epoch } = input;
  let { release, pre, post, local, dev } = input;
  // When we compare a release version, we want to compare it with all of the
  // trailing zeros removed. So we'll use a reverse the list, drop all the now
  // leading zeros until we come to something non zero, then take the rest
  // re-reverse it back into the correct order and make it a tuple and use
  // that for our sorting key.
  release = release.concat();
  release.reverse();
  while (release.length && release[0] === 0) {
    release.shift();
  }
  release.reverse();

  // We need to "trick" the sorting algorithm to put 1.0.dev0 before 1.0a0.
  // We'll do this by abusing the pre segment, but we _only_ want to do this
  // if there is !a pre or a post segment. If we have one of those then
  // the normal sorting rules will handle this case correctly.
  if (!pre && !post && dev) pre = -Infinity;
  // Versions without a pre-release (except as noted above) should sort after
  // those with one.
  else if (!pre) pre = Infinity;

  // Versions without a post segment should sort before those with one.
  if (!post) post = -Infinity;

  // Versions without a development segment should sort after those with one.
  if (!dev) dev = Infinity;

  if (!local) {
    // Versions without a local segment should sort before those with one.
    local = -Infinity;
  } else {
    // Versions with a local segment need that segment parsed to implement
    // the sorting rules in PEP440.
    // - Alpha numeric segments sort before numeric segments
    // - Alpha numeric segments sort lexicographically
    // - Numeric segments sort numerically
    // - Shorter versions sort before longer versions when the prefixes
    //   match exactly
    local = local.map((i) =>
      Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ''],
    );
  }

  return [epoch, release, pre, post, dev, local];
}


/***/ }),

/***/ 38940:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const { explain, parse, stringify } = __webpack_require__(74818);

// those notation are borrowed from semver
module.exports = {
  major,
  minor,
  patch,
  inc,
};

function major(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  return version.release[0];
}

function minor(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 2) {
    return 0;
  }
  return version.release[1];
}

function patch(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 3) {
    return 0;
  }
  return version.release[2];
}

function inc(input, release, preReleaseIdentifier) {
  let identifier = preReleaseIdentifier || `a`;
  const version = parse(input);

  if (!version) {
    return null;
  }

  if (
    !['a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre', 'preview'].includes(
      identifier,
    )
  ) {
    return null;
  }

  switch (release) {
    case 'premajor':
      {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'preminor':
      {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prepatch':
      {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prerelease':
      if (version.pre === null) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
        version.pre = [identifier, 0];
      } else {
        if (preReleaseIdentifier === undefined && version.pre !== null) {
          [identifier] = version.pre;
        }

        const [letter, number] = version.pre;
        if (letter === identifier) {
          version.pre = [letter, number + 1];
        } else {
          version.pre = [identifier, 0];
        }
      }

      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'major':
      if (
        version.release.slice(1).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'minor':
      if (
        version.release.slice(2).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'patch':
      if (
        version.release.slice(3).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    default:
      return null;
  }

  return stringify(version);
}


/***/ }),

/***/ 30790:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// This file is dual licensed under the terms of the Apache License, Version
// 2.0, and the BSD License. See the LICENSE file in the root of this repository
// for complete details.

const { VERSION_PATTERN, explain: explainVersion } = __webpack_require__(74818);

const Operator = __webpack_require__(12124);

const RANGE_PATTERN = [
  '(?<operator>(===|~=|==|!=|<=|>=|<|>))',
  '\\s*',
  '(',
  /*  */ '(?<version>(?:' + VERSION_PATTERN.replace(/\?<\w+>/g, '?:') + '))',
  /*  */ '(?<prefix>\\.\\*)?',
  /*  */ '|',
  /*  */ '(?<legacy>[^,;\\s)]+)',
  ')',
].join('');

module.exports = {
  RANGE_PATTERN,
  parse,
  satisfies,
  filter,
  validRange,
  maxSatisfying,
  minSatisfying,
};

const isEqualityOperator = (op) => ['==', '!=', '==='].includes(op);

const rangeRegex = new RegExp('^' + RANGE_PATTERN + '$', 'i');

function parse(ranges) {
  if (!ranges.trim()) {
    return [];
  }

  const specifiers = ranges
    .split(',')
    .map((range) => rangeRegex.exec(range.trim()) || {})
    .map(({ groups }) => {
      if (!groups) {
        return null;
      }

      let { ...spec } = groups;
      const { operator, version, prefix, legacy } = groups;

      if (version) {
        spec = { ...spec, ...explainVersion(version) };
        if (operator === '~=') {
          if (spec.release.length < 2) {
            return null;
          }
        }
        if (!isEqualityOperator(operator) && spec.local) {
          return null;
        }

        if (prefix) {
          if (!isEqualityOperator(operator) || spec.dev || spec.local) {
            return null;
          }
        }
      }
      if (legacy && operator !== '===') {
        return null;
      }

      return spec;
    });

  if (specifiers.filter(Boolean).length !== specifiers.length) {
    return null;
  }

  return specifiers;
}

function filter(versions, specifier, options = {}) {
  const filtered = pick(versions, specifier, options);
  if (filtered.length === 0 && options.prereleases === undefined) {
    return pick(versions, specifier, { prereleases: true });
  }
  return filtered;
}

function maxSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[found.length - 1];
}

function minSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[0];
}

function pick(versions, specifier, options) {
  const parsed = parse(specifier);

  if (!parsed) {
    return [];
  }

  return versions.filter((version) => {
    const explained = explainVersion(version);

    if (!parsed.length) {
      return explained && !(explained.is_prerelease && !options.prereleases);
    }

    return parsed.reduce((pass, spec) => {
      if (!pass) {
        return false;
      }
      return contains({ ...spec, ...options }, { version, explained });
    }, true);
  });
}

function satisfies(version, specifier, options = {}) {
  const filtered = pick([version], specifier, options);

  return filtered.length === 1;
}

function arrayStartsWith(array, prefix) {
  if (prefix.length > array.length) {
    return false;
  }

  for (let i = 0; i < prefix.length; i += 1) {
    if (prefix[i] !== array[i]) {
      return false;
    }
  }

  return true;
}

function contains(specifier, input) {
  const { explained } = input;
  let { version } = input;
  const { ...spec } = specifier;

  if (spec.prereleases === undefined) {
    spec.prereleases = spec.is_prerelease;
  }

  if (explained && explained.is_prerelease && !spec.prereleases) {
    return false;
  }

  if (spec.operator === '~=') {
    let compatiblePrefix = spec.release.slice(0, -1).concat('*').join('.');
    if (spec.epoch) {
      compatiblePrefix = spec.epoch + '!' + compatiblePrefix;
    }
    return satisfies(version, `>=${spec.version}, ==${compatiblePrefix}`, {
      prereleases: spec.prereleases,
    });
  }

  if (spec.prefix) {
    const isMatching =
      explained.epoch === spec.epoch &&
      arrayStartsWith(explained.release, spec.release);
    const isEquality = spec.operator !== '!=';
    return isEquality ? isMatching : !isMatching;
  }

  if (explained)
    if (explained.local && spec.version) {
      version = explained.public;
      spec.version = explainVersion(spec.version).public;
    }

  if (spec.operator === '<' || spec.operator === '>') {
    // simplified version of https://www.python.org/dev/peps/pep-0440/#exclusive-ordered-comparison
    if (Operator.eq(spec.release.join('.'), explained.release.join('.'))) {
      return false;
    }
  }

  const op = Operator[spec.operator];
  return op(version, spec.version || spec.legacy);
}

function validRange(specifier) {
  return Boolean(parse(specifier));
}


/***/ }),

/***/ 74818:
/***/ ((module) => {

const VERSION_PATTERN = [
  'v?',
  '(?:',
  /* */ '(?:(?<epoch>[0-9]+)!)?', // epoch
  /* */ '(?<release>[0-9]+(?:\\.[0-9]+)*)', // release segment
  /* */ '(?<pre>', // pre-release
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))',
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_n>[0-9]+)?',
  /* */ ')?',
  /* */ '(?<post>', // post release
  /*    */ '(?:-(?<post_n1>[0-9]+))',
  /*    */ '|',
  /*    */ '(?:',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_l>post|rev|r)',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_n2>[0-9]+)?',
  /*    */ ')',
  /* */ ')?',
  /* */ '(?<dev>', // dev release
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_l>dev)',
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_n>[0-9]+)?',
  /* */ ')?',
  ')',
  '(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?', // local version
].join('');

module.exports = {
  VERSION_PATTERN,
  valid,
  clean,
  explain,
  parse,
  stringify,
};

const validRegex = new RegExp('^' + VERSION_PATTERN + '$', 'i');

function valid(version) {
  return validRegex.test(version) ? version : null;
}

const cleanRegex = new RegExp('^\\s*' + VERSION_PATTERN + '\\s*$', 'i');
function clean(version) {
  return stringify(parse(version, cleanRegex));
}

function parse(version, regex) {
  // Validate the version and parse it into pieces
  const { groups } = (regex || validRegex).exec(version) || {};
  if (!groups) {
    return null;
  }

  // Store the parsed out pieces of the version
  const parsed = {
    epoch: Number(groups.epoch ? groups.epoch : 0),
    release: groups.release.split('.').map(Number),
    pre: normalize_letter_version(groups.pre_l, groups.pre_n),
    post: normalize_letter_version(
      groups.post_l,
      groups.post_n1 || groups.post_n2,
    ),
    dev: normalize_letter_version(groups.dev_l, groups.dev_n),
    local: parse_local_version(groups.local),
  };

  return parsed;
}

function stringify(parsed) {
  if (!parsed) {
    return null;
  }
  const { epoch, release, pre, post, dev, local } = parsed;
  const parts = [];

  // Epoch
  if (epoch !== 0) {
    parts.push(`${epoch}!`);
  }
  // Release segment
  parts.push(release.join('.'));

  // Pre-release
  if (pre) {
    parts.push(pre.join(''));
  }
  // Post-release
  if (post) {
    parts.push('.' + post.join(''));
  }
  // Development release
  if (dev) {
    parts.push('.' + dev.join(''));
  }
  // Local version segment
  if (local) {
    parts.push(`+${local}`);
  }
  return parts.join('');
}

function normalize_letter_version(letterIn, numberIn) {
  let letter = letterIn;
  let number = numberIn;
  if (letter) {
    // We consider there to be an implicit 0 in a pre-release if there is
    // not a numeral associated with it.
    if (!number) {
      number = 0;
    }
    // We normalize any letters to their lower case form
    letter = letter.toLowerCase();

    // We consider some words to be alternate spellings of other words and
    // in those cases we want to normalize the spellings to our preferred
    // spelling.
    if (letter === 'alpha') {
      letter = 'a';
    } else if (letter === 'beta') {
      letter = 'b';
    } else if (['c', 'pre', 'preview'].includes(letter)) {
      letter = 'rc';
    } else if (['rev', 'r'].includes(letter)) {
      letter = 'post';
    }
    return [letter, Number(number)];
  }
  if (!letter && number) {
    // We assume if we are given a number, but we are not given a letter
    // then this is using the implicit post release syntax (e.g. 1.0-1)
    letter = 'post';

    return [letter, Number(number)];
  }
  return null;
}

function parse_local_version(local) {
  /*
    Takes a string like abc.1.twelve and turns it into("abc", 1, "twelve").
    */
  if (local) {
    return local
      .split(/[._-]/)
      .map((part) =>
        Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part),
      );
  }
  return null;
}

function explain(version) {
  const parsed = parse(version);
  if (!parsed) {
    return parsed;
  }
  const { epoch, release, pre, post, dev, local } = parsed;

  let base_version = '';
  if (epoch !== 0) {
    base_version += epoch + '!';
  }
  base_version += release.join('.');

  const is_prerelease = Boolean(dev || pre);
  const is_devrelease = Boolean(dev);
  const is_postrelease = Boolean(post);

  // return

  return {
    epoch,
    release,
    pre,
    post: post ? post[1] : post,
    dev: dev ? dev[1] : dev,
    local: local ? local.join('.') : local,
    public: stringify(parsed).split('+', 1)[0],
    base_version,
    is_prerelease,
    is_devrelease,
    is_postrelease,
  };
}


/***/ })

};
