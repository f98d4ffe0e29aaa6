import type { RunCommand } from '../base/command.js';
import type { Env } from '../base/ports.js';

/** Reading a local repository takes milliseconds; a git that hangs (a lock, a prompt) must not. */
const GIT_TIMEOUT_MS = 10_000;

export interface GitCommit {
  ref: string;
  sha: string;
  commitDate: Date;
}

/**
 * The checked-out commit (metadata-action's `context: git`): HEAD's sha and committer date, and
 * its ref: the branch HEAD points at, or for a detached HEAD a tag or branch decorating it.
 */
export async function readGitCommit(run: RunCommand, cwd: string, env: Env): Promise<GitCommit> {
  const git = async (args: string[]): Promise<string> =>
    (await run('git', args, { cwd, env, timeoutMs: GIT_TIMEOUT_MS, echo: false })).stdout.trim();
  const [sha, date] = await Promise.all([git(['rev-parse', 'HEAD']), git(['log', '-1', '--format=%cI'])]);
  let ref: string;
  try {
    ref = await git(['symbolic-ref', 'HEAD']);
  } catch {
    ref = detachedRef(await git(['show', '-s', '--pretty=%D', 'HEAD']));
  }
  return { ref, sha, commitDate: new Date(date) };
}

/** Turns `git show --pretty=%D` decorations into a ref: a tag first, then a branch. */
export function detachedRef(decorations: string): string {
  const names = decorations
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  const tag = names.find((n) => n.startsWith('tag: '));
  if (tag) return `refs/tags/${tag.slice('tag: '.length)}`;
  const pull = names.find((n) => /^(?:[^/]+\/)?pull\/\d+\/(?:merge|head)$/.test(n));
  if (pull) return `refs/${pull.replace(/^[^/]+\/(?=pull\/)/, '')}`;
  const branch = names.find((n) => n !== 'HEAD' && n !== 'grafted' && !n.startsWith('HEAD ->'));
  if (branch) return `refs/heads/${branch.replace(/^[^/]+\//, '')}`;
  throw new Error(`cannot find a ref for the detached HEAD (${decorations || 'no decorations'})`);
}
