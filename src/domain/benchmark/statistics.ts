/**
 * Statistics from a 1-point histogram (counts per bin 0–100). Pure; cost independent of how many
 * organisations the histogram counts.
 */

export function totalOf(bins: readonly number[]): number {
  return bins.reduce((sum, count) => sum + count, 0);
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

/**
 * Published counts are rounded with a step that grows with the count (10 below 100, then 25, 50,
 * 100, …: about a tenth of it, never finer than 10), so a group's size is known only roughly and one
 * organisation more or less rarely shows (docs/privacy.md, "No exact counts").
 */
const COUNT_STEPS = [10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000] as const;

export function countStep(count: number): number {
  return COUNT_STEPS.find((step) => step * 10 >= count) ?? 10_000;
}

export function roundedCount(count: number): number {
  const step = countStep(count);
  return Math.round(count / step) * step;
}

/**
 * Shares (%) are multiples of a step from a fixed ladder that is at least twice what one organisation
 * weighs (2 · 100 / n percentage points), and the shares of one split (the answer levels of a
 * practice) are rounded together so that they add up to exactly 100: each is its exact value rounded
 * down or up to the step, the largest remainders up (ties by position). Rounded one by one, shares
 * that all round the same way add up to more or less than 100 and, with the counts summing to n,
 * pin the group size and every count; rounded together they do not (tests/unit/count-recovery.test.ts
 * runs the attack).
 */
const SHARE_STEPS = [1, 2, 5, 10, 20, 25, 50] as const;
const SHARE_STEP_FACTOR = 2;

export function shareStep(of: number): number {
  const finest = (SHARE_STEP_FACTOR * 100) / of;
  return SHARE_STEPS.find((step) => step >= finest) ?? 50;
}

/** The shares (%) of `counts`, which add up to `of`, rounded together to `shareStep(of)` (summing to 100). */
export function coarseShares(counts: readonly number[], of: number): number[] {
  const step = shareStep(of);
  // Every step divides 100, so the shares are whole numbers of units; all arithmetic stays integer.
  const units = 100 / step;
  const shares = counts.map((count) => Math.floor((count * units) / of));
  const remainders = counts.map((count, index) => ({ index, remainder: (count * units) % of }));
  remainders.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  let left = units - shares.reduce((sum, share) => sum + share, 0);
  for (const { index } of remainders) {
    if (left <= 0) break;
    shares[index] = (shares[index] as number) + 1;
    left--;
  }
  return shares.map((share) => share * step);
}
