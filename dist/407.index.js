export const id = 407;
export const ids = [407];
export const modules = {

/***/ 69407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  refuseForeignInputs: () => (/* binding */ refuseForeignInputs)
});

// UNUSED EXPORTS: INPUT_DEFAULTS

// EXTERNAL MODULE: ./src/base/input-error.ts
var input_error = __webpack_require__(91114);
;// CONCATENATED MODULE: ./src/inputs/names.ts
/**
 * Every input the action reads, in one table. `action.yml` declares exactly these (a test checks
 * it both ways), and the input reader only accepts these names, so a typo is a type error.
 */
const INPUT_NAMES = [
    'mode',
    // shared by several modes
    'images',
    'context',
    'platform',
    'github-token',
    'labels',
    'annotations',
    // registry login
    'registry',
    'username',
    'password',
    'logins',
    'insecure-registries',
    // metadata engine (docker/metadata-action's names)
    'tags',
    'flavor',
    'sep-tags',
    'sep-labels',
    'sep-annotations',
    'bake-target',
    'metadata-source',
    // build (docker/build-push-action's names)
    'file',
    'target',
    'build-args',
    'build-contexts',
    'secrets',
    'secret-files',
    'secret-envs',
    'ssh',
    'provenance',
    'sbom',
    'cache-from',
    'cache-to',
    'no-cache',
    'pull',
    'network',
    'shm-size',
    'ulimit',
    'builder',
    'outputs',
    'call',
    'push',
    'load',
    'platforms',
    'allow',
    'add-hosts',
    'attests',
    'no-cache-filters',
    'cgroup-parent',
    'reproducible',
    // export-digest
    'digest',
    'artifact-name',
    'retention-days',
    // merge
    'pattern',
    'run-id',
    'sources',
    'attestations',
    'expected-platforms',
    'dry-run',
];
/** The metadata engine's inputs, read by every mode that computes tags and labels. */
const METADATA_INPUTS = [
    'images',
    'tags',
    'flavor',
    'labels',
    'annotations',
    'sep-tags',
    'sep-labels',
    'sep-annotations',
    'bake-target',
    'metadata-source',
    'github-token',
];
/** Registry login inputs (docker/login-action's names, plus `logins`). */
const LOGIN_INPUTS = ['registry', 'username', 'password', 'logins'];
/**
 * The inputs each mode's parser reads, besides `mode` itself (which `main` reads for every mode).
 * An input given to a mode that does not read it is ignored, so the examples' test uses this table
 * to catch a workflow line that would do nothing; a test records what each parser reads and
 * compares it with this table.
 */
const MODE_INPUTS = {
    metadata: METADATA_INPUTS,
    build: [
        ...METADATA_INPUTS,
        ...LOGIN_INPUTS,
        'context',
        'platform',
        'file',
        'target',
        'build-args',
        'build-contexts',
        'secrets',
        'secret-files',
        'secret-envs',
        'ssh',
        'provenance',
        'sbom',
        'cache-from',
        'cache-to',
        'no-cache',
        'pull',
        'network',
        'shm-size',
        'ulimit',
        'builder',
        'outputs',
        'call',
        'push',
        'load',
        'platforms',
        'allow',
        'add-hosts',
        'attests',
        'no-cache-filters',
        'cgroup-parent',
        'reproducible',
    ],
    // `platform` and `images` are read only when `digest` is given.
    'export-digest': ['context', 'digest', 'platform', 'images', 'artifact-name', 'retention-days'],
    merge: [
        ...METADATA_INPUTS,
        ...LOGIN_INPUTS,
        'insecure-registries',
        'context',
        'pattern',
        'run-id',
        'sources',
        'attestations',
        'expected-platforms',
        'dry-run',
    ],
};

;// CONCATENATED MODULE: ./src/inputs/foreign-inputs.ts


/**
 * The defaults action.yml declares. The runner sets every input that has one, given or not, so
 * only a value other than the default was written in the workflow. (`github-token` defaults to an
 * expression the runner fills in: it cannot be told apart and is never refused.)
 */
const INPUT_DEFAULTS = {
    'sep-tags': '\n',
    'sep-labels': '\n',
    'sep-annotations': '\n',
    'bake-target': 'docker-metadata-action',
    'metadata-source': 'workflow',
    'no-cache': 'false',
    pull: 'false',
    push: 'true',
    load: 'false',
    reproducible: 'false',
    'retention-days': '1',
    attestations: 'keep',
    'dry-run': 'false',
};
const UNTELLABLE = new Set(['github-token']);
/**
 * Refuses an input the mode never reads: a line that would silently do nothing is a mistake in
 * the workflow (a typo'd mode, a line moved to the wrong step).
 */
function refuseForeignInputs(mode, raw) {
    const reads = new Set(MODE_INPUTS[mode]);
    for (const name of INPUT_NAMES) {
        if (name === 'mode' || reads.has(name) || UNTELLABLE.has(name))
            continue;
        const value = raw(name);
        if (value === '' || value === INPUT_DEFAULTS[name])
            continue;
        const readers = Object.keys(MODE_INPUTS).filter((m) => MODE_INPUTS[m].includes(name));
        const hint = mode === 'metadata' && name === 'context'
            ? `metadata-action's "context" is "metadata-source" here (got ${(0,input_error/* quote */.h)(value)})`
            : `it removed, or a mode that reads it (${readers.join(', ') || 'none'})`;
        throw new input_error/* InputError */.d(name, `is not read by mode "${mode}"`, hint);
    }
}


/***/ })

};
