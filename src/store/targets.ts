import type { Kysely } from "kysely";
import type { Storage, WriteStatement } from "../db/storage.js";
import type { TargetMeasure } from "../domain/plan-evaluation.js";
import type { PageRequest } from "./cursor.js";
import {
  newPlanItemColumns,
  type PlanItemRecord,
  planItemOf,
  planItemStore,
  revisedPlanItemColumns,
} from "./plan-items.js";
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

const targetItems = planItemStore("targets", toRecord);

/** The target, only when it belongs to this organisation (another organisation's target is not found). */
export const getTarget = targetItems.get;

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

/** The organisation's targets, in the order they were set. */
export async function listTargets(
  db: Kysely<DatabaseSchema>,
  organisationId: string,
  page: PageRequest,
): Promise<{ targets: TargetRecord[]; nextCursor: string | null }> {
  const { items, nextCursor } = await targetItems.page(db, organisationId, page);
  return { targets: items, nextCursor };
}

/** Every target of the organisation (for the report's plan page). */
export const listAllTargets = targetItems.all;

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

export const deleteTargetStatement = targetItems.deleteStatement;
