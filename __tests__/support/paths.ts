import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** This repository's captured fixtures: event payloads, API answers, the buildx recordings. */
export const FIXTURES = join(ROOT, '__tests__', 'fixtures');
/** Recordings of buildx v0.28.0 / BuildKit v0.24.0 (see buildx/README.md there). */
export const BUILDX_FIXTURES = join(FIXTURES, 'buildx');
export const REPLAY = join(BUILDX_FIXTURES, 'replay');
export const BUNDLE = join(ROOT, 'dist', 'index.js');
