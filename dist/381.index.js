export const id = 381;
export const ids = [381];
export const modules = {

/***/ 3381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runExportDigest: () => (/* binding */ runExportDigest)
/* harmony export */ });
// Placeholder until the export-digest mode lands.
function runExportDigest(_inputs, _ctx) {
    return Promise.reject(new Error('mode "export-digest" is not available in this version of the action yet'));
}


/***/ })

};
