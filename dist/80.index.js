export const id = 80;
export const ids = [80];
export const modules = {

/***/ 4080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runBuild: () => (/* binding */ runBuild)
/* harmony export */ });
// Placeholder until the build mode lands.
function runBuild(_inputs, _ctx) {
    return Promise.reject(new Error('mode "build" is not available in this version of the action yet'));
}


/***/ })

};
