import type { Practice } from "../framework/framework-schema.js";
import { coarseShares, deciles, publishedCount, publishedShareStep, quartiles, totalOf } from "./statistics.js";

/**
 * What a shown group reveals: distributions per measure, adoption per practice (docs/privacy.md).
 * Pure. Every figure rests on at least k organisations:
 * - a measure (overall or a phase) is described only when at least k members have a score for it,
 *   and its deciles only from 2k on (with fewer, deciles would list the members' own scores);
 * - practice shares are taken over the whole group (n ≥ k), with "not applicable or not answered" as
 *   a share of its own, so subtracting one group's shares from another's never isolates fewer
 *   organisations than the group rule allows.
 */

export function measureSummary(measure: string, bins: readonly number[], k: number) {
  const organisations = totalOf(bins);
  if (organisations < k) return null;
  return { measure, organisations, ...quartiles(bins), deciles: organisations >= 2 * k ? deciles(bins) : [] };
}

/**
 * Where a score stands among the peers, no finer than the published quantiles: the band between two
 * neighbouring published points (the deciles when they are published, else the quartiles), as
 * percentiles, e.g. { from: 25, to: 50 } for "from p25 up to the median". A score level with a point
 * counts as at or above it. A function of the published figures and the own score only, so no
 * number of calls (what-if) reveals more than the quantiles themselves. One function for the
 * benchmark, what-if and the report.
 */
export function rankBand(
  score: number | null,
  published: {
    readonly p25: number | null;
    readonly median: number | null;
    readonly p75: number | null;
    readonly deciles: readonly (number | null)[];
  },
): { from: number; to: number } | null {
  if (score === null) return null;
  const useDeciles = published.deciles.length === 9 && published.deciles.every((point) => point !== null);
  const points: [number, number | null][] = useDeciles
    ? published.deciles.map((point, index): [number, number | null] => [(index + 1) * 10, point])
    : [
        [25, published.p25],
        [50, published.median],
        [75, published.p75],
      ];
  if (points.some(([, point]) => point === null)) return null;
  const reached = points.filter(([, point]) => score >= (point as number)).length;
  return {
    from: reached === 0 ? 0 : (points[reached - 1] as [number, number])[0],
    to: reached === points.length ? 100 : (points[reached] as [number, number])[0],
  };
}

/** A score's position within a measure, or nulls when the measure rests on fewer than k organisations. */
export function measurePosition(bins: readonly number[] | undefined, score: number | null, k: number) {
  const summary = bins === undefined ? null : measureSummary("", bins, k);
  if (summary === null || bins === undefined) {
    return { rankBand: null, p25: null, median: null, p75: null, deciles: [] as (number | null)[] };
  }
  return {
    rankBand: rankBand(score, summary),
    p25: summary.p25,
    median: summary.median,
    p75: summary.p75,
    deciles: summary.deciles,
  };
}

/**
 * Adoption of a practice in a shown group of `groupSize` organisations, every share rounded with a
 * step that grows as the group shrinks (statistics.ts `coarseShare`), so that all of a group's shares
 * together do not give away its size or its counts per level.
 */
export function practiceAdoption(
  practice: Practice,
  levels: Readonly<Record<string, number>> | undefined,
  groupSize: number,
  k: number,
) {
  const count = (level: string) => levels?.[level] ?? 0;
  const shown = groupSize >= k;
  const withLevel = ["0", "1", "2", "3", "4"].reduce((sum, level) => sum + count(level), 0);
  const shares = shown
    ? coarseShares(
        [count("0"), count("1"), count("2"), count("3"), count("4"), groupSize - withLevel],
        groupSize,
        publishedShareStep(groupSize, k),
      )
    : null;
  const share = (index: number) => (shares === null ? 0 : (shares[index] as number));
  return {
    practiceId: practice.id,
    phase: practice.phase,
    /** Share (%) of the whole group at maturity 3 or 4: the sum of those two level shares. */
    adoptionRate: shares === null ? null : share(3) + share(4),
    levelShares:
      shares === null
        ? null
        : {
            "0": share(0),
            "1": share(1),
            "2": share(2),
            "3": share(3),
            "4": share(4),
            notApplicableOrUnanswered: share(5),
          },
    suppressed: !shown,
  };
}

/**
 * A peer figure from organisation-level values (workforce shares): the median from at least k
 * reporting organisations, else null, rounded to the share step of that many reports (never finer than
 * 5 points), with the number of reports rounded as group sizes are. A median, not a mean: adding or
 * removing one organisation moves a mean by an amount that gives its value away; a median does not.
 */
export function peerMedian(values: readonly number[], k: number): { median: number; organisations: number } | null {
  if (values.length < k || values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  const step = Math.max(5, publishedShareStep(values.length, k));
  return {
    median: Math.min(100, Math.max(0, Math.round(median / step) * step)),
    organisations: publishedCount(values.length, k),
  };
}
