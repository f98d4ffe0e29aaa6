/* global fetch, setTimeout */
// A real CNCF distribution registry for the benchmarks (`docker-registry serve <config.yml>`),
// without auth, on a free loopback port, with its access log on so that the requests a step
// sends can be counted on the server side too. The config mirrors
// __tests__/support/registry/launch.ts (which is TypeScript, so not importable from plain node).
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * @returns {Promise<{host: string, url: string, requests: () => string[], resetLog: () => void,
 *   stop: () => Promise<void>}>}
 */
export async function startBenchRegistry() {
  const dir = await mkdtemp(join(tmpdir(), 'bench-registry-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const config = [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: false',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(dir, 'data')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: ${host}`,
    `  secret: bench-secret-${port}`,
    '',
  ].join('\n');
  const configPath = join(dir, 'config.yml');
  await writeFile(configPath, config);
  const child = spawn('docker-registry', ['serve', configPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  // Access log lines (Apache combined format) arrive on stdout: `... "METHOD /path HTTP/1.1" status ...`
  let lines = [];
  let partial = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      const m = /"([A-Z]+) (\S+) HTTP\/[\d.]+" (\d+)/.exec(line);
      if (m) lines.push(`${m[1]} ${m[2]} ${m[3]}`);
    }
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c) => (stderr = (stderr + c).slice(-4000)));
  const url = `http://${host}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited: ${stderr}`);
    try {
      const res = await fetch(`${url}/v2/`);
      await res.body?.cancel();
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`docker-registry did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 30));
  }
  return {
    host,
    url,
    /** Requests logged since the last resetLog(), as `METHOD path status`. */
    requests: () => [...lines],
    resetLog: () => {
      lines = [];
    },
    /** Waits until the access log has caught up with `n` lines (it is written after the answer). */
    settle: async (n) => {
      const until = Date.now() + 2000;
      while (lines.length < n && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
    },
    stop: async () => {
      if (child.exitCode === null) {
        await new Promise((resolve) => {
          child.once('exit', resolve);
          child.kill('SIGTERM');
        });
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
