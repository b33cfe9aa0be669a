import type { Kysely } from "kysely";
import type { Storage, WriteStatement } from "../db/storage.js";
import type { TargetMeasure } from "../domain/plan-evaluation.js";
import { type CursorPosition, pageOf } from "./cursor.js";
import type { DatabaseSchema, TargetsTable } from "./schema.js";
import type { RepresentationFigure } from "./workforce.js";

// A target measures a figure the submission snapshots, or no round could ever evaluate it.
const measuresAreSnapshotted: TargetMeasure extends RepresentationFigure ? true : never = true;
void measuresAreSnapshotted;

/** A measurable target on one of the organisation's workforce shares: from a baseline to a value by a date. */
export interface TargetRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly measure: TargetMeasure;
  readonly baselineValue: number;
  readonly baselineDate: string;
  readonly targetValue: number;
  readonly targetDate: string;
  readonly note: string | null;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type TargetFields = Pick<
  TargetRecord,
  "measure" | "baselineValue" | "baselineDate" | "targetValue" | "targetDate" | "note"
>;

function toRecord(row: TargetsTable): TargetRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    measure: row.measure as TargetMeasure,
    baselineValue: row.baseline_value,
    baselineDate: row.baseline_date,
    targetValue: row.target_value,
    targetDate: row.target_date,
    note: row.note,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
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
  const now = target.now.toISOString();
  await storage.writeAtomically([
    storage.db.insertInto("targets").values({
      id: target.id,
      organisation_id: target.organisationId,
      ...columnsOf(target.fields),
      revision: 1,
      created_at: now,
      updated_at: now,
    }),
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
  page: { limit: number; after: CursorPosition | null },
): Promise<{ targets: TargetRecord[]; nextCursor: string | null }> {
  let query = db
    .selectFrom("targets")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .orderBy("created_at", "asc")
    .orderBy("id", "asc")
    .limit(page.limit + 1);
  const after = page.after;
  if (after !== null) {
    query = query.where((eb) => eb(eb.refTuple("created_at", "id"), ">", eb.tuple(after.createdAt, after.id)));
  }
  const { rows, nextCursor } = pageOf(await query.execute(), page.limit);
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
      .set({ ...columnsOf(fields), revision: target.revision + 1, updated_at: now.toISOString() })
      .where("id", "=", target.id)
      .where("organisation_id", "=", target.organisationId),
    ...alsoWrite,
  ]);
}

export function deleteTargetStatement(db: Kysely<DatabaseSchema>, organisationId: string, id: string) {
  return db.deleteFrom("targets").where("id", "=", id).where("organisation_id", "=", organisationId);
}
