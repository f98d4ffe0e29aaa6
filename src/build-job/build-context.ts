import { join, relative, resolve } from 'node:path';
import { contextLabel } from '../artifact/artifact-name.js';
import { isLocalContext } from '../buildx/build-args.js';

/** Where a build's context and Dockerfile are, as the artifact names and annotations need them. */

/** `api` for `{{defaultContext}}:api`, `./api` or a Git URL ending in `:api`; undefined for the root. */
export function buildContextLabel(context: string): string | undefined {
  const git = /(?:\{\{defaultContext\}\}|#[^:]*):(.+)$/.exec(context.trim());
  return contextLabel(git ? git[1] : context.replace(/^\{\{defaultContext\}\}$/, ''));
}

/**
 * The Dockerfile as a path in the repository, which is what an annotation needs; undefined for
 * a remote (Git) context, where BuildKit's own name is all there is.
 */
export function dockerfileInWorkspace(
  context: string,
  file: string | undefined,
  workspace: string | undefined,
): string | undefined {
  if (!isLocalContext(context)) return undefined;
  const path = resolve(file ?? join(context, 'Dockerfile'));
  return relative(workspace || process.cwd(), path);
}
