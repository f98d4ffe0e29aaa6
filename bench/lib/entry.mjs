// Which bundle the benchmarks run: $BENCH_DIST/index.js when set (a private `ncc build` output,
// so that another `npm run package` in the same checkout cannot pull the files away mid-run),
// else dist/index.js.
import { join, resolve } from 'node:path';

export const ENTRY = join(
  resolve(process.env.BENCH_DIST ?? join(import.meta.dirname, '../../dist')),
  'index.js',
);
