// Runs one operation of src/artifact/store.ts over the real @actions/artifact client, in its own
// process (run-driver.ts bundles it with esbuild and starts it), so the client's process.env is the child's.
//
// Operations: {"op":"upload", ...UploadRequest} {"op":"list", ...ListRequest}
//             {"op":"list+download", ...ListRequest, "tempDir"}
// Answer: one RESULT_MARK line with {"ok":true,"value",logs} or {"ok":false,"error":{name,message},logs}.
import type { Log } from '../../../src/base/ports.js';
import { createDigestStore } from '../../../src/artifact/store.js';

const RESULT_MARK = '@@artifact-driver-result ';
const logs: string[] = [];
const log: Log = {
  debug: (m) => logs.push(`debug: ${m}`),
  info: (m) => logs.push(`info: ${m}`),
  warning: (m) => logs.push(`warning: ${m}`),
  error: (m) => logs.push(`error: ${m}`),
  group: (_name, fn) => fn(),
};

const operation = JSON.parse(process.argv[2] ?? '{}') as Record<string, unknown> & { op: string };
const store = createDigestStore({ log });

async function run(): Promise<unknown> {
  switch (operation.op) {
    case 'upload':
      return store.uploadDigestRecord(operation as never);
    case 'list':
      return store.listDigestArtifacts(operation as never);
    case 'list+download': {
      const listing = await store.listDigestArtifacts(operation as never);
      const records = await store.downloadDigestRecords(listing.matched, operation.tempDir as string);
      return { listing, records };
    }
    default:
      throw new Error(`unknown operation ${JSON.stringify(operation.op)}`);
  }
}

try {
  const value = await run();
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify({ ok: true, value: { result: value, logs } })}\n`);
} catch (error) {
  const e = error as Error;
  process.stdout.write(
    `\n${RESULT_MARK}${JSON.stringify({ ok: false, error: { name: e.name, message: e.message, logs } })}\n`,
  );
}
