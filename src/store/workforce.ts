import { type Kysely, sql } from "kysely";
import type { Storage, WriteStatement } from "../db/storage.js";
import type { WorkforceShares } from "../domain/workforce-minimum-people.js";
import { preparedQuery } from "./prepared-query.js";
import type { DatabaseSchema } from "./schema.js";

/** Where the figures came from (docs/measurement.md: the lawful routes to them). */
export const WORKFORCE_SOURCES = ["survey", "cbsBarometer", "hrSystem", "estimate"] as const;
export type WorkforceSource = (typeof WORKFORCE_SOURCES)[number];

/**
 * Organisation-level workforce figures (percentages, and the headcounts that show how many people a
 * share describes), never about a person. One object per organisation, so it can be snapshotted whole.
 */
export interface WorkforceContext extends WorkforceShares {
  readonly referenceYear: number | null;
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

// Read by every submission (its snapshot) and every workforce GET: built once per database.
const workforceOf = preparedQuery((db, values: { organisationId: string }) =>
  db.selectFrom("organisation_workforce").selectAll().where("organisation_id", "=", values.organisationId),
);

export async function getWorkforce(
  db: Kysely<DatabaseSchema>,
  organisationId: string,
): Promise<(WorkforceContext & { updatedAt: string }) | undefined> {
  const [row] = await workforceOf(db, { organisationId });
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
 * The representation figures as a submission freezes them into its contribution (JSON), or null when
 * the organisation has no workforce context. Only this snapshot feeds peer medians.
 */
export async function workforceSnapshot(db: Kysely<DatabaseSchema>, organisationId: string): Promise<string | null> {
  const workforce = await getWorkforce(db, organisationId);
  if (workforce === undefined) return null;
  return JSON.stringify(Object.fromEntries(REPRESENTATION_FIGURES.map((figure) => [figure, workforce[figure]])));
}

/**
 * Freezes the current workforce figures into every submitted assessment that has no snapshot yet:
 * for seeders that write workforce figures after the assessments (the demo). Never for a live
 * database: a snapshot is otherwise written only by the submission itself. The frozen-assessment
 * trigger is set aside and restored inside the same transaction.
 */
export async function freezeMissingWorkforceSnapshots(storage: Storage): Promise<void> {
  const figures = REPRESENTATION_FIGURES.map(
    (figure) => `'${figure}', w.${figure.replace(/[A-Z0-9]+/g, (part) => `_${part.toLowerCase()}`)}`,
  ).join(", ");
  await storage.writeAtomically([
    sql`DROP TRIGGER assessments_submitted_frozen`.compile(storage.db),
    sql
      .raw(
        `UPDATE assessments SET workforce_snapshot = (SELECT json_object(${figures}) FROM organisation_workforce AS w WHERE w.organisation_id = assessments.organisation_id) WHERE status = 'submitted' AND workforce_snapshot IS NULL`,
      )
      .compile(storage.db),
    sql`CREATE TRIGGER assessments_submitted_frozen BEFORE UPDATE ON assessments WHEN OLD.status = 'submitted' BEGIN SELECT RAISE(ABORT, 'a submitted assessment is immutable'); END`.compile(
      storage.db,
    ),
  ]);
}
