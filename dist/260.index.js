export const id = 260;
export const ids = [260];
export const modules = {

/***/ 23472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ CommandTimeoutError),
/* harmony export */   HF: () => (/* binding */ lastMeaningfulLine),
/* harmony export */   Qc: () => (/* binding */ childEnvironment),
/* harmony export */   e0: () => (/* binding */ STDERR_TAIL_LINES),
/* harmony export */   ju: () => (/* binding */ CommandFailedError),
/* harmony export */   wn: () => (/* binding */ CommandStartError),
/* harmony export */   zR: () => (/* binding */ formatCommandLine)
/* harmony export */ });
/* unused harmony export formatDuration */
/** How many lines of stderr a result keeps. */
const STDERR_TAIL_LINES = 200;
class CommandFailedError extends Error {
    command;
    args;
    exitCode;
    stderrTail;
    killed;
    name = 'CommandFailedError';
    constructor(command, args, exitCode, stderrTail, killed = false) {
        const last = lastMeaningfulLine(stderrTail);
        super(killed
            ? `${command} ${args.slice(0, 2).join(' ')} was killed by a signal before it finished (out of memory, or the job was cancelled)`
            : `${command} ${args.slice(0, 2).join(' ')} failed with exit code ${exitCode}${last ? `: ${last}` : ''}`);
        this.command = command;
        this.args = args;
        this.exitCode = exitCode;
        this.stderrTail = stderrTail;
        this.killed = killed;
    }
}
class CommandTimeoutError extends Error {
    command;
    args;
    timeoutMs;
    name = 'CommandTimeoutError';
    constructor(command, args, timeoutMs) {
        super(`${command} ${args.slice(0, 2).join(' ')} timed out after ${formatDuration(timeoutMs)} and was stopped`);
        this.command = command;
        this.args = args;
        this.timeoutMs = timeoutMs;
    }
}
class CommandStartError extends Error {
    command;
    name = 'CommandStartError';
    constructor(command, cause) {
        super(`cannot run ${command}: ${cause}`);
        this.command = command;
    }
}
/**
 * The line of stderr that says what went wrong. Docker prints its reason first and then a hint
 * (`Run 'docker run --help' for more information`), so hints are skipped.
 */
function lastMeaningfulLine(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !/^(Run '.*--help'|See '.*--help')/.test(l));
    return lines.at(-1) ?? '';
}
function formatDuration(ms) {
    if (ms % 3_600_000 === 0)
        return `${ms / 3_600_000} h`;
    if (ms % 60_000 === 0)
        return `${ms / 60_000} min`;
    if (ms % 1000 === 0)
        return `${ms / 1000} s`;
    return `${ms} ms`;
}
/** Quotes argv for the log the way a shell user would type it. */
function formatCommandLine(command, args) {
    return [command, ...args]
        .map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`))
        .join(' ');
}
/** The environment a child gets: the action's own `INPUT_*` values (passwords, secrets) removed. */
function childEnvironment(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined && !/^INPUT_/i.test(k))
            out[k] = v;
    return out;
}


/***/ }),

/***/ 91114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError),
/* harmony export */   h: () => (/* binding */ quote)
/* harmony export */ });
/**
 * The one error type for bad input: it names the input, shows the offending value (never a
 * secret) and says what was expected, on one line, before the action does anything.
 */
class InputError extends Error {
    input;
    problem;
    expected;
    name = 'InputError';
    constructor(input, problem, expected) {
        super(`input "${input}": ${problem}; expected ${expected}`);
        this.input = input;
        this.problem = problem;
        this.expected = expected;
    }
}
/** Quotes a user value for an error message, shortened so that one line stays one line. */
function quote(value) {
    const oneLine = value.replace(/\s*\n\s*/g, '⏎');
    return JSON.stringify(oneLine.length > 120 ? `${oneLine.slice(0, 117)}...` : oneLine);
}


/***/ }),

/***/ 43219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ BUILD_STATE)
/* harmony export */ });
/** What the build mode saves for the post step (written in src/modes/build.ts, read in src/main.ts). */
const BUILD_STATE = {
    /** The builder this step created, which the post step removes. */
    builder: 'build-builder',
    /** Its driver: only a docker-container builder has container logs to print. */
    builderDriver: 'build-builder-driver',
    /** 'true' when the build failed: the post step prints the builder's logs first. */
    failed: 'build-failed',
};


/***/ }),

/***/ 89260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main),
  post: () => (/* binding */ post)
});

// UNUSED EXPORTS: STATE

// EXTERNAL MODULE: ./src/build-job/state.ts
var state = __webpack_require__(43219);
// EXTERNAL MODULE: ./src/base/input-error.ts
var input_error = __webpack_require__(91114);
;// CONCATENATED MODULE: ./src/inputs/mode.ts

const MODES = ['build', 'export-digest', 'merge', 'metadata'];
function parseMode(value) {
    const mode = value.trim();
    if (MODES.includes(mode))
        return mode;
    const problem = mode === '' ? 'is required' : `${(0,input_error/* quote */.h)(mode)} is not a mode`;
    throw new input_error/* InputError */.d('mode', problem, `one of ${MODES.join(', ')}`);
}

;// CONCATENATED MODULE: ./src/modes/result.ts
/** Writes a mode's result through the runner ports. */
async function publishResult(result, ctx) {
    for (const [name, value] of Object.entries(result.outputs))
        ctx.io.setOutput(name, value);
    for (const [name, value] of Object.entries(result.variables ?? {}))
        ctx.io.exportVariable(name, value);
    if (result.summary)
        await ctx.io.appendSummary(result.summary);
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 1 modules
var exec = __webpack_require__(41955);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/base/command.ts
var base_command = __webpack_require__(23472);
;// CONCATENATED MODULE: ./src/runner/child-kill.ts

/** The variable that marks a child and its descendants (they inherit it) for `stopChild`. */
const CHILD_MARKER = 'DIFY_IMAGE_ACTION_CHILD';
/**
 * Stops every process that carries `CHILD_MARKER=<marker>` in its environment: the child this
 * process started and its descendants (a shell's children hold its pipes open). TERM, then KILL
 * after a grace period. @actions/exec owns the spawn and hands back no handle, so on Linux (where
 * Docker builds run) they are found in /proc by the marker, which no other process carries.
 * Elsewhere nothing is done: the runner ends a job's orphans when the job ends.
 */
function stopChild(marker, graceMs) {
    const tag = `${CHILD_MARKER}=${marker}`;
    const doomed = [];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return;
    }
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            if ((0,external_node_fs_.readFileSync)(`/proc/${entry}/environ`, 'utf8').split('\0').includes(tag))
                doomed.push(Number(entry));
        }
        catch {
            // the process ended while we looked, or is not ours to read
        }
    }
    for (const pid of doomed)
        signal(pid, 'SIGTERM');
    setTimeout(() => doomed.forEach((pid) => signal(pid, 'SIGKILL')), graceMs).unref();
}
function signal(pid, name) {
    try {
        process.kill(pid, name);
    }
    catch {
        // already gone
    }
}

;// CONCATENATED MODULE: ./src/runner/command.ts






/** How long a stopped child gets between TERM and KILL. */
const KILL_GRACE_MS = 5_000;
/**
 * `RunCommand` over @actions/exec. Output is captured and, when echoed, streamed line by line
 * through the log port (so tests see it and untrusted output can be fenced); @actions/exec's own
 * echo stays silent.
 */
function execCommands(log) {
    return async (command, args, options) => {
        const echo = options.echo ?? true;
        if (echo)
            log.info(`[command]${(0,base_command/* formatCommandLine */.zR)(command, args)}`);
        const tail = [];
        // Marks the child and its descendants, so that a timeout stops exactly them.
        const marker = (0,external_node_crypto_.randomUUID)();
        // While untrusted output streams, the runner ignores workflow commands until it sees the token.
        const fence = echo && options.untrustedOutput ? (0,external_node_crypto_.randomUUID)().replace(/-/g, '') : undefined;
        if (fence)
            log.info(`::stop-commands::${fence}`);
        const running = (0,exec/* getExecOutput */.H)(resolveCommand(command, options.env), [...args], {
            env: { ...(0,base_command/* childEnvironment */.Qc)(options.env), [CHILD_MARKER]: marker },
            cwd: options.cwd,
            silent: true,
            ignoreReturnCode: true,
            // Only when there is something to say: @actions/exec writes it without an error handler, so
            // a child that exits before reading would raise EPIPE in this process.
            input: options.stdin === undefined ? undefined : Buffer.from(options.stdin, 'utf8'),
            listeners: {
                stdline: (line) => {
                    options.onStdoutLine?.(line);
                    if (echo && !options.quietStdout)
                        log.info(line);
                },
                errline: (line) => {
                    if (echo)
                        log.info(line);
                    tail.push(line);
                    if (tail.length > base_command/* STDERR_TAIL_LINES */.e0)
                        tail.shift();
                },
            },
        });
        let timer;
        const timedOut = new Promise((resolve) => {
            timer = setTimeout(() => resolve('timeout'), options.timeoutMs);
        });
        let outcome;
        try {
            outcome = await Promise.race([running, timedOut]);
        }
        catch (error) {
            const message = error.message;
            // @actions/io's wording for a missing tool runs to four sentences; the first says it all.
            throw new base_command/* CommandStartError */.wn(command, message.startsWith('Unable to locate executable file') ? 'not found on PATH' : message);
        }
        finally {
            clearTimeout(timer);
            if (fence)
                log.info(`::${fence}::`);
        }
        if (outcome === 'timeout') {
            stopChild(marker, KILL_GRACE_MS);
            // Let @actions/exec see the exit so it releases its pipes; it is bounded by the grace period.
            await Promise.race([running.catch(() => undefined), delay(KILL_GRACE_MS + 1_000)]);
            throw new base_command/* CommandTimeoutError */.$9(command, args, options.timeoutMs);
        }
        // @actions/exec answers no exit code for a child that a signal ended.
        const killed = outcome.exitCode === null;
        const exitCode = killed ? 137 : outcome.exitCode;
        const result = {
            exitCode,
            stdout: outcome.stdout,
            stderrTail: tail.join('\n'),
            ...(killed ? { killed } : {}),
        };
        if (exitCode !== 0 && !options.allowFailure)
            throw new base_command/* CommandFailedError */.ju(command, args, exitCode, result.stderrTail, killed);
        return result;
    };
}
/**
 * The executable for `command` on the child's PATH. @actions/exec looks it up on this process's
 * PATH, and a caller may give the child another one (a test double, a tool cache directory).
 */
function resolveCommand(command, env) {
    if (command.includes('/') || env['PATH'] === undefined)
        return command;
    for (const dir of env['PATH'].split(external_node_path_.delimiter)) {
        if (dir === '')
            continue;
        const candidate = (0,external_node_path_.join)(dir, command);
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return command;
}
const delay = (ms) => new Promise((done) => setTimeout(done, ms).unref());

;// CONCATENATED MODULE: ./src/runner/actions-runner.ts


/** The ports of `ModeContext`, backed by @actions/core and @actions/exec. */
function runnerContext() {
    const log = {
        debug: (message) => core/* debug */.Yz(message),
        info: (message) => core/* info */.pq(message),
        warning: (message, annotation) => core/* warning */.$e(message, annotationProperties(annotation)),
        error: (message, annotation) => core/* error */.z3(message, annotationProperties(annotation)),
        group: (name, fn) => core/* group */.Os(name, fn),
    };
    const io = {
        setOutput: (name, value) => core/* setOutput */.uH(name, value),
        exportVariable: (name, value) => core/* exportVariable */.dN(name, value),
        saveState: (name, value) => core/* saveState */.LZ(name, value),
        setSecret: (value) => {
            if (value !== '')
                core/* setSecret */.Pq(value);
        },
        appendSummary: async (markdown) => {
            try {
                await core/* summary */.z.addRaw(markdown, true).write();
            }
            catch (error) {
                core/* warning */.$e(`Could not write the job summary: ${error.message}`);
            }
            finally {
                core/* summary */.z.emptyBuffer();
            }
        },
    };
    return { env: process.env, log, io, run: execCommands(log) };
}
function annotationProperties(annotation) {
    if (!annotation)
        return undefined;
    const { title, file, startLine, endLine, startColumn } = annotation;
    return { title, file, startLine, endLine, startColumn };
}
/**
 * Inputs as the runner passes them. Separators keep their whitespace (a newline or a space is
 * a meaningful `sep-tags`); every other input is trimmed.
 */
const UNTRIMMED = new Set(['sep-tags', 'sep-labels', 'sep-annotations']);
const runnerInputs = (name) => core/* getInput */.V4(name, { trimWhitespace: !UNTRIMMED.has(name) });
function fail(error) {
    core/* setFailed */.C1(error instanceof Error ? error.message : String(error));
}
function savedState(name) {
    return core/* getState */.Gu(name);
}

;// CONCATENATED MODULE: ./src/main.ts




/** State keys shared by the main and the post step. */
const STATE = { isPost: 'isPost', mode: 'mode' };
/**
 * The main step: read the mode, run it, publish its result. Each mode's modules are loaded only
 * when that mode runs, so `metadata` never pays for the registry or artifact code.
 */
async function main(raw = runnerInputs, ctx = runnerContext()) {
    try {
        ctx.io.saveState(STATE.isPost, 'true');
        const mode = parseMode(raw('mode'));
        ctx.io.saveState(STATE.mode, mode);
        const { refuseForeignInputs } = await Promise.all(/* import() */[__webpack_require__.e(712), __webpack_require__.e(407)]).then(__webpack_require__.bind(__webpack_require__, 69407));
        refuseForeignInputs(mode, raw);
        await runMode(mode, raw, ctx);
    }
    catch (error) {
        fail(error);
    }
}
async function runMode(mode, raw, ctx) {
    switch (mode) {
        case 'metadata': {
            const { parseMetadataInputs } = await Promise.all(/* import() */[__webpack_require__.e(712), __webpack_require__.e(133)]).then(__webpack_require__.bind(__webpack_require__, 14133));
            const { runMetadata } = await Promise.all(/* import() */[__webpack_require__.e(712), __webpack_require__.e(353), __webpack_require__.e(377), __webpack_require__.e(612)]).then(__webpack_require__.bind(__webpack_require__, 75639));
            const inputs = parseMetadataInputs(raw);
            return publishResult(await runMetadata(inputs, ctx), ctx);
        }
        case 'merge': {
            const { parseMergeInputs } = await Promise.all(/* import() */[__webpack_require__.e(712), __webpack_require__.e(815), __webpack_require__.e(268), __webpack_require__.e(581)]).then(__webpack_require__.bind(__webpack_require__, 53581));
            const { runMerge } = await Promise.all(/* import() */[__webpack_require__.e(712), __webpack_require__.e(519), __webpack_require__.e(353), __webpack_require__.e(268), __webpack_require__.e(377), __webpack_require__.e(98), __webpack_require__.e(855)]).then(__webpack_require__.bind(__webpack_require__, 53187));
            const inputs = parseMergeInputs(raw);
            return publishResult(await runMerge(inputs, ctx), ctx);
        }
        case 'build': {
            const { parseBuildInputs } = await Promise.all(/* import() */[__webpack_require__.e(712), __webpack_require__.e(815), __webpack_require__.e(268), __webpack_require__.e(203)]).then(__webpack_require__.bind(__webpack_require__, 27203));
            const { runBuild } = await Promise.all(/* import() */[__webpack_require__.e(712), __webpack_require__.e(519), __webpack_require__.e(353), __webpack_require__.e(962), __webpack_require__.e(377), __webpack_require__.e(98), __webpack_require__.e(201)]).then(__webpack_require__.bind(__webpack_require__, 72050));
            const inputs = parseBuildInputs(raw);
            return publishResult(await runBuild(inputs, ctx), ctx);
        }
        case 'export-digest': {
            const { parseExportDigestInputs } = await Promise.all(/* import() */[__webpack_require__.e(712), __webpack_require__.e(519), __webpack_require__.e(268), __webpack_require__.e(16)]).then(__webpack_require__.bind(__webpack_require__, 24016));
            const { runExportDigest } = await Promise.all(/* import() */[__webpack_require__.e(519), __webpack_require__.e(381)]).then(__webpack_require__.bind(__webpack_require__, 83381));
            const inputs = parseExportDigestInputs(raw);
            return publishResult(await runExportDigest(inputs, ctx), ctx);
        }
    }
}
/**
 * The post step: undo what the main step set up (builders, logins), whatever its outcome. Each
 * clean-up runs on its own, so a builder that cannot be removed never leaves credentials behind.
 */
async function post(ctx = runnerContext()) {
    const cleanUps = [
        [
            'remove the builder',
            async () => {
                const builder = savedState(state/* BUILD_STATE */.h.builder);
                if (builder === '')
                    return;
                const { tearDownBuilder } = await Promise.all(/* import() */[__webpack_require__.e(353), __webpack_require__.e(175)]).then(__webpack_require__.bind(__webpack_require__, 27175));
                const { createDockerCli } = await __webpack_require__.e(/* import() */ 462).then(__webpack_require__.bind(__webpack_require__, 93462));
                const docker = createDockerCli({ run: ctx.run, env: ctx.env });
                const failed = savedState(state/* BUILD_STATE */.h.failed) === 'true';
                const driver = savedState(state/* BUILD_STATE */.h.builderDriver) || undefined;
                await tearDownBuilder(docker, builder, failed, ctx.log, driver);
            },
        ],
        [
            'log out',
            async () => {
                const { LOGIN_STATE, logOut } = await __webpack_require__.e(/* import() */ 32).then(__webpack_require__.bind(__webpack_require__, 90032));
                logOut(savedState(LOGIN_STATE), ctx);
            },
        ],
    ];
    const failures = [];
    for (const [what, cleanUp] of cleanUps) {
        try {
            await cleanUp();
        }
        catch (error) {
            failures.push(`could not ${what}: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    if (failures.length > 0)
        fail(new Error(failures.join('; ')));
}


/***/ })

};
