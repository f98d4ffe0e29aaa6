export const id = 256;
export const ids = [256];
export const modules = {

/***/ 29256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createDockerCli: () => (/* binding */ createDockerCli),
/* harmony export */   o: () => (/* binding */ DOCKER_TIMEOUTS)
/* harmony export */ });
/** How long each kind of docker call may take before it is stopped. */
const DOCKER_TIMEOUTS = {
    /** `buildx version`, `inspect`, `ls`, `rm`, `logs`: answers from the daemon or the builder. */
    probe: 60_000,
    /** Creating a builder pulls BuildKit's image; installing QEMU pulls binfmt's. */
    setUp: 10 * 60_000,
    /** A build: the longest a GitHub-hosted job may run. */
    build: 6 * 60 * 60_000,
};
function createDockerCli(deps) {
    const command = deps.command ?? 'docker';
    return {
        run: (args, options = {}) => deps.run(command, args, {
            env: deps.env,
            cwd: deps.cwd,
            timeoutMs: options.timeoutMs ?? DOCKER_TIMEOUTS.probe,
            quietStdout: options.quietStdout,
            allowFailure: options.allowFailure,
            untrustedOutput: options.untrustedOutput,
        }),
    };
}


/***/ })

};
