import type { Kysely } from "kysely";
import type { Storage, WriteStatement } from "../db/storage.js";
import type { TargetMeasure } from "../domain/plan-evaluation.js";
import { cursorPage, type PageRequest } from "./cursor.js";
import { newPlanItemColumns, type PlanItemRecord, planItemOf, revisedPlanItemColumns } from "./plan-items.js";
import type { DatabaseSchema, TargetsTable } from "./schema.js";
import type { RepresentationFigure } from "./workforce.js";

// A target measures a figure the submission snapshots, or no round could ever evaluate it.
const measuresAreSnapshotted: TargetMeasure extends RepresentationFigure ? true : never = true;
void measuresAreSnapshotted;

/** A measurable target on one of the organisation's workforce shares: from a baseline to a value by a date. */
export interface TargetRecord extends PlanItemRecord {
  readonly measure: TargetMeasure;
  readonly baselineValue: number;
  readonly baselineDate: string;
  readonly targetValue: number;
  readonly targetDate: string;
  readonly note: string | null;
}

export type TargetFields = Pick<
  TargetRecord,
  "measure" | "baselineValue" | "baselineDate" | "targetValue" | "targetDate" | "note"
>;

function toRecord(row: TargetsTable): TargetRecord {
  return {
    ...planItemOf(row),
    measure: row.measure as TargetMeasure,
    baselineValue: row.baseline_value,
    baselineDate: row.baseline_date,
    targetValue: row.target_value,
    targetDate: row.target_date,
    note: row.note,
  };
}

const columnsOf = (fields: TargetFields) => ({
  measure: fields.measure,
  baseline_value: fields.baselineValue,
  baseline_date: fields.baselineDate,
  target_value: fields.targetValue,
  target_date: fields.targetDate,
  note: fields.note,
});

export async function insertTarget(
  storage: Storage,
  target: { id: string; organisationId: string; fields: TargetFields; now: Date },
  alsoWrite: readonly WriteStatement[] = [],
): Promise<void> {
  await storage.writeAtomically([
    storage.db.insertInto("targets").values({ ...newPlanItemColumns(target), ...columnsOf(target.fields) }),
    ...alsoWrite,
  ]);
}

/** The target, only when it belongs to this organisation (another organisation's target is not found). */
export async function getTarget(
  db: Kysely<DatabaseSchema>,
  organisationId: string,
  id: string,
): Promise<TargetRecord | undefined> {
  const row = await db
    .selectFrom("targets")
    .selectAll()
    .where("id", "=", id)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  return row === undefined ? undefined : toRecord(row);
}

/** The organisation's targets, in the order they were set. */
export async function listTargets(
  db: Kysely<DatabaseSchema>,
  organisationId: string,
  page: PageRequest,
): Promise<{ targets: TargetRecord[]; nextCursor: string | null }> {
  const query = db.selectFrom("targets").selectAll().where("organisation_id", "=", organisationId);
  const { rows, nextCursor } = await cursorPage(query, page);
  return { targets: rows.map(toRecord), nextCursor };
}

/** Every target of the organisation (for the report's plan page). */
export async function listAllTargets(db: Kysely<DatabaseSchema>, organisationId: string): Promise<TargetRecord[]> {
  const rows = await db
    .selectFrom("targets")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .orderBy("created_at", "asc")
    .orderBy("id", "asc")
    .execute();
  return rows.map(toRecord);
}

/** Changes the target if it is still at its revision (the trigger aborts otherwise: "stale target revision"). */
export async function updateTarget(
  storage: Storage,
  target: TargetRecord,
  fields: TargetFields,
  now: Date,
  alsoWrite: readonly WriteStatement[] = [],
): Promise<void> {
  await storage.writeAtomically([
    storage.db
      .updateTable("targets")
      .set({ ...columnsOf(fields), ...revisedPlanItemColumns(target, now) })
      .where("id", "=", target.id)
      .where("organisation_id", "=", target.organisationId),
    ...alsoWrite,
  ]);
}

export function deleteTargetStatement(db: Kysely<DatabaseSchema>, organisationId: string, id: string) {
  return db.deleteFrom("targets").where("id", "=", id).where("organisation_id", "=", organisationId);
}
