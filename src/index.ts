import { main, post } from './main.js';

// The runner starts this file twice when the step has a post hook: once for the step and once,
// at the end of the job, with the state the step saved (STATE_isPost).
await (process.env['STATE_isPost'] === 'true' ? post() : main());
