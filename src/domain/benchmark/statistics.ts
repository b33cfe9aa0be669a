/**
 * Statistics from a 1-point histogram (counts per bin 0–100). Pure; cost independent of how many
 * organisations the histogram counts.
 */

export function totalOf(bins: readonly number[]): number {
  return bins.reduce((sum, count) => sum + count, 0);
}

/** Share (0–100) of the group scoring below `score`, counting half of those in the same bin. */
export function percentileRank(bins: readonly number[], score: number): number | null {
  const total = totalOf(bins);
  if (total === 0) return null;
  const bin = Math.min(100, Math.max(0, Math.floor(score)));
  const below = bins.slice(0, bin).reduce((sum, count) => sum + count, 0);
  return Math.round((1000 * (below + 0.5 * (bins[bin] ?? 0))) / total) / 10;
}

/** The score (bin lower bound) at quantile q: the smallest bin where the cumulative share reaches q. */
export function quantile(bins: readonly number[], q: number): number | null {
  const total = totalOf(bins);
  if (total === 0) return null;
  let cumulative = 0;
  for (let bin = 0; bin < bins.length; bin++) {
    cumulative += bins[bin] ?? 0;
    if (cumulative >= q * total) return bin;
  }
  return bins.length - 1;
}

export function quartiles(bins: readonly number[]) {
  return { p25: quantile(bins, 0.25), median: quantile(bins, 0.5), p75: quantile(bins, 0.75) };
}

export function deciles(bins: readonly number[]): (number | null)[] {
  return [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((q) => quantile(bins, q));
}

/** Counts in group descriptions are shown rounded to a multiple of 5 (never below k's own rounding). */
export function roundedCount(count: number, to = 5): number {
  return Math.round(count / to) * to;
}
