export const id = 196;
export const ids = [196];
export const modules = {

/***/ 5196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseMetadataInputs: () => (/* binding */ parseMetadataInputs)
/* harmony export */ });
function parseMetadataInputs(_raw) {
    return {};
}


/***/ })

};
