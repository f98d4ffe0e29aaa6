#!/usr/bin/env node
// Runs one operation of the real @actions/artifact client in its own process, so that its
// process.env (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL, ...) is the child's, never the test's.
//
//   node client-driver.mjs '<json operation>'
//
// Operations: {"op":"upload","name","root","files":[paths],"retentionDays"?}
//             {"op":"list","latest"?,"findBy"?} {"op":"get","name","findBy"?}
//             {"op":"download","id","path","expectedHash"?,"findBy"?} {"op":"delete","name","findBy"?}
// The client logs workflow commands on stdout; the answer is the one line starting with RESULT_MARK:
// {"ok":true,"value":...} or {"ok":false,"error":{"name","message"}}.
import { DefaultArtifactClient } from '@actions/artifact';

const RESULT_MARK = '@@artifact-driver-result ';

const operation = JSON.parse(process.argv[2] ?? '{}');
const client = new DefaultArtifactClient();
const findBy = operation.findBy ? { findBy: operation.findBy } : {};

async function run() {
  switch (operation.op) {
    case 'upload':
      return client.uploadArtifact(operation.name, operation.files, operation.root, {
        retentionDays: operation.retentionDays,
      });
    case 'list':
      return client.listArtifacts({ latest: operation.latest ?? false, ...findBy });
    case 'get':
      return client.getArtifact(operation.name, findBy);
    case 'download':
      return client.downloadArtifact(operation.id, {
        path: operation.path,
        expectedHash: operation.expectedHash,
        ...findBy,
      });
    case 'delete':
      return client.deleteArtifact(operation.name, findBy);
    default:
      throw new Error(`unknown operation ${JSON.stringify(operation.op)}`);
  }
}

try {
  const value = await run();
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify({ ok: true, value })}\n`);
} catch (error) {
  const e = /** @type {Error} */ (error);
  process.stdout.write(
    `\n${RESULT_MARK}${JSON.stringify({ ok: false, error: { name: e.name, message: e.message } })}\n`,
  );
}
