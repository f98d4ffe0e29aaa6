import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  CommandFailedError,
  CommandStartError,
  CommandTimeoutError,
  lastMeaningfulLine,
} from '../../../src/base/command.js';
import { execCommands } from '../../../src/runner/command.js';
import { recordingLog } from '../../support/registry/log.js';

const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin' };

describe('the command adapter over @actions/exec', () => {
  test('passes stdin, captures stdout, echoes the command line and the output', async () => {
    const log = recordingLog();
    const result = await execCommands(log)('sh', ['-c', 'read line; echo "got $line"'], {
      env,
      stdin: 'the-server-key\n',
      timeoutMs: 10_000,
    });
    expect(result).toEqual({ exitCode: 0, stdout: 'got the-server-key\n', stderrTail: '' });
    expect(log.lines).toEqual([
      `info: [command]sh -c 'read line; echo "got $line"'`,
      'info: got the-server-key',
    ]);
  });

  test('the child never sees the action inputs (passwords, secrets)', async () => {
    const result = await execCommands(recordingLog())('sh', ['-c', 'env'], {
      env: { ...env, INPUT_PASSWORD: 'hunter2', INPUT_SECRETS: 'id=x,src=y', KEEP_ME: 'yes' },
      timeoutMs: 10_000,
      echo: false,
    });
    expect(result.stdout).toContain('KEEP_ME=yes');
    expect(result.stdout).not.toContain('hunter2');
    expect(result.stdout).not.toContain('INPUT_');
  });

  test('a non-zero exit names the cause, not the hint docker prints after it', async () => {
    const run = execCommands(recordingLog());
    const error = await run(
      'sh',
      [
        '-c',
        `echo 'docker: Error response from daemon: pull access denied for tonistiigi/binfmt.' >&2; echo "Run 'docker run --help' for more information" >&2; exit 125`,
      ],
      { env, timeoutMs: 10_000 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandFailedError);
    expect((error as Error).message).toMatch(
      /^sh -c .* failed with exit code 125: docker: Error response from daemon: pull access denied for tonistiigi\/binfmt\.$/,
    );
    const allowed = await run('sh', ['-c', 'exit 3'], { env, timeoutMs: 10_000, allowFailure: true });
    expect(allowed.exitCode).toBe(3);
  });

  test('a child that outlives its time is stopped and the error says so', async () => {
    const marker = `/tmp/dia-timeout-${process.pid}-${Date.now()}`;
    const started = Date.now();
    const error = await execCommands(recordingLog())('sh', ['-c', `sleep 30; touch ${marker}`], {
      env,
      timeoutMs: 300,
      echo: false,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandTimeoutError);
    expect((error as Error).message).toMatch(/^sh -c sleep 30; .* timed out after 300 ms and was stopped$/);
    expect(Date.now() - started).toBeLessThan(10_000);
    // Neither the shell nor its sleep survived to run the next command.
    await new Promise((done) => setTimeout(done, 500));
    expect(existsSync(marker)).toBe(false);
    expect(execSync(`ps -eo args`, { encoding: 'utf8' })).not.toContain(marker);
  });

  test('a timeout stops its own child only, not a twin with the same argv', async () => {
    const run = execCommands(recordingLog());
    const args = ['-c', 'sleep 1; echo done'];
    const [short, long] = await Promise.allSettled([
      run('sh', args, { env, timeoutMs: 200, echo: false }),
      run('sh', args, { env, timeoutMs: 10_000, echo: false }),
    ]);
    expect(short.status).toBe('rejected');
    expect(long).toMatchObject({ status: 'fulfilled', value: { stdout: 'done\n' } });
  });

  test('a child ended by a signal is told apart from one that failed', async () => {
    const error = await execCommands(recordingLog())('sh', ['-c', 'kill -9 $$'], {
      env,
      timeoutMs: 10_000,
      echo: false,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandFailedError);
    expect(error).toMatchObject({ killed: true, exitCode: 137 });
    expect((error as Error).message).toBe(
      'sh -c kill -9 $$ was killed by a signal before it finished (out of memory, or the job was cancelled)',
    );
  });

  test('a missing program is one clear line', async () => {
    const error = await execCommands(recordingLog())('docker-credential-absent', ['get'], {
      env,
      timeoutMs: 10_000,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandStartError);
    expect((error as Error).message).toBe('cannot run docker-credential-absent: not found on PATH');
  });

  test('untrusted output is fenced: the runner ignores workflow commands inside it', async () => {
    const log = recordingLog();
    await execCommands(log)('sh', ['-c', 'echo "::add-mask::oops"; echo "::set-output name=x::y"'], {
      env,
      timeoutMs: 10_000,
      untrustedOutput: true,
    });
    const fence = /^info: ::stop-commands::([0-9a-f]{32})$/.exec(log.lines[1] ?? '')?.[1];
    expect(fence).toBeDefined();
    expect(log.lines.slice(2)).toEqual([
      'info: ::add-mask::oops',
      'info: ::set-output name=x::y',
      `info: ::${fence}::`,
    ]);
  });

  test('the last meaningful line skips blank lines and --help hints', () => {
    expect(lastMeaningfulLine("ERROR: failed to solve\n\nSee 'docker buildx build --help'.\n")).toBe(
      'ERROR: failed to solve',
    );
  });
});
