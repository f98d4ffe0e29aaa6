import { execFile } from 'node:child_process';

/** Runs git with an argument array in `cwd`; resolves to trimmed stdout, rejects with stderr. */
function git(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, timeout: 10_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args.join(' ')} failed: ${stderr.trim() || error.message}`));
      else resolve(stdout.trim());
    });
  });
}

export interface GitCommit {
  ref: string;
  sha: string;
  commitDate: Date;
}

/**
 * The checked-out commit (metadata-action's `context: git`): HEAD's sha and committer date, and
 * its ref: the branch HEAD points at, or for a detached HEAD a tag or branch decorating it.
 */
export async function readGitCommit(cwd: string): Promise<GitCommit> {
  const [sha, date] = await Promise.all([
    git(cwd, ['rev-parse', 'HEAD']),
    git(cwd, ['log', '-1', '--format=%cI']),
  ]);
  let ref: string;
  try {
    ref = await git(cwd, ['symbolic-ref', 'HEAD']);
  } catch {
    ref = detachedRef(await git(cwd, ['show', '-s', '--pretty=%D', 'HEAD']));
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
