export const id = 704;
export const ids = [704];
export const modules = {

/***/ 96791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ readEventContext)
/* harmony export */ });
/* unused harmony export payloadCommitDate */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The workflow's event as the runner describes it: GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_SHA and
 * the webhook payload at GITHUB_EVENT_PATH (read as data, as @actions/github's Context does).
 */
function readEventContext(env) {
    const payload = readPayload(env['GITHUB_EVENT_PATH']);
    return {
        eventName: env['GITHUB_EVENT_NAME'] ?? '',
        ref: env['GITHUB_REF'] ?? '',
        sha: env['GITHUB_SHA'] ?? '',
        payload,
        commitDate: payloadCommitDate(payload),
    };
}
function readPayload(path) {
    if (!path)
        return {};
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch {
        return {};
    }
    const parsed = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
}
function validDate(value) {
    if (typeof value !== 'string' || value === '')
        return undefined;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
}
/**
 * The commit date carried by the payload itself, so no API call is needed: `head_commit` on push
 * (webhook "push" payload), or the last commit of `commits`.
 */
function payloadCommitDate(payload) {
    const head = payload['head_commit'];
    const fromHead = validDate(head?.['timestamp']);
    if (fromHead)
        return fromHead;
    const commits = payload['commits'];
    if (Array.isArray(commits) && commits.length > 0) {
        return validDate(commits[commits.length - 1]?.['timestamp']);
    }
    return undefined;
}


/***/ }),

/***/ 86133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qh: () => (/* binding */ outputVariable),
/* harmony export */   xs: () => (/* binding */ bakeDefinition),
/* harmony export */   y6: () => (/* binding */ textOutputs)
/* harmony export */ });
/** The step outputs metadata-action sets before its bake files, in its order. */
function textOutputs(meta, sep) {
    return {
        version: meta.version,
        tags: meta.tags.join(sep.tags),
        'tag-names': meta.tagNames.join(sep.tags),
        labels: Object.entries(meta.labels)
            .map(([k, v]) => `${k}=${v}`)
            .join(sep.labels),
        annotations: meta.annotations.join(sep.annotations),
        json: JSON.stringify({
            tags: meta.tags,
            'tag-names': meta.tagNames,
            labels: meta.labels,
            annotations: meta.annotations,
        }),
    };
}
/**
 * The bake definition files' content (https://docs.docker.com/build/bake/reference/): one target
 * named `bake-target` holding tags (and DOCKER_META_* args), labels, annotations, or tags and labels.
 */
function bakeDefinition(meta, kind, target) {
    const args = { DOCKER_META_IMAGES: meta.images.join(','), DOCKER_META_VERSION: meta.version || undefined };
    const body = kind === 'tags'
        ? { tags: meta.tags, args }
        : kind === 'labels'
            ? { labels: meta.labels }
            : kind === 'annotations'
                ? { annotations: meta.annotations }
                : { tags: meta.tags, labels: meta.labels, args };
    return JSON.stringify({ target: { [target]: body } }, null, 2);
}
/** The DOCKER_METADATA_OUTPUT_<NAME> variable of an output. */
function outputVariable(name) {
    return `DOCKER_METADATA_OUTPUT_${name.replace(/\W/g, '_').toUpperCase()}`;
}


/***/ }),

/***/ 68541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ matchRegExp),
/* harmony export */   hh: () => (/* binding */ parseTagRules)
/* harmony export */ });
/* unused harmony exports DEFAULT_PRIORITIES, TAG_TYPES, DEFAULT_TAG_LINES, parseTagRule */
/* harmony import */ var _base_input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30968);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47754);


/** Tag types and their default priorities (docker/metadata-action README, "priority attribute"). */
const DEFAULT_PRIORITIES = {
    schedule: 1000,
    semver: 900,
    pep440: 900,
    match: 800,
    edge: 700,
    ref: 600,
    raw: 200,
    sha: 100,
};
const TAG_TYPES = Object.keys(DEFAULT_PRIORITIES);
const ATTRIBUTES = [
    'type',
    'enable',
    'priority',
    'prefix',
    'suffix',
    'pattern',
    'value',
    'group',
    'event',
    'format',
    'branch',
];
const EXPECTED = 'type=<schedule|semver|pep440|match|edge|ref|raw|sha> with key=value attributes, or a bare tag';
/** The rules metadata-action uses when `tags` is empty. */
const DEFAULT_TAG_LINES = [
    'type=schedule',
    'type=ref,event=branch',
    'type=ref,event=tag',
    'type=ref,event=pr',
];
function fail(line, problem, expected = EXPECTED) {
    throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('tags', `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(line)} ${problem}`, expected);
}
/** Compiles a `match` pattern: `/re/flags` or a plain regular expression. */
function matchRegExp(pattern) {
    const literal = /^\/(.+)\/(.*)$/.exec(pattern);
    return literal ? new RegExp(literal[1] ?? '', literal[2]) : new RegExp(pattern);
}
function parseTagRule(line) {
    let type;
    const attrs = {};
    for (const field of (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .splitFields */ .K)(line, 'tags', EXPECTED)) {
        if (field.key === undefined) {
            attrs['value'] = field.value;
        }
        else if (field.key === 'type') {
            if (!TAG_TYPES.includes(field.value)) {
                fail(line, `has unknown type ${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(field.value)}`, `one of ${TAG_TYPES.join(', ')}`);
            }
            type = field.value;
        }
        else if (!ATTRIBUTES.includes(field.key)) {
            fail(line, `has unknown attribute ${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(field.key)}`, `attributes among ${ATTRIBUTES.join(', ')}`);
        }
        else {
            attrs[field.key] = field.value;
        }
    }
    type ??= 'raw';
    const need = (name) => {
        if (!Object.hasOwn(attrs, name))
            fail(line, `has no ${name} attribute`, `type=${type} with ${name}=...`);
    };
    switch (type) {
        case 'schedule':
            attrs['pattern'] ??= 'nightly';
            break;
        case 'semver':
        case 'pep440':
            need('pattern');
            attrs['value'] ??= '';
            break;
        case 'match': {
            need('pattern');
            attrs['group'] ??= '0';
            attrs['value'] ??= '';
            if (!/^\d+$/.test(attrs['group'] ?? ''))
                fail(line, `has group ${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(attrs['group'] ?? '')}`, 'a capture group number');
            try {
                matchRegExp(attrs['pattern'] ?? '');
            }
            catch (error) {
                fail(line, `has an invalid regular expression (${error.message})`, 'a JavaScript regular expression');
            }
            break;
        }
        case 'edge':
            attrs['branch'] ??= '';
            break;
        case 'ref':
            need('event');
            if (!['branch', 'tag', 'pr'].includes(attrs['event'] ?? '')) {
                fail(line, `has event ${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(attrs['event'] ?? '')}`, 'event=branch, event=tag or event=pr');
            }
            if (attrs['event'] === 'pr')
                attrs['prefix'] ??= 'pr-';
            break;
        case 'raw':
            need('value');
            break;
        case 'sha':
            attrs['prefix'] ??= 'sha-';
            attrs['format'] ??= 'short';
            if (!['short', 'long'].includes(attrs['format'] ?? '')) {
                fail(line, `has format ${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(attrs['format'] ?? '')}`, 'format=short or format=long');
            }
            break;
    }
    attrs['enable'] ??= 'true';
    const enable = attrs['enable'] ?? '';
    if (!enable.includes('{{') && !['true', 'false'].includes(enable)) {
        fail(line, `has enable=${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(enable)}`, 'enable=true, enable=false or an expression such as {{is_default_branch}}');
    }
    attrs['priority'] ??= String(DEFAULT_PRIORITIES[type]);
    if (!/^-?\d+$/.test(attrs['priority'] ?? '')) {
        fail(line, `has priority ${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .h)(attrs['priority'] ?? '')}`, 'an integer priority');
    }
    return { type, attrs, source: line };
}
/** Parses the `tags` lines (defaults when there are none), sorted by priority, highest first (stable). */
function parseTagRules(lines) {
    const rules = (lines.length > 0 ? lines : DEFAULT_TAG_LINES).map(parseTagRule);
    return rules.sort((a, b) => Number(b.attrs['priority']) - Number(a.attrs['priority']));
}


/***/ }),

/***/ 42704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ resolveMetadata),
  L: () => (/* binding */ resolveMetadataWithExpressions),
  runMetadata: () => (/* binding */ runMetadata)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/github/event-context.ts
var event_context = __webpack_require__(96791);
;// CONCATENATED MODULE: ./src/github/git.ts
/** Reading a local repository takes milliseconds; a git that hangs (a lock, a prompt) must not. */
const GIT_TIMEOUT_MS = 10_000;
/**
 * The checked-out commit (metadata-action's `context: git`): HEAD's sha and committer date, and
 * its ref: the branch HEAD points at, or for a detached HEAD a tag or branch decorating it.
 */
async function readGitCommit(run, cwd, env) {
    const git = async (args) => (await run('git', args, { cwd, env, timeoutMs: GIT_TIMEOUT_MS, echo: false })).stdout.trim();
    const [sha, date] = await Promise.all([git(['rev-parse', 'HEAD']), git(['log', '-1', '--format=%cI'])]);
    let ref;
    try {
        ref = await git(['symbolic-ref', 'HEAD']);
    }
    catch {
        ref = detachedRef(await git(['show', '-s', '--pretty=%D', 'HEAD']));
    }
    return { ref, sha, commitDate: new Date(date) };
}
/** Turns `git show --pretty=%D` decorations into a ref: a tag first, then a branch. */
function detachedRef(decorations) {
    const names = decorations
        .split(',')
        .map((d) => d.trim())
        .filter(Boolean);
    const tag = names.find((n) => n.startsWith('tag: '));
    if (tag)
        return `refs/tags/${tag.slice('tag: '.length)}`;
    const pull = names.find((n) => /^(?:[^/]+\/)?pull\/\d+\/(?:merge|head)$/.test(n));
    if (pull)
        return `refs/${pull.replace(/^[^/]+\/(?=pull\/)/, '')}`;
    const branch = names.find((n) => n !== 'HEAD' && n !== 'grafted' && !n.startsWith('HEAD ->'));
    if (branch)
        return `refs/heads/${branch.replace(/^[^/]+\//, '')}`;
    throw new Error(`cannot find a ref for the detached HEAD (${decorations || 'no decorations'})`);
}

;// CONCATENATED MODULE: ./src/github/rest.ts
const TIMEOUT_MS = 5000;
/** Larger answers are refused: `repos.get` is a few KiB. */
const MAX_BYTES = 4 * 1024 * 1024;
/**
 * One GET against the GitHub REST API: short timeout, no retries; never throws. Spoken over
 * node:https (node:http for an http:// API URL, as in tests) rather than global fetch: loading
 * undici costs a metadata step about 25 ms of its start-up.
 */
async function getJson(env, token, path) {
    const base = (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, '');
    const headers = {
        accept: 'application/vnd.github+json',
        'user-agent': 'dify-image-action',
        'x-github-api-version': '2022-11-28',
    };
    if (token)
        headers['authorization'] = `Bearer ${token}`;
    try {
        const url = new URL(`${base}${path}`);
        const { request } = url.protocol === 'http:' ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 37067, 23)) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 23));
        const answer = await new Promise((resolve, reject) => {
            const req = request(url, { method: 'GET', headers, timeout: TIMEOUT_MS }, (res) => {
                const status = res.statusCode ?? 0;
                if (status < 200 || status > 299) {
                    res.resume();
                    resolve({ status, body: '' });
                    return;
                }
                const chunks = [];
                let size = 0;
                res.on('data', (chunk) => {
                    size += chunk.length;
                    if (size > MAX_BYTES)
                        req.destroy(new Error(`answer larger than ${MAX_BYTES} bytes`));
                    else
                        chunks.push(chunk);
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
        if (answer.status < 200 || answer.status > 299)
            return { ok: false, reason: `HTTP ${answer.status}` };
        return { ok: true, data: JSON.parse(answer.body) };
    }
    catch (error) {
        const code = error.code;
        return { ok: false, reason: code ?? error.message };
    }
}
function timeoutError() {
    return Object.assign(new Error(`no answer within ${TIMEOUT_MS} ms`), { code: 'TimeoutError' });
}
/** `repos.get` for GITHUB_REPOSITORY. */
function getRepository(env, token) {
    return getJson(env, token, `/repos/${env['GITHUB_REPOSITORY'] ?? ''}`);
}
/** The committer date of a commit (`repos.getCommit`), or undefined. */
async function getCommitDate(env, token, sha) {
    const result = await getJson(env, token, `/repos/${env['GITHUB_REPOSITORY'] ?? ''}/commits/${sha}`);
    const text = result.ok ? result.data.commit?.committer?.date : undefined;
    const date = text ? new Date(text) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

// EXTERNAL MODULE: ./src/base/input-error.ts
var input_error = __webpack_require__(30968);
;// CONCATENATED MODULE: ./src/meta/date-format.ts
/**
 * Formats a date with moment.js's format tokens (https://momentjs.com/docs/#/displaying/format/),
 * the ones docker/metadata-action documents for `{{date}}` and `{{commit_date}}`, in the `en`
 * locale and an IANA time zone, using only Intl.
 */
const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const TOKENS = /\[([^\]]*)\]|YYYYYY|YYYY|YY|Y|Qo|Q|MMMM|MMM|Mo|MM|M|DDDD|DDDo|DDD|Do|DD|D|dddd|ddd|do|dd|d|E|e|WW|Wo|W|ww|wo|w|GGGG|GG|gggg|gg|HH|H|hh|h|kk|k|mm|m|ss|s|S{1,9}|a|A|ZZ|Z|zz|z|X|x/g;
const formatters = new Map();
function formatterFor(timeZone) {
    let f = formatters.get(timeZone);
    if (!f) {
        try {
            f = new Intl.DateTimeFormat('en-US', {
                timeZone,
                hourCycle: 'h23',
                year: 'numeric',
                month: 'numeric',
                day: 'numeric',
                hour: 'numeric',
                minute: 'numeric',
                second: 'numeric',
                timeZoneName: 'short',
            });
        }
        catch {
            throw new RangeError(`unknown time zone ${JSON.stringify(timeZone)}`);
        }
        formatters.set(timeZone, f);
    }
    return f;
}
function fieldsOf(date, timeZone) {
    const parts = {};
    for (const p of formatterFor(timeZone).formatToParts(date))
        parts[p.type] = p.value;
    const n = (k) => Number(parts[k] ?? '0');
    const year = n('year');
    const month = n('month') - 1;
    const day = n('day');
    const hour = n('hour') % 24;
    const minute = n('minute');
    const second = n('second');
    const wall = Date.UTC(year, month, day, hour, minute, second);
    const offset = Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60000);
    const weekday = new Date(Date.UTC(year, month, day)).getUTCDay();
    const zoneName = timeZone === 'UTC' || timeZone === 'Etc/UTC' ? 'UTC' : (parts['timeZoneName'] ?? '');
    return { year, month, day, hour, minute, second, ms: date.getTime() % 1000, weekday, offset, zoneName };
}
const pad = (value, width) => {
    const s = String(Math.abs(value)).padStart(width, '0');
    return value < 0 ? `-${s}` : s;
};
function ordinal(n) {
    const b = n % 10;
    const suffix = Math.floor((n % 100) / 10) === 1 ? 'th' : b === 1 ? 'st' : b === 2 ? 'nd' : b === 3 ? 'rd' : 'th';
    return `${n}${suffix}`;
}
function dayOfYear(f) {
    return Math.round((Date.UTC(f.year, f.month, f.day) - Date.UTC(f.year, 0, 1)) / 86400000) + 1;
}
/** Week and week-year with weeks starting on `dow` and week 1 holding January `doy`-related day, as moment computes. */
function weekOf(f, dow, doy) {
    const fwd = 7 + dow - doy; // first-week day, as in moment's firstWeekOffset
    const offsetFor = (year) => {
        const fwdlw = (7 + new Date(Date.UTC(year, 0, fwd)).getUTCDay() - dow) % 7;
        return -fwdlw + fwd - 1;
    };
    const daysIn = (year) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
    const weekOffset = offsetFor(f.year);
    const week = Math.floor((dayOfYear(f) - weekOffset - 1) / 7) + 1;
    if (week < 1) {
        const prev = f.year - 1;
        return { year: prev, week: week + Math.floor((daysIn(prev) - offsetFor(prev) + offsetFor(f.year)) / 7) };
    }
    const weeksInYear = Math.floor((daysIn(f.year) - weekOffset + offsetFor(f.year + 1)) / 7);
    if (week > weeksInYear)
        return { year: f.year + 1, week: week - weeksInYear };
    return { year: f.year, week };
}
function zone(offset, separator) {
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    return `${sign}${pad(Math.floor(abs / 60), 2)}${separator}${pad(abs % 60, 2)}`;
}
/** Renders `date` in `timeZone` with a moment format string; throws RangeError on an unknown zone. */
function formatDate(date, format, timeZone = 'UTC') {
    const f = fieldsOf(date, timeZone);
    const h12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
    const iso = () => weekOf(f, 1, 4);
    const local = () => weekOf(f, 0, 6);
    return format.replace(TOKENS, (token, literal) => {
        if (literal !== undefined)
            return literal;
        switch (token) {
            case 'YYYYYY':
                return (f.year < 0 ? '-' : '+') + pad(Math.abs(f.year), 6);
            case 'YYYY':
                return f.year <= 9999 ? pad(f.year, 4) : `+${f.year}`;
            case 'YY':
                return pad(f.year % 100, 2);
            case 'Y':
                return f.year <= 9999 ? String(f.year) : `+${f.year}`;
            case 'Q':
                return String(Math.floor(f.month / 3) + 1);
            case 'Qo':
                return ordinal(Math.floor(f.month / 3) + 1);
            case 'MMMM':
                return MONTHS[f.month] ?? '';
            case 'MMM':
                return (MONTHS[f.month] ?? '').slice(0, 3);
            case 'MM':
                return pad(f.month + 1, 2);
            case 'Mo':
                return ordinal(f.month + 1);
            case 'M':
                return String(f.month + 1);
            case 'DDDD':
                return pad(dayOfYear(f), 3);
            case 'DDDo':
                return ordinal(dayOfYear(f));
            case 'DDD':
                return String(dayOfYear(f));
            case 'DD':
                return pad(f.day, 2);
            case 'Do':
                return ordinal(f.day);
            case 'D':
                return String(f.day);
            case 'dddd':
                return DAYS[f.weekday] ?? '';
            case 'ddd':
                return (DAYS[f.weekday] ?? '').slice(0, 3);
            case 'dd':
                return (DAYS[f.weekday] ?? '').slice(0, 2);
            case 'do':
                return ordinal(f.weekday);
            case 'd':
                return String(f.weekday);
            case 'e':
                return String(f.weekday);
            case 'E':
                return String(f.weekday === 0 ? 7 : f.weekday);
            case 'W':
                return String(iso().week);
            case 'WW':
                return pad(iso().week, 2);
            case 'Wo':
                return ordinal(iso().week);
            case 'w':
                return String(local().week);
            case 'ww':
                return pad(local().week, 2);
            case 'wo':
                return ordinal(local().week);
            case 'GGGG':
                return pad(iso().year, 4);
            case 'GG':
                return pad(iso().year % 100, 2);
            case 'gggg':
                return pad(local().year, 4);
            case 'gg':
                return pad(local().year % 100, 2);
            case 'HH':
                return pad(f.hour, 2);
            case 'H':
                return String(f.hour);
            case 'hh':
                return pad(h12, 2);
            case 'h':
                return String(h12);
            case 'kk':
                return pad(f.hour === 0 ? 24 : f.hour, 2);
            case 'k':
                return String(f.hour === 0 ? 24 : f.hour);
            case 'mm':
                return pad(f.minute, 2);
            case 'm':
                return String(f.minute);
            case 'ss':
                return pad(f.second, 2);
            case 's':
                return String(f.second);
            case 'a':
                return f.hour < 12 ? 'am' : 'pm';
            case 'A':
                return f.hour < 12 ? 'AM' : 'PM';
            case 'ZZ':
                return zone(f.offset, '');
            case 'Z':
                return zone(f.offset, ':');
            case 'zz':
            case 'z':
                return f.zoneName;
            case 'X':
                return String(Math.floor(date.getTime() / 1000));
            case 'x':
                return String(date.getTime());
            default: // S..SSSSSSSSS: fractional seconds, milliseconds padded with zeros
                return (pad(f.ms, 3) + '000000').slice(0, token.length);
        }
    });
}

;// CONCATENATED MODULE: ./src/meta/context.ts

function isPullRequestEvent(eventName) {
    return eventName.startsWith('pull_request');
}
function record(value) {
    return typeof value === 'object' && value !== null ? value : undefined;
}
/** A string field at a path of the payload, or undefined. */
function payloadString(payload, ...path) {
    let node = payload;
    for (const key of path)
        node = record(node)?.[key];
    return typeof node === 'string' ? node : undefined;
}
/** The commit the tags speak of: the merge commit, or the PR head with DOCKER_METADATA_PR_HEAD_SHA. */
function effectiveSha(ctx, options) {
    if (options.prHeadSha && isPullRequestEvent(ctx.eventName)) {
        return payloadString(ctx.payload, 'pull_request', 'head', 'sha') ?? ctx.sha;
    }
    return ctx.sha;
}
function dateHelper(date) {
    return (args, hash) => {
        for (const key of Object.keys(hash))
            if (key !== 'tz')
                throw new RangeError(`unknown ${key} attribute`);
        return formatDate(date, args[0] ?? '', hash['tz'] ?? 'UTC');
    };
}
/** The global expressions of docker/metadata-action ({{branch}}, {{sha}}, {{date 'fmt'}}, ...). */
function globalScope(ctx, repo, options, now) {
    const ref = ctx.ref;
    const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : '';
    const tag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : '';
    let baseRef = '';
    const pushBase = payloadString(ctx.payload, 'base_ref');
    const prBase = payloadString(ctx.payload, 'pull_request', 'base', 'ref');
    if (tag && pushBase !== undefined)
        baseRef = pushBase.replace(/^refs\/heads\//, '');
    else if (ref.startsWith('refs/pull/') && prBase !== undefined)
        baseRef = prBase;
    const candidate = ref.replace(/^refs\/heads\//, '');
    const defaultBranch = payloadString(ctx.payload, 'repository', 'default_branch');
    const isDefault = candidate !== '' &&
        (candidate === defaultBranch || (repo.defaultBranch !== '' && candidate === repo.defaultBranch));
    return {
        branch,
        tag,
        sha: effectiveSha(ctx, options).slice(0, options.shortShaLength),
        base_ref: baseRef,
        is_default_branch: String(isDefault),
        is_not_default_branch: String(!isDefault),
        date: dateHelper(now),
        commit_date: dateHelper(ctx.commitDate ?? now),
    };
}

;// CONCATENATED MODULE: ./src/meta/template.ts
/**
 * A small evaluator for the Handlebars subset docker/metadata-action documents: mustaches
 * `{{name}}`, `{{name 'arg' key='value'}}` and the unescaped `{{{name}}}`. A name resolves to a
 * string or to a helper called with its arguments; an unknown name renders as nothing, as in
 * Handlebars. Blocks (`{{#if}}`) and partials are not part of that grammar and are refused.
 */
class TemplateError extends Error {
    name = 'TemplateError';
}
// Handlebars escapes these in `{{...}}` output (handlebars/lib/handlebars/utils.js escapeExpression).
const ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#x27;',
    '`': '&#x60;',
    '=': '&#x3D;',
};
function escapeHtml(value) {
    return value.replace(/[&<>"'`=]/g, (c) => ESCAPES[c] ?? c);
}
/** Splits a template into literal text and mustaches; throws TemplateError on bad syntax. */
function parseTemplate(template) {
    const parts = [];
    let i = 0;
    let text = '';
    while (i < template.length) {
        const open = template.indexOf('{{', i);
        if (open < 0) {
            text += template.slice(i);
            break;
        }
        // `\{{` is a literal `{{` in Handlebars.
        if (open > 0 && template[open - 1] === '\\') {
            text += template.slice(i, open - 1) + '{{';
            i = open + 2;
            continue;
        }
        text += template.slice(i, open);
        const triple = template.startsWith('{{{', open);
        const closer = triple ? '}}}' : '}}';
        const close = template.indexOf(closer, open + closer.length);
        if (close < 0)
            throw new TemplateError(`unclosed ${triple ? '{{{' : '{{'} in ${JSON.stringify(template)}`);
        const body = template.slice(open + closer.length, close).trim();
        i = close + closer.length;
        if (body.startsWith('!'))
            continue; // comment
        if (/^[#/^>&]/.test(body))
            throw new TemplateError(`unsupported expression {{${body}}}`);
        if (text)
            parts.push(text);
        text = '';
        parts.push(parseMustache(body, !triple));
    }
    if (text)
        parts.push(text);
    return parts;
}
function parseMustache(body, escape) {
    const tokens = tokenize(body);
    const first = tokens.shift();
    if (!first || first.key !== undefined || first.token.kind !== 'path') {
        throw new TemplateError(`expected a name in {{${body}}}`);
    }
    const args = [];
    const hash = {};
    for (const { key, token } of tokens) {
        if (key === undefined)
            args.push(token);
        else
            hash[key] = token;
    }
    return { name: first.token.value, args, hash, escape };
}
function tokenize(body) {
    const out = [];
    const re = /\s*(?:([A-Za-z_][\w-]*)=)?(?:'([^']*)'|"([^"]*)"|([^\s'"=]+))/y;
    let pos = 0;
    while (pos < body.length) {
        if (/^\s*$/.test(body.slice(pos)))
            break;
        re.lastIndex = pos;
        const m = re.exec(body);
        if (!m)
            throw new TemplateError(`cannot read {{${body}}} at ${JSON.stringify(body.slice(pos))}`);
        pos = re.lastIndex;
        const quoted = m[2] ?? m[3];
        const token = quoted !== undefined ? { kind: 'string', value: quoted } : { kind: 'path', value: m[4] ?? '' };
        out.push(m[1] !== undefined ? { key: m[1], token } : { token });
    }
    return out;
}
function resolve(token, scope) {
    if (token.kind === 'string')
        return token.value;
    if (/^-?\d+(\.\d+)?$/.test(token.value) || token.value === 'true' || token.value === 'false')
        return token.value;
    const value = scope[token.value];
    return typeof value === 'string' ? value : '';
}
/** Renders a template against a scope. */
function render(template, scope) {
    if (!template.includes('{{'))
        return template;
    let out = '';
    for (const part of parseTemplate(template)) {
        if (typeof part === 'string') {
            out += part;
            continue;
        }
        const value = Object.hasOwn(scope, part.name) ? scope[part.name] : undefined;
        let rendered;
        if (typeof value === 'function') {
            const hash = {};
            for (const [key, token] of Object.entries(part.hash))
                hash[key] = resolve(token, scope);
            rendered = value(part.args.map((a) => resolve(a, scope)), hash);
        }
        else {
            rendered = value ?? '';
        }
        out += part.escape ? escapeHtml(rendered) : rendered;
    }
    return out;
}
/** True when the pattern is exactly one `{{raw}}` mustache (spaces allowed), as metadata-action checks. */
function isRawStatement(pattern) {
    try {
        const parts = parseTemplate(pattern);
        const only = parts[0];
        return parts.length === 1 && only !== undefined && typeof only !== 'string' && only.name === 'raw';
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/meta/labels.ts

/** The eight OCI defaults, in docker/metadata-action's order (before sorting). */
function defaultOciEntries(src) {
    return [
        ['org.opencontainers.image.title', src.repo.name],
        ['org.opencontainers.image.description', src.repo.description],
        ['org.opencontainers.image.url', src.repo.htmlUrl],
        ['org.opencontainers.image.source', src.repo.htmlUrl],
        ['org.opencontainers.image.version', src.version ?? ''],
        ['org.opencontainers.image.created', src.created.toISOString()],
        ['org.opencontainers.image.revision', src.revision],
        ['org.opencontainers.image.licenses', src.repo.license],
    ];
}
/**
 * Merges the defaults with the user's lines (`key=value`, or `name=<key>,value=<v>,enable=false`
 * to drop an entry), expressions evaluated, later entries winning, sorted by key; lines without
 * `=` are ignored, as in docker/metadata-action.
 */
function mergeEntries(defaults, extra, scope) {
    const map = new Map(defaults);
    for (const line of extra) {
        const structured = /^name=/.test(line) ? structuredEntry(line) : undefined;
        if (structured) {
            if (!structured.enable)
                map.delete(structured.name);
            else
                map.set(structured.name, render(structured.value, scope));
            continue;
        }
        const text = render(line, scope);
        const eq = text.indexOf('=');
        if (eq < 0)
            continue;
        map.set(text.slice(0, eq), text.slice(eq + 1));
    }
    return sortByKey([...map.entries()]);
}
/**
 * Keys made of `a-z`, `0-9`, `.` and `-` only collate in code-point order under the root
 * collation `localeCompare` uses (`-` < `.` < digits < letters, no case or accents to weigh), so
 * they are compared directly: the first `localeCompare` call loads ICU's collator (~8 ms of a
 * step's start-up). Any other key keeps `localeCompare`.
 */
function sortByKey(entries) {
    if (entries.every(([key]) => /^[a-z0-9.-]*$/.test(key))) {
        return entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    }
    return entries.sort((a, b) => a[0].localeCompare(b[0]));
}
function structuredEntry(line) {
    const entry = { name: '', value: '', enable: true };
    for (const field of line.split(',')) {
        const eq = field.indexOf('=');
        if (eq < 0)
            return undefined;
        const key = field.slice(0, eq).trim();
        const value = field.slice(eq + 1).trim();
        if (key === 'name')
            entry.name = value;
        else if (key === 'value')
            entry.value = value;
        else if (key === 'enable' && (value === 'true' || value === 'false'))
            entry.enable = value === 'true';
        else
            return undefined;
    }
    return entry.name ? entry : undefined;
}
/** Levels a custom annotation may name itself (`index:key=value`), per buildx `--annotation`. */
const LEVEL_PREFIX = /^(?:manifest|index|manifest-descriptor|index-descriptor)(?:\[[^\]]*\])?(?:,(?:manifest|index|manifest-descriptor|index-descriptor)(?:\[[^\]]*\])?)*:/;
/** Prefixes each annotation with each level; an annotation that names its own level keeps it. */
function annotationsWithLevels(entries, levels) {
    const own = entries.filter(([key]) => LEVEL_PREFIX.test(key)).map(([k, v]) => `${k}=${v}`);
    const plain = entries.filter(([key]) => !LEVEL_PREFIX.test(key));
    return [...levels.flatMap((level) => plain.map(([k, v]) => `${level}:${k}=${v}`)), ...own];
}

// EXTERNAL MODULE: ../main/node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(33170);
// EXTERNAL MODULE: ../main/node_modules/semver/functions/parse.js
var parse = __webpack_require__(81105);
var parse_default = /*#__PURE__*/__webpack_require__.n(parse);
// EXTERNAL MODULE: ../main/node_modules/semver/functions/valid.js
var valid = __webpack_require__(96716);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
// EXTERNAL MODULE: ./src/meta/tag-rules.ts
var tag_rules = __webpack_require__(68541);
;// CONCATENATED MODULE: ./src/meta/version.ts

// The two functions used, not the whole package: its index builds every range regex at load.






/** Replaces each run of characters a tag cannot hold with `-` (docker/metadata-action "sanitization"). */
function sanitizeTag(tag) {
    return tag.replace(/[^a-zA-Z0-9._-]+/g, '-');
}
const TAG_REF = /^refs\/tags\//;
/**
 * Walks the rules in priority order and collects the tags they produce, as docker/metadata-action
 * does: the first produced tag is `main`, later distinct ones are `partial`, and the first rule
 * that produces anything decides `latest` (auto: only semver, pep440, match and tag refs).
 * Warnings (e.g. a tag that is not semver) are pushed to `warnings`.
 */
function computeVersion(input, warnings) {
    const { flavor, ctx, scope } = input;
    let main;
    const partial = [];
    let latest;
    const expr = (rule, text) => evaluate(rule, text, scope);
    const add = (rule, value, autoLatest) => {
        let tag = value;
        const prefix = Object.hasOwn(rule.attrs, 'prefix') ? (rule.attrs['prefix'] ?? '') : flavor.prefix;
        const suffix = Object.hasOwn(rule.attrs, 'suffix') ? (rule.attrs['suffix'] ?? '') : flavor.suffix;
        tag = sanitizeTag(`${expr(rule, prefix)}${tag}${expr(rule, suffix)}`);
        if (main === undefined)
            main = tag;
        else if (tag !== main)
            partial.push(tag);
        if (latest === undefined) {
            latest = autoLatest !== undefined && flavor.latest === 'auto' ? autoLatest : flavor.latest === 'true';
        }
    };
    const tagName = ctx.ref.replace(TAG_REF, '');
    const fromTagOrValue = (rule) => {
        const value = rule.attrs['value'] ?? '';
        if (value.length > 0)
            return expr(rule, value);
        return TAG_REF.test(ctx.ref) ? tagName : undefined;
    };
    for (const rule of input.rules) {
        const enabled = expr(rule, rule.attrs['enable'] ?? 'true');
        if (enabled !== 'true' && enabled !== 'false') {
            throw new input_error/* InputError */.d('tags', `${(0,input_error/* quote */.h)(rule.source)} has enable evaluating to ${(0,input_error/* quote */.h)(enabled)}`, 'true or false');
        }
        if (enabled === 'false')
            continue;
        const pattern = rule.attrs['pattern'] ?? '';
        switch (rule.type) {
            case 'schedule':
                if (ctx.eventName === 'schedule')
                    add(rule, expr(rule, pattern));
                break;
            case 'semver': {
                const raw = fromTagOrValue(rule);
                if (raw === undefined)
                    break;
                if (!valid_default()(raw)) {
                    warnings.push(`${raw} is not a valid semver. More info: https://semver.org/`);
                    break;
                }
                const parsed = parse_default()(raw);
                if (!parsed)
                    break;
                const fields = {
                    raw: parsed.raw,
                    version: parsed.version,
                    major: String(parsed.major),
                    minor: String(parsed.minor),
                    patch: String(parsed.patch),
                    prerelease: parsed.prerelease.join(','),
                    build: parsed.build.join(','),
                };
                if (parsed.prerelease.length > 0) {
                    add(rule, renderPattern(rule, isRawStatement(pattern) ? pattern : '{{version}}', fields), false);
                }
                else {
                    add(rule, renderPattern(rule, pattern, fields), true);
                }
                break;
            }
            case 'pep440': {
                const raw = fromTagOrValue(rule);
                if (raw === undefined)
                    break;
                if (!pep440.valid(raw)) {
                    warnings.push(`${raw} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`);
                    break;
                }
                const explained = pep440.explain(raw);
                const clean = pep440.clean(raw) ?? raw;
                if (explained && (explained.is_prerelease || explained.is_postrelease || explained.is_devrelease)) {
                    add(rule, isRawStatement(pattern) ? raw : clean, false);
                }
                else {
                    const fields = {
                        raw,
                        version: clean,
                        major: String(pep440.major(raw)),
                        minor: String(pep440.minor(raw)),
                        patch: String(pep440.patch(raw)),
                    };
                    add(rule, renderPattern(rule, pattern, fields), true);
                }
                break;
            }
            case 'match': {
                const raw = fromTagOrValue(rule);
                if (raw === undefined)
                    break;
                const found = raw.match((0,tag_rules/* matchRegExp */.H0)(pattern));
                const group = found?.[Number(rule.attrs['group'] ?? '0')];
                if (group)
                    add(rule, group, true);
                break;
            }
            case 'edge': {
                if (!ctx.ref.startsWith('refs/heads/'))
                    break;
                const branch = rule.attrs['branch'] || input.repo.defaultBranch;
                if (branch === ctx.ref.slice('refs/heads/'.length))
                    add(rule, 'edge');
                break;
            }
            case 'ref':
                switch (rule.attrs['event'] ?? '') {
                    case 'branch':
                        if (ctx.ref.startsWith('refs/heads/'))
                            add(rule, ctx.ref.slice('refs/heads/'.length));
                        break;
                    case 'tag':
                        if (TAG_REF.test(ctx.ref))
                            add(rule, tagName, true);
                        break;
                    case 'pr':
                        if (ctx.ref.startsWith('refs/pull/'))
                            add(rule, ctx.ref.slice('refs/pull/'.length).replace(/\/merge$/, ''));
                        break;
                    default: // parseTagRule only lets branch, tag and pr through
                        break;
                }
                break;
            case 'raw': {
                const value = rule.attrs['value'] ?? '';
                if (value.trim().length > 0)
                    add(rule, expr(rule, value));
                break;
            }
            case 'sha': {
                const sha = effectiveSha(ctx, input.options);
                if (!sha)
                    break;
                add(rule, rule.attrs['format'] === 'short' ? sha.slice(0, input.options.shortShaLength) : sha);
                break;
            }
        }
    }
    return { main, partial: [...new Set(partial)], latest: latest ?? false };
}
function evaluate(rule, text, scope) {
    try {
        return render(text, scope);
    }
    catch (error) {
        throw new input_error/* InputError */.d('tags', `${(0,input_error/* quote */.h)(rule.source)}: ${error.message}`, 'a valid expression');
    }
}
function renderPattern(rule, pattern, fields) {
    return evaluate(rule, pattern, fields);
}

;// CONCATENATED MODULE: ./src/meta/metadata.ts




function tagNamesOf(version, flavor) {
    if (!version.main)
        return [];
    const names = [version.main, ...version.partial];
    if (version.latest) {
        const latest = `${flavor.prefixLatest ? flavor.prefix : ''}latest${flavor.suffixLatest ? flavor.suffix : ''}`;
        names.push(sanitizeTag(latest));
    }
    return names;
}
function entries(input, build) {
    try {
        return build();
    }
    catch (error) {
        if (error instanceof input_error/* InputError */.d)
            throw error;
        throw new input_error/* InputError */.d(input, `cannot evaluate an expression (${error.message})`, 'valid {{...}} expressions');
    }
}
/** Computes tags, labels and annotations from the inputs, the event and the repository, as metadata-action v6. */
function computeMetadata(settings, ctx, repo, now) {
    const warnings = [];
    const scope = globalScope(ctx, repo, settings.options, now);
    const version = computeVersion({ rules: settings.rules, flavor: settings.flavor, ctx, repo, options: settings.options, scope }, warnings);
    const tagNames = tagNamesOf(version, settings.flavor);
    const images = settings.images.filter((i) => i.enable).map((i) => i.name);
    const tags = images.length > 0
        ? images.flatMap((image) => tagNamesOf(version, settings.flavor).map((t) => `${image}:${t}`))
        : [...tagNames];
    const defaults = defaultOciEntries({
        repo,
        version: version.main,
        created: now,
        revision: effectiveSha(ctx, settings.options),
    });
    const labels = entries('labels', () => mergeEntries(defaults, settings.labels, scope));
    const annotationEntries = entries('annotations', () => mergeEntries(defaults, settings.annotations, scope));
    for (const level of settings.annotationLevels) {
        if (!/^[a-z-]+(\[[^\]]*\])?$/.test(level)) {
            throw new input_error/* InputError */.d('DOCKER_METADATA_ANNOTATIONS_LEVELS', `${(0,input_error/* quote */.h)(level)} is not a level`, 'manifest, index, manifest-descriptor or index-descriptor, comma separated');
        }
    }
    return {
        version: version.main ?? '',
        tags,
        tagNames,
        images,
        labels: Object.fromEntries(labels),
        annotations: annotationsWithLevels(annotationEntries, settings.annotationLevels),
        annotationLevels: [...settings.annotationLevels],
        created: now.toISOString(),
        warnings,
    };
}

// EXTERNAL MODULE: ./src/meta/outputs.ts
var meta_outputs = __webpack_require__(86133);
;// CONCATENATED MODULE: ./src/modes/metadata.ts











function envBool(env, name, fallback) {
    const value = env[name];
    if (value === undefined || value === '')
        return fallback;
    if (/^(true|1)$/i.test(value))
        return true;
    if (/^(false|0)$/i.test(value))
        return false;
    throw new input_error/* InputError */.d(name, `${(0,input_error/* quote */.h)(value)} is not a boolean`, '"true" or "false"');
}
/** The DOCKER_METADATA_* switches and SOURCE_DATE_EPOCH, validated before anything is written. */
function readEnvSettings(env) {
    const shaLength = env['DOCKER_METADATA_SHORT_SHA_LENGTH'] || '7';
    if (!/^\d+$/.test(shaLength) || Number(shaLength) < 1) {
        throw new input_error/* InputError */.d('DOCKER_METADATA_SHORT_SHA_LENGTH', `${(0,input_error/* quote */.h)(shaLength)} is not a length`, 'a positive integer');
    }
    const epoch = env['SOURCE_DATE_EPOCH'];
    if (epoch !== undefined && epoch !== '' && !/^\d+$/.test(epoch)) {
        throw new input_error/* InputError */.d('SOURCE_DATE_EPOCH', `${(0,input_error/* quote */.h)(epoch)} is not a Unix time`, 'seconds since 1970-01-01 UTC');
    }
    const levels = (env['DOCKER_METADATA_ANNOTATIONS_LEVELS'] || 'manifest')
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean);
    return {
        options: {
            prHeadSha: envBool(env, 'DOCKER_METADATA_PR_HEAD_SHA', false),
            shortShaLength: Number(shaLength),
        },
        annotationLevels: levels,
        setOutputEnv: envBool(env, 'DOCKER_METADATA_SET_OUTPUT_ENV', true),
        now: epoch ? new Date(Number(epoch) * 1000) : new Date(),
    };
}
const REPO_LABELS = {
    title: 'org.opencontainers.image.title',
    description: 'org.opencontainers.image.description',
    url: 'org.opencontainers.image.url',
    licenses: 'org.opencontainers.image.licenses',
};
/** Repository data from `repos.get`, else from the payload and GITHUB_* variables; warns once for what is missing. */
async function repositoryInfo(inputs, event, ctx) {
    const env = ctx.env;
    const result = await getRepository(env, inputs.githubToken);
    const api = result.ok ? result.data : undefined;
    const payloadRepo = (key) => payloadString(event.payload, 'repository', key);
    const [, fromEnvName = ''] = /\/(.+)$/.exec(env['GITHUB_REPOSITORY'] ?? '') ?? [];
    const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
    const repo = {
        name: api?.name ?? payloadRepo('name') ?? fromEnvName,
        description: (api ? api.description : payloadRepo('description')) ?? '',
        htmlUrl: api?.html_url ??
            payloadRepo('html_url') ??
            (env['GITHUB_REPOSITORY'] ? `${server}/${env['GITHUB_REPOSITORY']}` : ''),
        license: (api ? api.license?.spdx_id : payloadString(event.payload, 'repository', 'license', 'spdx_id')) ?? '',
        defaultBranch: api?.default_branch ?? payloadRepo('default_branch') ?? '',
    };
    if (!result.ok) {
        const missing = [
            repo.name ? '' : REPO_LABELS.title,
            repo.description ? '' : REPO_LABELS.description,
            repo.htmlUrl ? '' : REPO_LABELS.url,
            repo.license ? '' : REPO_LABELS.licenses,
        ].filter(Boolean);
        const what = missing.length > 0 ? `left empty: ${missing.join(', ')}` : 'filled from the event payload instead';
        ctx.log.warning(`Could not read the repository from the GitHub API (${result.reason}); labels ${what}`);
    }
    return repo;
}
function usesCommitDate(inputs) {
    const texts = [
        ...inputs.labels,
        ...inputs.annotations,
        ...inputs.tags.flatMap((t) => Object.values(t.attrs)),
    ];
    return texts.some((t) => t.includes('commit_date'));
}
/** Computes the metadata without writing anything: for this mode and for `build` and `merge`. */
async function resolveMetadata(inputs, ctx) {
    return (await resolveMetadataWithExpressions(inputs, ctx)).meta;
}
/**
 * The metadata plus an evaluator of the same global expressions (`{{branch}}`, `{{date ...}}`),
 * for the build mode's build arguments. There `{{sha}}` is the full revision (the value of the
 * revision label): a build argument carries a commit, where a tag wants the short form.
 */
async function resolveMetadataWithExpressions(inputs, ctx) {
    const settings = readEnvSettings(ctx.env);
    let event = (0,event_context/* readEventContext */.w)(ctx.env);
    if (inputs.source === 'git') {
        const commit = await readGitCommit(ctx.run, ctx.env['GITHUB_WORKSPACE'] || process.cwd(), ctx.env);
        event = { ...event, ref: commit.ref, sha: commit.sha, commitDate: commit.commitDate };
    }
    const [repo, apiCommitDate] = await Promise.all([
        repositoryInfo(inputs, event, ctx),
        // The payload (or git) usually has the date; ask the API only when an expression needs it.
        event.commitDate || !usesCommitDate(inputs)
            ? undefined
            : getCommitDate(ctx.env, inputs.githubToken, event.sha),
    ]);
    if (!event.commitDate && apiCommitDate)
        event = { ...event, commitDate: apiCommitDate };
    ctx.log.debug(`event ${event.eventName}, ref ${event.ref}, sha ${event.sha}, commit date ${event.commitDate?.toISOString() ?? 'unknown'}`);
    const meta = computeMetadata({
        images: inputs.images,
        rules: inputs.tags,
        flavor: inputs.flavor,
        labels: inputs.labels,
        annotations: inputs.annotations,
        annotationLevels: settings.annotationLevels,
        options: settings.options,
    }, event, repo, settings.now);
    for (const warning of meta.warnings)
        ctx.log.warning(warning);
    const scope = {
        ...globalScope(event, repo, settings.options, settings.now),
        sha: effectiveSha(event, settings.options),
    };
    return { meta, expand: (text) => render(text, scope) };
}
function writeBakeFiles(meta, target, env) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'docker-actions-toolkit-'));
    const file = (kind) => {
        const path = (0,external_node_path_.join)(dir, `docker-metadata-action-bake${kind === 'all' ? '' : `-${kind}`}.json`);
        (0,external_node_fs_.writeFileSync)(path, (0,meta_outputs/* bakeDefinition */.xs)(meta, kind, target));
        return path;
    };
    return { tags: file('tags'), labels: file('labels'), annotations: file('annotations'), all: file('all') };
}
function summaryOf(meta) {
    const rows = meta.tags.map((t) => `| \`${t}\` |`).join('\n') || '| _no tag generated_ |';
    return `### Image metadata\n\nVersion: \`${meta.version || '(none)'}\`\n\n| Tags |\n|---|\n${rows}\n`;
}
/** The `metadata` mode: docker/metadata-action v6's outputs, bake files and DOCKER_METADATA_OUTPUT_* variables. */
async function runMetadata(inputs, ctx) {
    const setOutputEnv = readEnvSettings(ctx.env).setOutputEnv;
    const meta = await resolveMetadata(inputs, ctx);
    if (!meta.version)
        ctx.log.warning('No Docker image version has been generated. Check tags input.');
    if (meta.tags.length === 0)
        ctx.log.warning('No Docker tag has been generated. Check tags input.');
    const bake = writeBakeFiles(meta, inputs.bakeTarget, ctx.env);
    const outputs = {
        ...(0,meta_outputs/* textOutputs */.y6)(meta, {
            tags: inputs.sepTags,
            labels: inputs.sepLabels,
            annotations: inputs.sepAnnotations,
        }),
        'bake-file-tags': bake.tags,
        'bake-file-labels': bake.labels,
        'bake-file-annotations': bake.annotations,
        'bake-file': bake.all,
    };
    await ctx.log.group('Docker metadata', () => {
        for (const [name, value] of Object.entries(outputs))
            ctx.log.info(`${name}: ${value}`);
        return Promise.resolve();
    });
    const variables = setOutputEnv
        ? Object.fromEntries(Object.entries(outputs).map(([name, value]) => [(0,meta_outputs/* outputVariable */.Qh)(name), value]))
        : undefined;
    return { outputs, ...(variables ? { variables } : {}), summary: summaryOf(meta) };
}


/***/ })

};
