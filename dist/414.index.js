export const id = 414;
export const ids = [414];
export const modules = {

/***/ 50414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createActionsCacheStore: () => (/* binding */ createActionsCacheStore)
/* harmony export */ });
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1693);
/**
 * The GitHub Actions cache adapter: one directory in and out of a cache entry, over the real
 * `@actions/cache` client. Like `@actions/artifact`, it reads ACTIONS_RUNTIME_TOKEN,
 * ACTIONS_RESULTS_URL, ACTIONS_CACHE_SERVICE_V2, RUNNER_TEMP and GITHUB_WORKSPACE from
 * process.env, as it must in a runner, and it logs through @actions/core itself: a failed
 * restore or save is its own warning ("Failed to restore: ..."), after up to 5 attempts.
 *
 * The entry's version is a hash of the path strings, and the archive holds the paths relative to
 * GITHUB_WORKSPACE (artifact-service.md B2): a restore finds an entry only when the directory
 * has the same absolute path, and lands in the same place only when it has the same position
 * relative to the workspace. Under RUNNER_TEMP both hold from run to run of a repository on
 * GitHub-hosted runners.
 */

function createActionsCacheStore() {
    return {
        restore: (dir, primaryKey, restoreKeys) => (0,_actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3)([dir], primaryKey, [...restoreKeys]),
        async save(dir, key) {
            // -1: the key exists (or is being written), or the upload failed; the client logged which.
            return (await (0,_actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .saveCache */ .Io)([dir], key)) !== -1;
        },
    };
}


/***/ })

};
