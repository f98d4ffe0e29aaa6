export const id = 932;
export const ids = [932];
export const modules = {

/***/ 2932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ splitFields)
/* harmony export */ });
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40712);
/* harmony import */ var _base_input_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91114);


/**
 * Splits one rule line into fields the way docker/metadata-action does: the line is one CSV
 * record (so `"pattern=a,b"` keeps its comma), and each field splits at its first `=`, both
 * sides trimmed.
 */
function splitFields(line, input, expected) {
    const fields = [];
    for (const raw of csvRecord(line, input, expected)) {
        const eq = raw.indexOf('=');
        if (eq < 0) {
            fields.push({ key: undefined, value: raw.trim() });
            continue;
        }
        const key = raw.slice(0, eq).trim().toLowerCase();
        if (key === '')
            throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, `${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(line)} has a field with no name (${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(raw)})`, expected);
        fields.push({ key, value: raw.slice(eq + 1).trim() });
    }
    return fields;
}
/**
 * A line without quotes or line breaks is one CSV record split at its commas; only a line with a
 * quote needs the parser (whose first run costs a few ms of a step's start-up).
 */
function csvRecord(line, input, expected) {
    if (!/["\r\n]/.test(line))
        return line === '' ? [] : line.split(',');
    try {
        const records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .q)(line, {
            relax_column_count: true,
            relax_quotes: true,
            skip_empty_lines: true,
        });
        return records[0] ?? [];
    }
    catch (error) {
        throw new _base_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(input, `cannot read ${(0,_base_input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(line)} (${error.message})`, expected);
    }
}


/***/ })

};
