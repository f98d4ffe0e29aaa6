export const id = 433;
export const ids = [433];
export const modules = {

/***/ 94433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createFileArtifacts: () => (/* binding */ createFileArtifacts)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77935);
/* harmony import */ var _artifact_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80936);
/**
 * One file as a workflow artifact, over the same `@actions/artifact` client as the digest store
 * (it reads ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL from process.env, as it must in a
 * runner). Used for the build record (`.dockerbuild`), which Docker Desktop imports.
 */



function createFileArtifacts(client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_1__/* .DefaultArtifactClient */ .t9()) {
    return {
        async uploadFile({ name, file, retentionDays }) {
            const problem = (0,_artifact_name_js__WEBPACK_IMPORTED_MODULE_2__/* .artifactNameProblem */ .NH)(name);
            if (problem !== undefined)
                throw new Error(`artifact ${JSON.stringify(name)}: ${problem}`);
            const answer = await client.uploadArtifact(name, [file], (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(file), {
                ...(retentionDays ? { retentionDays } : {}),
            });
            if (answer.id === undefined)
                throw new Error(`the artifact service gave no id for ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file)}`);
            return { id: answer.id, ...(answer.size !== undefined ? { size: answer.size } : {}) };
        },
    };
}


/***/ })

};
