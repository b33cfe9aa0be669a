import type { PhaseId, Practice } from "../framework/framework-schema.js";
import type { BandId, Scores } from "../scoring.js";
import { measureSummary, peerMedian, practiceAdoption, rankBand } from "./group-statistics.js";
import { publishedCount } from "./statistics.js";

/**
 * The figures a release stores for one published group, exactly as answers render them: the
 * organisation benchmark, /v1/benchmarks (JSON and CSV), trends, recommendations, what-if and the
 * report all read these and nothing else of others' data. Pure.
 */
export interface GroupFigures {
  /** Group size as shown (rounded). */
  readonly organisations: number;
  readonly measures: readonly NonNullable<ReturnType<typeof measureSummary>>[];
  readonly practices: readonly ReturnType<typeof practiceAdoption>[];
  /** Peer medians of the workforce snapshots, per figure; null under k reporting organisations. */
  readonly workforce: Readonly<Record<string, { median: number; organisations: number } | null>>;
}

export interface GroupInputs {
  readonly size: number;
  /** Histograms per measure (101 bins). */
  readonly bins: ReadonlyMap<string, readonly number[]>;
  /** Per practice, organisations per level. */
  readonly levels: ReadonlyMap<string, Readonly<Record<string, number>>>;
  /** Per workforce figure, the reported values of the members' snapshots. */
  readonly workforce: Readonly<Record<string, readonly number[]>>;
  /**
   * Measures and workforce figures withheld although the group is shown: their reporters (the members
   * with a score for the phase, or that reported the figure) fail the rules for a part of a group
   * (suppression.ts `subPopulationShown`).
   */
  readonly withheld?: ReadonlySet<string>;
}

export function groupFigures(
  inputs: GroupInputs,
  measures: readonly string[],
  practices: readonly Practice[],
  k: number,
): GroupFigures {
  const summaries: NonNullable<ReturnType<typeof measureSummary>>[] = [];
  for (const measure of measures) {
    const bins = inputs.bins.get(measure);
    if (bins === undefined || inputs.withheld?.has(measure)) continue;
    // A phase that applies to fewer than k members of the group shows no distribution.
    const summary = measureSummary(measure, bins, k);
    if (summary === null) continue;
    summaries.push({ ...summary, organisations: publishedCount(summary.organisations, k) });
  }
  return {
    organisations: publishedCount(inputs.size, k),
    measures: summaries,
    practices: practices.map((practice) => practiceAdoption(practice, inputs.levels.get(practice.id), inputs.size, k)),
    workforce: Object.fromEntries(
      Object.entries(inputs.workforce).map(([figure, values]) => [
        figure,
        inputs.withheld?.has(figure) ? null : peerMedian(values, k),
      ]),
    ),
  };
}

/**
 * A group's figures where some figures carry the values of an earlier state (docs/privacy.md, "Per
 * figure"): each carried figure (by name: a practice id, a measure, a workforce figure) takes its value
 * from the group's figures as last released, or is withheld where the group had none (newly shown):
 * never a fresh value. `measures` gives their order.
 */
export function withCarriedFigures(
  fresh: GroupFigures,
  previous: GroupFigures | undefined,
  carried: ReadonlySet<string>,
  measures: readonly string[],
): GroupFigures {
  if (carried.size === 0) return fresh;
  const kept = [
    ...fresh.measures.filter((summary) => !carried.has(summary.measure)),
    ...(previous?.measures ?? []).filter((summary) => carried.has(summary.measure)),
  ];
  return {
    organisations: fresh.organisations,
    measures: kept.sort((a, b) => measures.indexOf(a.measure) - measures.indexOf(b.measure)),
    practices: fresh.practices.map((practice) => {
      if (!carried.has(practice.practiceId)) return practice;
      const before = previous?.practices.find((candidate) => candidate.practiceId === practice.practiceId);
      return before ?? { ...practice, adoptionRate: null, levelShares: null, suppressed: true };
    }),
    workforce: Object.fromEntries(
      Object.entries(fresh.workforce).map(([figure, value]) => [
        figure,
        carried.has(figure) ? (previous?.workforce[figure] ?? null) : value,
      ]),
    ),
  };
}

/**
 * A score's place among a group's released peers: the band between the published quantiles it falls
 * in (the shared `rankBand`), or null when the measure is not shown there. It reads the published
 * quantiles only, so the benchmark, what-if and the report agree and no number of calls reveals more.
 */
export function releasedRankBand(
  figures: GroupFigures,
  measure: string,
  score: number | null,
): { from: number; to: number } | null {
  const summary = figures.measures.find((candidate) => candidate.measure === measure);
  return summary === undefined ? null : rankBand(score, summary);
}

/** One measure of an organisation's own scores placed among released peers. */
export interface MeasurePosition {
  readonly measure: "overall" | PhaseId;
  readonly score: number | null;
  readonly band: BandId | null;
  readonly rankBand: { from: number; to: number } | null;
  /** The peers' published distribution of the measure; undefined when it is not shown. */
  readonly summary: GroupFigures["measures"][number] | undefined;
}

/**
 * Overall, then each phase in the scores' order: the score and band as scored, the rank band among
 * `figures` (null without peers). The one computation behind the benchmark's measures and what-if's
 * current and hypothetical positions, so the same scores always read the same (issue 16).
 */
export function measurePositions(scores: Scores, figures: GroupFigures | null): MeasurePosition[] {
  const own = [
    { measure: "overall" as const, score: scores.overall.score, band: scores.overall.band },
    ...scores.phases.map((phase) => ({ measure: phase.phase, score: phase.score, band: phase.band })),
  ];
  return own.map(({ measure, score, band }) => ({
    measure,
    score,
    band,
    rankBand: figures === null ? null : releasedRankBand(figures, measure, score),
    summary: figures?.measures.find((candidate) => candidate.measure === measure),
  }));
}
