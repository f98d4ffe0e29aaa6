export const id = 256;
export const ids = [256];
export const modules = {

/***/ 29256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ DockerCommandError),
/* harmony export */   createDockerCli: () => (/* binding */ createDockerCli)
/* harmony export */ });
/* unused harmony export formatCommandLine */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

class DockerCommandError extends Error {
    args;
    exitCode;
    stderrTail;
    name = 'DockerCommandError';
    constructor(args, exitCode, stderrTail) {
        const last = stderrTail.trimEnd().split('\n').pop() ?? '';
        super(`docker ${args.slice(0, 2).join(' ')} failed with exit code ${exitCode}${last ? `: ${last}` : ''}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderrTail = stderrTail;
    }
}
const TAIL_LINES = 200;
function formatCommandLine(command, args) {
    return [command, ...args]
        .map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`))
        .join(' ');
}
function lineSplitter(onLine) {
    let rest = '';
    return {
        push(chunk) {
            rest += chunk;
            let nl = rest.indexOf('\n');
            while (nl >= 0) {
                onLine(rest.slice(0, nl));
                rest = rest.slice(nl + 1);
                nl = rest.indexOf('\n');
            }
        },
        end() {
            if (rest !== '')
                onLine(rest);
            rest = '';
        },
    };
}
function createDockerCli(deps) {
    const command = deps.command ?? 'docker';
    const env = {};
    for (const [k, v] of Object.entries(deps.env))
        if (v !== undefined)
            env[k] = v;
    return {
        run(args, options = {}) {
            deps.log.info(`[command]${formatCommandLine(command, args)}`);
            return new Promise((resolve, reject) => {
                const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, [...args], { env, cwd: deps.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
                let stdout = '';
                const tail = [];
                const out = lineSplitter((l) => {
                    if (!options.quietStdout)
                        deps.log.info(l);
                });
                const err = lineSplitter((l) => {
                    deps.log.info(l);
                    tail.push(l);
                    if (tail.length > TAIL_LINES)
                        tail.shift();
                });
                child.stdout.setEncoding('utf8').on('data', (c) => {
                    stdout += c;
                    out.push(c);
                });
                child.stderr.setEncoding('utf8').on('data', (c) => err.push(c));
                child.on('error', (e) => reject(new Error(`cannot run ${command}: ${e.message}`)));
                child.on('close', (code, signal) => {
                    out.end();
                    err.end();
                    const exitCode = code ?? (signal ? 128 : 1);
                    const stderrTail = tail.join('\n');
                    if (exitCode !== 0 && !options.allowFailure)
                        reject(new DockerCommandError(args, exitCode, stderrTail));
                    else
                        resolve({ exitCode, stdout, stderrTail });
                });
            });
        },
    };
}


/***/ })

};
