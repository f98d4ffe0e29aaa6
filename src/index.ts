import module from 'node:module';

// Node >= 22.1 can keep V8's compiled code of the bundle on disk: a job runs this action several
// times (build, its post step, export-digest), and every start after the first skips compiling
// the toolkit it loads. Enabled before anything else is loaded; absent on Node 20, where it is
// skipped. The cache lives in the OS temp directory, which a hosted runner empties between jobs.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { main, post } = await import('./main.js');

// The runner starts this file twice when the step has a post hook: once for the step and once,
// at the end of the job, with the state the step saved (STATE_isPost).
await (process.env['STATE_isPost'] === 'true' ? post() : main());

// Idle keep-alive connections in fetch's pool would hold the process open for a while after the
// work is done (about 150 ms against a registry on loopback). Every output and file command is
// written by now; exit once stdout has drained, with the exit code the step set.
process.stdout.write('', () => process.exit());
