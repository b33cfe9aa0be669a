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
 * A count as published where only counts of at least k are shown: rounded, except that when k is
 * the last count that rounds to its value (k = 14: 5…14 round to 10, and 5…13 are never shown), the
 * rounded count alone would name it; then k is published with the counts above it.
 */
export function publishedCount(count: number, k: number): number {
  const rounded = roundedCount(count);
  return count <= Math.max(1, k) && roundedCount(count + 1) !== rounded ? roundedCount(count + 1) : rounded;
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

/**
 * The share step a published figure over `of` organisations uses, when only groups of at least `k`
 * are shown: the step of the smallest such group that publishes the same rounded count. A step taken
 * from `of` itself tells which sizes are possible (at k = 9, a step of 25 with a published size of 10
 * leaves only n = 9, since n = 8 is not shown and 10…14 use 20); taken from what is published (the
 * rounded count and k), it tells nothing more. Never finer than `shareStep(of)`: the smallest alike
 * group is at most `of`.
 */
export function publishedShareStep(of: number, k: number): number {
  return shareStep(smallestAlike(of, k));
}

/** The smallest size of at least k (and 1) that publishes the same count as `of` (publishedCount never decreases). */
function smallestAlike(of: number, k: number): number {
  const published = publishedCount(of, k);
  let low = Math.min(of, Math.max(1, k));
  let high = of;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (publishedCount(middle, k) === published) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The shares (%) of `counts`, which add up to `of`, rounded together to `step` (summing to 100). The
 * step defaults to `shareStep(of)`; published figures pass `publishedShareStep(of, k)`.
 */
export function coarseShares(counts: readonly number[], of: number, step: number = shareStep(of)): number[] {
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
