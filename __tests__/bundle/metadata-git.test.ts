import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { detachedRef } from '../../src/github/git.js';
import { runAction } from '../../scripts/runner.mjs';

/** A workspace holding a real git repository with one commit made at a fixed time. */
function repository(): { workdir: string; git: (...args: string[]) => string } {
  const workdir = mkdtempSync(join(tmpdir(), 'dia-git-'));
  const workspace = join(workdir, 'workspace');
  mkdirSync(workspace);
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'a',
    GIT_AUTHOR_EMAIL: 'a@example.com',
    GIT_COMMITTER_NAME: 'a',
    GIT_COMMITTER_EMAIL: 'a@example.com',
    GIT_AUTHOR_DATE: '2024-03-05T10:00:00Z',
    GIT_COMMITTER_DATE: '2024-03-05T10:00:00Z',
  };
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: workspace, env, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'release/x');
  writeFileSync(join(workspace, 'f'), 'x');
  git('add', 'f');
  git('commit', '-q', '-m', 'one');
  return { workdir, git };
}

describe('metadata-source: git', () => {
  test('the checked-out branch, sha and commit date win over the event', async () => {
    const { workdir, git } = repository();
    const sha = git('rev-parse', 'HEAD');
    const step = await runAction({
      workdir,
      ref: 'refs/heads/main',
      inputs: {
        mode: 'metadata',
        images: 'ghcr.io/acme/app',
        'metadata-source': 'git',
        tags: "type=ref,event=branch\ntype=sha,format=long\ntype=raw,value={{commit_date 'YYYYMMDD'}}",
      },
    });
    expect(step.errors).toEqual([]);
    expect(step.outputs['tag-names']).toBe(`release-x\n20240305\nsha-${sha}`);
  });

  test('a detached HEAD at a tag gives the tag', async () => {
    const { workdir, git } = repository();
    git('tag', 'v1.2.3');
    git('checkout', '-q', '--detach', 'v1.2.3');
    const step = await runAction({
      workdir,
      ref: 'refs/heads/main',
      inputs: {
        mode: 'metadata',
        images: 'ghcr.io/acme/app',
        'metadata-source': 'git',
        tags: 'type=semver,pattern={{version}}',
      },
    });
    expect(step.errors).toEqual([]);
    expect(step.outputs.version).toBe('1.2.3');
  });

  test.each([
    ['HEAD, tag: v1.0.0, origin/main', 'refs/tags/v1.0.0'],
    ['HEAD, origin/pull/12/merge', 'refs/pull/12/merge'],
    ['HEAD, origin/feature/x', 'refs/heads/feature/x'],
  ])('decorations %j make %j', (decorations, ref) => {
    expect(detachedRef(decorations)).toBe(ref);
  });

  test('a HEAD without decorations is refused with a reason', () => {
    expect(() => detachedRef('HEAD')).toThrow('cannot find a ref for the detached HEAD (HEAD)');
  });
});
