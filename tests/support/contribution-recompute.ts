import type { Kysely } from "kysely";
import { expect } from "vitest";
import { SEPARATOR } from "../../src/domain/benchmark/aggregate-rows.js";
import { groupsOfContext } from "../../src/domain/benchmark/change-threshold.js";
import { type GroupFigures, groupFigures } from "../../src/domain/benchmark/release-figures.js";
import { currentReleaseInfo, getReleaseSummary, releasedLattice } from "../../src/store/benchmark-releases.js";
import { computeAggregatesFromAssessments } from "../../src/store/benchmarks.js";
import { loadFrameworkContent } from "../../src/store/frameworks.js";
import type { DatabaseSchema } from "../../src/store/schema.js";
import { REPRESENTATION_FIGURES } from "../../src/store/workforce.js";

/**
 * What the benchmark rests on, checked against the assessments themselves: the contribution rows a
 * submission or an erasure writes, and the figures a release cut folds from them.
 */

/** The stored contribution rows, as sorted `version⇥period⇥organisation=assessment` lines. */
export async function contributionRows(db: Kysely<DatabaseSchema>): Promise<string[]> {
  const rows = await db
    .selectFrom("benchmark_contributions")
    .select(["framework_version", "period", "organisation_id", "assessment_id"])
    .execute();
  return rows
    .map((row) => `${[row.framework_version, row.period, row.organisation_id].join(SEPARATOR)}=${row.assessment_id}`)
    .sort();
}

/** The contribution rows the assessments call for: each organisation's latest submission per version and period. */
export async function recomputedContributionRows(db: Kysely<DatabaseSchema>): Promise<string[]> {
  const { contributions } = await computeAggregatesFromAssessments(db);
  return contributions
    .map((row) => `${[row.frameworkVersion, row.period, row.organisationId].join(SEPARATOR)}=${row.assessmentId}`)
    .sort();
}

/** Contributing organisations per version⇥period in one group (`s|c|r`, `*` for any), from the stored rows. */
export async function contributorsIn(db: Kysely<DatabaseSchema>, groupKey: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom("benchmark_contributions")
    .innerJoin("assessments", "assessments.id", "benchmark_contributions.assessment_id")
    .select([
      "benchmark_contributions.framework_version as version",
      "benchmark_contributions.period as period",
      "assessments.sbi_section as section",
      "assessments.size_class as sizeClass",
      "assessments.region as region",
    ])
    .execute();
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (!groupsOfContext(`${row.section}|${row.sizeClass}|${row.region}`).includes(groupKey)) continue;
    const key = `${row.version}${SEPARATOR}${row.period}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** A group's figures without those named (figures carried from an earlier state: docs/privacy.md, "Per figure"). */
function without(figures: GroupFigures, carried: ReadonlySet<string>): GroupFigures {
  return {
    organisations: figures.organisations,
    measures: figures.measures.filter((summary) => !carried.has(summary.measure)),
    practices: figures.practices.filter((practice) => !carried.has(practice.practiceId)),
    workforce: Object.fromEntries(Object.entries(figures.workforce).filter(([figure]) => !carried.has(figure))),
  };
}

/** The figures a release's lattice carries from an earlier state (migration 0033), by name. */
async function carriedFigures(
  db: Kysely<DatabaseSchema>,
  releaseId: number,
  version: string,
  period: string,
): Promise<Set<string>> {
  const row = await db
    .selectFrom("benchmark_release_lattices")
    .select("carried_figures")
    .where("release_id", "=", releaseId)
    .where("framework_version", "=", version)
    .where("period", "=", period)
    .executeTakeFirstOrThrow();
  return new Set(typeof row.carried_figures === "string" ? Object.keys(JSON.parse(row.carried_figures) as object) : []);
}

/**
 * Checks every group of every lattice the current release refreshed (cut from the contributions as
 * they are now) against figures recomputed from the assessments alone, one contribution at a time
 * (`computeAggregatesFromAssessments`, not the cut's fold): every figure it does not carry from an
 * earlier state. Returns how many groups it compared.
 */
export async function expectReleaseEqualsRecompute(db: Kysely<DatabaseSchema>): Promise<number> {
  const release = await currentReleaseInfo(db);
  if (release === undefined) throw new Error("no release to compare");
  const summary = await getReleaseSummary(db, release.id);
  const { delta, contributions } = await computeAggregatesFromAssessments(db);
  const k = release.minimumGroupSize;
  let compared = 0;
  for (const lattice of summary?.lattices ?? []) {
    if (lattice.figuresReleaseId !== release.id) continue;
    const content = await loadFrameworkContent(db, lattice.frameworkVersion);
    if (content === undefined) throw new Error(`no content for ${lattice.frameworkVersion}`);
    const released = await releasedLattice(db, release.id, lattice.frameworkVersion, lattice.period);
    const carried = await carriedFigures(db, release.id, lattice.frameworkVersion, lattice.period);
    const prefix = `${lattice.frameworkVersion}${SEPARATOR}${lattice.period}${SEPARATOR}`;
    // The workforce snapshots of this lattice's contributions, per group they lie in.
    const workforce = new Map<string, Record<string, number[]>>();
    for (const contribution of contributions) {
      if (contribution.frameworkVersion !== lattice.frameworkVersion || contribution.period !== lattice.period)
        continue;
      const row = await db
        .selectFrom("assessments")
        .select(["sbi_section", "size_class", "region", "workforce_snapshot"])
        .where("id", "=", contribution.assessmentId)
        .executeTakeFirstOrThrow();
      if (row.workforce_snapshot === null) continue;
      const snapshot = JSON.parse(row.workforce_snapshot) as Record<string, number | null>;
      for (const group of groupsOfContext(`${row.sbi_section}|${row.size_class}|${row.region}`)) {
        const values =
          workforce.get(group) ?? Object.fromEntries(REPRESENTATION_FIGURES.map((figure) => [figure, [] as number[]]));
        workforce.set(group, values);
        for (const figure of REPRESENTATION_FIGURES) {
          const value = snapshot[figure];
          if (typeof value === "number") values[figure]?.push(value);
        }
      }
    }
    for (const [key, figures] of released?.groups ?? []) {
      const bins = new Map<string, number[]>();
      const levels = new Map<string, Record<string, number>>();
      const at = `${prefix}${key}${SEPARATOR}`;
      for (const [row, count] of delta.bins) {
        if (!row.startsWith(at) || count === 0) continue;
        const [measure = "", bin = "0"] = row.slice(at.length).split(SEPARATOR);
        const histogram = bins.get(measure) ?? new Array<number>(101).fill(0);
        histogram[Number(bin)] = count;
        bins.set(measure, histogram);
      }
      for (const [row, count] of delta.levels) {
        if (!row.startsWith(at) || count === 0) continue;
        const [practiceId = "", level = ""] = row.slice(at.length).split(SEPARATOR);
        levels.set(practiceId, { ...levels.get(practiceId), [level]: count });
      }
      const recomputed = groupFigures(
        {
          size: delta.groups.get(`${prefix}${key}`) ?? 0,
          bins,
          levels,
          workforce:
            workforce.get(key) ?? Object.fromEntries(REPRESENTATION_FIGURES.map((figure) => [figure, [] as number[]])),
        },
        ["overall", ...content.phases.map((phase) => phase.id)],
        content.practices,
        k,
      );
      expect(without(figures, carried), `${prefix}${key}`).toEqual(without(recomputed, carried));
      compared++;
    }
  }
  return compared;
}
