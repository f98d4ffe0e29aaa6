import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** `../shared/fixtures` beside the repository (read-only). */
export const SHARED_FIXTURES = resolve(ROOT, '..', 'shared', 'fixtures');
export const BUILDX_FIXTURES = join(SHARED_FIXTURES, 'buildx');
export const REPLAY = join(BUILDX_FIXTURES, 'replay');
/** This repository's own captured fixtures (event payloads, API answers). */
export const FIXTURES = join(ROOT, '__tests__', 'fixtures');
export const BUNDLE = join(ROOT, 'dist', 'index.js');
