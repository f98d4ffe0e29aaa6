import { describe, expect, test } from 'vitest';
import { inputVariable, parseFileCommands, runAction } from '../../scripts/runner.mjs';

describe('runner harness', () => {
  test('mangles input names like the runner', () => {
    expect(inputVariable('sep-tags')).toBe('INPUT_SEP-TAGS');
    expect(inputVariable('my input')).toBe('INPUT_MY_INPUT');
  });

  test('reads name=value lines and heredocs', () => {
    const text = 'a=1\nb<<ghadelimiter_x\nline 1\nline 2\nghadelimiter_x\nc=x=y\n';
    expect(parseFileCommands(text)).toEqual({ a: '1', b: 'line 1\nline 2', c: 'x=y' });
  });
});

describe('the bundle, started as the runner starts it', () => {
  test('an unknown mode fails with one line naming the input, and sets no output', async () => {
    const step = await runAction({ inputs: { mode: 'deploy' } });
    expect(step.exitCode).toBe(1);
    expect(step.errors).toEqual([
      'input "mode": "deploy" is not a mode; expected one of build, export-digest, merge, metadata',
    ]);
    expect(step.outputs).toEqual({});
    expect(step.state).toMatchObject({ isPost: 'true' });
  });

  test('the post step runs from the saved state and succeeds', async () => {
    const step = await runAction({ post: true, state: { mode: 'metadata' } });
    expect(step.exitCode).toBe(0);
    expect(step.errors).toEqual([]);
  });
});
