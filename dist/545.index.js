export const id = 545;
export const ids = [545];
export const modules = {

/***/ 8545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseBuildInputs: () => (/* binding */ parseBuildInputs)
/* harmony export */ });
function parseBuildInputs(_raw) {
    return {};
}


/***/ })

};
