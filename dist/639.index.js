export const id = 639;
export const ids = [639];
export const modules = {

/***/ 5639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runMetadata: () => (/* binding */ runMetadata)
/* harmony export */ });
// Placeholder until the metadata engine lands (issue 2).
function runMetadata(_inputs, _ctx) {
    return Promise.reject(new Error('mode "metadata" is not available in this version of the action yet'));
}


/***/ })

};
