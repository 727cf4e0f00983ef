// Small statistics for the bench: median, nearest-rank percentiles, min and max of samples.
// Used by scripts/bench.mjs and benches/harness/report.mjs.

/** The nearest-rank `p`-th percentile (0–100) of sorted numbers. */
function percentile(sorted, p) {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

/** { n, median, p10, p90, min, max } of the numeric samples (nulls, i.e. failures, counted apart). */
export function summarize(samples) {
  const values = samples.filter((value) => typeof value === 'number' && Number.isFinite(value));
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return { n: 0, failed: samples.length, median: null, p10: null, p90: null, min: null, max: null };
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return {
    n: sorted.length,
    failed: samples.length - sorted.length,
    median: round(median),
    p10: round(percentile(sorted, 10)),
    p90: round(percentile(sorted, 90)),
    min: round(sorted[0]),
    max: round(sorted.at(-1)),
  };
}

/** a / b to two decimals, or null when either is missing. */
export function ratio(a, b) {
  return typeof a === 'number' && typeof b === 'number' && b > 0 ? Math.round((a / b) * 100) / 100 : null;
}

export function round(value, digits = 1) {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
