export { startRegistry, freePort, TEST_USER, TEST_PASSWORD } from './launch.js';
export type { AuthMode, TestRegistry } from './launch.js';
export { startFaultProxy } from './fault-proxy.js';
export type { FaultProxy, FaultRule, ProxiedRequest } from './fault-proxy.js';
export { pushReplay, replayObjects, replayBytes } from './replay.js';
export type { ReplayObject, BasicCredentials } from './replay.js';
export { startTokenServer } from './token-server.js';
export type { TokenServer } from './token-server.js';
export { recordingLog } from './log.js';
