import { InputError, quote } from '../base/input-error.js';

/**
 * build-push-action's `tags` are full references (`ghcr.io/org/app:1.2`); here `tags` are
 * metadata-action rules and a bare line is a raw tag, which would mangle such a reference into
 * `ghcr.io-org-app-1.2`. Refuse it and say where each half goes.
 */
export function refuseImageReferences(tags: string): void {
  for (const line of tags.split(/\r?\n/).map((l) => l.trim())) {
    if (line === '' || line.startsWith('#') || line.includes('=')) continue;
    if (/[/:@]/.test(line)) {
      throw new InputError(
        'tags',
        `${quote(line)} is an image reference (build-push-action's grammar)`,
        'metadata-action tag rules such as "type=raw,value=1.2"; the repository goes in "images"',
      );
    }
  }
}
