import { setFlagsFromString } from 'node:v8';
import { main, post } from './main.js';

// On Node 20, fetch parses HTTP with a WebAssembly build of llhttp that V8 optimises on
// background threads, and the process waits for them before it exits: about 150 ms added to
// every step that spoke to a registry or to the artifact service. The baseline compiler alone is
// fast enough for a few dozen requests. Node 24 has the same wait but ignores this flag when it
// is set at run time (measured), so it is set only where it works. Set before the first fetch.
if (Number(process.versions.node.split('.')[0]) < 22) setFlagsFromString('--liftoff-only');

// The runner starts this file twice when the step has a post hook: once for the step and once,
// at the end of the job, with the state the step saved (STATE_isPost).
await (process.env['STATE_isPost'] === 'true' ? post() : main());

// Idle keep-alive connections in fetch's pool would hold the process open for a while after the
// work is done (about 150 ms against a registry on loopback). Every output and file command is
// written by now; exit once stdout has drained, with the exit code the step set.
process.stdout.write('', () => process.exit());
