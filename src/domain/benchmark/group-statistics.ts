import type { Practice } from "../framework/framework-schema.js";
import { deciles, percentileRank, quartiles, roundedCount, totalOf } from "./statistics.js";

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

/** A score's position within a measure, or nulls when the measure rests on fewer than k organisations. */
export function measurePosition(bins: readonly number[] | undefined, score: number | null, k: number) {
  const summary = bins === undefined ? null : measureSummary("", bins, k);
  if (summary === null || bins === undefined) {
    return { percentileRank: null, p25: null, median: null, p75: null, deciles: [] as (number | null)[] };
  }
  return {
    percentileRank: score === null ? null : percentileRank(bins, score),
    p25: summary.p25,
    median: summary.median,
    p75: summary.p75,
    deciles: summary.deciles,
  };
}

const share = (count: number, of: number) => Math.round((1000 * count) / of) / 10;

/** Adoption of a practice in a shown group of `groupSize` organisations. */
export function practiceAdoption(
  practice: Practice,
  levels: Readonly<Record<string, number>> | undefined,
  groupSize: number,
  k: number,
) {
  const count = (level: string) => levels?.[level] ?? 0;
  const shown = groupSize >= k;
  const withLevel = ["0", "1", "2", "3", "4"].reduce((sum, level) => sum + count(level), 0);
  return {
    practiceId: practice.id,
    phase: practice.phase,
    /** Share (%) of the whole group at maturity 3 or 4. */
    adoptionRate: shown ? share(count("3") + count("4"), groupSize) : null,
    levelShares: shown
      ? {
          "0": share(count("0"), groupSize),
          "1": share(count("1"), groupSize),
          "2": share(count("2"), groupSize),
          "3": share(count("3"), groupSize),
          "4": share(count("4"), groupSize),
          notApplicableOrUnanswered: share(groupSize - withLevel, groupSize),
        }
      : null,
    suppressed: !shown,
  };
}

/**
 * A peer figure from organisation-level values (workforce shares): the median, rounded to a whole
 * percentage, from at least k reporting organisations, else null. A median, not a mean: adding or
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
  return { median: Math.round(median), organisations: roundedCount(values.length) };
}
