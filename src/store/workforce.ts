import type { Kysely } from "kysely";
import type { Storage, WriteStatement } from "../db/storage.js";
import { ALL_PERIODS } from "../domain/benchmark/peer-groups.js";
import type { DatabaseSchema } from "./schema.js";

/** Where the figures came from (docs/measurement.md: the lawful routes to them). */
export const WORKFORCE_SOURCES = ["survey", "cbsBarometer", "hrSystem", "estimate"] as const;
export type WorkforceSource = (typeof WORKFORCE_SOURCES)[number];

/**
 * Organisation-level workforce figures (percentages, and the headcounts that show how many people a
 * share describes), never about a person. One object per organisation, so it can be snapshotted whole.
 */
export interface WorkforceContext {
  readonly referenceYear: number | null;
  readonly migrationBackgroundShare: number | null;
  readonly migrationBackgroundManagementShare: number | null;
  readonly migrationBackgroundHiresShare: number | null;
  readonly learningParticipationWithMigrationBackground: number | null;
  readonly learningParticipationWithoutMigrationBackground: number | null;
  readonly agedOver55Share: number | null;
  readonly atMostMbo2Share: number | null;
  readonly routineWorkShare: number | null;
  readonly labourMigrantShare: number | null;
  readonly agencyWorkerShare: number | null;
  readonly statushouderShare: number | null;
  readonly managerCount: number | null;
  readonly hiresCount: number | null;
  readonly source: WorkforceSource | null;
}

export const EMPTY_WORKFORCE: WorkforceContext = {
  referenceYear: null,
  migrationBackgroundShare: null,
  migrationBackgroundManagementShare: null,
  migrationBackgroundHiresShare: null,
  learningParticipationWithMigrationBackground: null,
  learningParticipationWithoutMigrationBackground: null,
  agedOver55Share: null,
  atMostMbo2Share: null,
  routineWorkShare: null,
  labourMigrantShare: null,
  agencyWorkerShare: null,
  statushouderShare: null,
  managerCount: null,
  hiresCount: null,
  source: null,
};

export async function getWorkforce(
  db: Kysely<DatabaseSchema>,
  organisationId: string,
): Promise<(WorkforceContext & { updatedAt: string }) | undefined> {
  const row = await db
    .selectFrom("organisation_workforce")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    referenceYear: row.reference_year,
    migrationBackgroundShare: row.migration_background_share,
    migrationBackgroundManagementShare: row.migration_background_management_share,
    migrationBackgroundHiresShare: row.migration_background_hires_share,
    learningParticipationWithMigrationBackground: row.learning_participation_with_migration_background,
    learningParticipationWithoutMigrationBackground: row.learning_participation_without_migration_background,
    agedOver55Share: row.aged_over_55_share,
    atMostMbo2Share: row.at_most_mbo2_share,
    routineWorkShare: row.routine_work_share,
    labourMigrantShare: row.labour_migrant_share,
    agencyWorkerShare: row.agency_worker_share,
    statushouderShare: row.statushouder_share,
    managerCount: row.manager_count,
    hiresCount: row.hires_count,
    source: row.source as WorkforceSource | null,
    updatedAt: row.updated_at,
  };
}

export async function putWorkforce(
  storage: Storage,
  organisationId: string,
  context: WorkforceContext,
  now: Date,
  alsoWrite: readonly WriteStatement[] = [],
): Promise<void> {
  const values = {
    reference_year: context.referenceYear,
    migration_background_share: context.migrationBackgroundShare,
    migration_background_management_share: context.migrationBackgroundManagementShare,
    migration_background_hires_share: context.migrationBackgroundHiresShare,
    learning_participation_with_migration_background: context.learningParticipationWithMigrationBackground,
    learning_participation_without_migration_background: context.learningParticipationWithoutMigrationBackground,
    aged_over_55_share: context.agedOver55Share,
    at_most_mbo2_share: context.atMostMbo2Share,
    routine_work_share: context.routineWorkShare,
    labour_migrant_share: context.labourMigrantShare,
    agency_worker_share: context.agencyWorkerShare,
    statushouder_share: context.statushouderShare,
    manager_count: context.managerCount,
    hires_count: context.hiresCount,
    source: context.source,
    updated_at: now.toISOString(),
  };
  await storage.writeAtomically([
    storage.db
      .insertInto("organisation_workforce")
      .values({ organisation_id: organisationId, ...values })
      .onConflict((conflict) => conflict.column("organisation_id").doUpdateSet(values)),
    ...alsoWrite,
  ]);
}

/** The representation figures a report sets next to the peer group's (organisation-level shares). */
export const REPRESENTATION_FIGURES = [
  "migrationBackgroundShare",
  "migrationBackgroundManagementShare",
  "migrationBackgroundHiresShare",
  "learningParticipationWithMigrationBackground",
  "learningParticipationWithoutMigrationBackground",
] as const;
export type RepresentationFigure = (typeof REPRESENTATION_FIGURES)[number];

/**
 * The representation figures of the organisations in a peer group (those whose latest submission for
 * the version counts in the group), one list of reported values per figure. The caller decides what
 * may be shown (docs/privacy.md: a median from at least k reporting organisations).
 */
export async function peerRepresentationFigures(
  db: Kysely<DatabaseSchema>,
  frameworkVersion: string,
  group: { section: string | null; sizeClass: string | null; region: string | null },
): Promise<Record<RepresentationFigure, number[]>> {
  let query = db
    .selectFrom("benchmark_contributions")
    .innerJoin("assessments", "assessments.id", "benchmark_contributions.assessment_id")
    .innerJoin(
      "organisation_workforce",
      "organisation_workforce.organisation_id",
      "benchmark_contributions.organisation_id",
    )
    .select([
      "organisation_workforce.migration_background_share as migrationBackgroundShare",
      "organisation_workforce.migration_background_management_share as migrationBackgroundManagementShare",
      "organisation_workforce.migration_background_hires_share as migrationBackgroundHiresShare",
      "organisation_workforce.learning_participation_with_migration_background as learningParticipationWithMigrationBackground",
      "organisation_workforce.learning_participation_without_migration_background as learningParticipationWithoutMigrationBackground",
    ])
    .where("benchmark_contributions.framework_version", "=", frameworkVersion)
    .where("benchmark_contributions.period", "=", ALL_PERIODS);
  if (group.section !== null) query = query.where("assessments.sbi_section", "=", group.section);
  if (group.sizeClass !== null) query = query.where("assessments.size_class", "=", group.sizeClass);
  if (group.region !== null) query = query.where("assessments.region", "=", group.region);
  const rows = await query.execute();
  const figures = Object.fromEntries(REPRESENTATION_FIGURES.map((figure) => [figure, [] as number[]])) as Record<
    RepresentationFigure,
    number[]
  >;
  for (const row of rows) {
    for (const figure of REPRESENTATION_FIGURES) {
      const value = row[figure];
      if (value !== null) figures[figure].push(value);
    }
  }
  return figures;
}
