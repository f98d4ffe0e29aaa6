import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';

/** What a directory holds, as far as a package-manager cache cares. */
export interface DirectoryDigest {
  /** 32 hex characters of a SHA-256 over the sorted tree. */
  digest: string;
  files: number;
  bytes: number;
}

/**
 * Digests a directory tree: each entry's relative path, kind, the executable bit, a file's bytes
 * and a link's target, in sorted order. Owners, timestamps and the other mode bits are left out
 * on purpose: a restore (tar under the runner's umask), an injection (chown) and an export
 * (SOURCE_DATE_EPOCH mtimes) change them without changing what a package manager finds.
 */
export async function digestDirectory(root: string): Promise<DirectoryDigest> {
  const hash = createHash('sha256');
  const totals = { files: 0, bytes: 0 };
  await walk(root, '', hash, totals);
  return { digest: hash.digest('hex').slice(0, 32), ...totals };
}

async function walk(
  root: string,
  rel: string,
  hash: Hash,
  totals: { files: number; bytes: number },
): Promise<void> {
  const names = (await readdir(join(root, rel))).sort();
  for (const name of names) {
    const path = rel === '' ? name : `${rel}/${name}`;
    const abs = join(root, path);
    const stat = await lstat(abs);
    // NUL cannot occur in a path: it keeps "a" + "b/c" apart from "ab" + "/c".
    if (stat.isDirectory()) {
      hash.update(`d\0${path}\0`);
      await walk(root, path, hash, totals);
    } else if (stat.isSymbolicLink()) {
      hash.update(`l\0${path}\0${await readlink(abs)}\0`);
    } else if (stat.isFile()) {
      hash.update(`f\0${path}\0${stat.mode & 0o100 ? 'x' : '-'}\0${stat.size}\0`);
      for await (const chunk of createReadStream(abs)) hash.update(chunk as Buffer);
      totals.files++;
      totals.bytes += stat.size;
    } else {
      hash.update(`o\0${path}\0`);
    }
  }
}
