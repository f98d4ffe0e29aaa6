export const id = 528;
export const ids = [528];
export const modules = {

/***/ 47754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ splitFields)
/* harmony export */ });
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95128);
/* harmony import */ var _base_input_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30968);


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


/***/ }),

/***/ 57089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runMetadata: () => (/* binding */ runMetadata)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _github_metadata_sources_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84935);
/* harmony import */ var _meta_env_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79368);
/* harmony import */ var _meta_outputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86133);






function writeBakeFiles(meta, target, env) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env['RUNNER_TEMP'] || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'docker-actions-toolkit-'));
    const file = (kind) => {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `docker-metadata-action-bake${kind === 'all' ? '' : `-${kind}`}.json`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, (0,_meta_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .bakeDefinition */ .xs)(meta, kind, target));
        return path;
    };
    return { tags: file('tags'), labels: file('labels'), annotations: file('annotations'), all: file('all') };
}
function summaryOf(meta) {
    const rows = meta.tags.map((t) => `| \`${t}\` |`).join('\n') || '| _no tag generated_ |';
    return `### Image metadata\n\nVersion: \`${meta.version || '(none)'}\`\n\n| Tags |\n|---|\n${rows}\n`;
}
/** The `metadata` mode: docker/metadata-action v6's outputs, bake files and DOCKER_METADATA_OUTPUT_* variables. */
async function runMetadata(inputs, ctx) {
    const setOutputEnv = (0,_meta_env_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .readEnvSettings */ .R)(ctx.env, () => new Date()).setOutputEnv;
    const meta = await (0,_github_metadata_sources_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveMetadata */ .M2)(inputs, ctx);
    if (!meta.version)
        ctx.log.warning('No Docker image version has been generated. Check tags input.');
    if (meta.tags.length === 0)
        ctx.log.warning('No Docker tag has been generated. Check tags input.');
    const bake = writeBakeFiles(meta, inputs.bakeTarget, ctx.env);
    const outputs = {
        ...(0,_meta_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .textOutputs */ .y6)(meta, {
            tags: inputs.sepTags,
            labels: inputs.sepLabels,
            annotations: inputs.sepAnnotations,
        }),
        'bake-file-tags': bake.tags,
        'bake-file-labels': bake.labels,
        'bake-file-annotations': bake.annotations,
        'bake-file': bake.all,
    };
    await ctx.log.group('Docker metadata', () => {
        for (const [name, value] of Object.entries(outputs))
            ctx.log.info(`${name}: ${value}`);
        return Promise.resolve();
    });
    const variables = setOutputEnv
        ? Object.fromEntries(Object.entries(outputs).map(([name, value]) => [(0,_meta_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .outputVariable */ .Qh)(name), value]))
        : undefined;
    return { outputs, ...(variables ? { variables } : {}), summary: summaryOf(meta) };
}


/***/ })

};
