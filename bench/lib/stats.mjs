// Small statistics and table helpers shared by the benchmarks.

/** The q-quantile (nearest rank) of a list of numbers. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

export const median = (values) => quantile(values, 0.5);

/** Formats rows (arrays of cells) as a left-aligned text table under a header row. */
export function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

/**
 * The machine-readable line a benchmark prints last, for bench/run.mjs:
 * `BENCH {"rows":[{"name":..., "median":..., ...}]}`.
 */
export function emit(rows) {
  console.log(`BENCH ${JSON.stringify({ rows })}`);
}
