import { type Kysely, sql } from "kysely";
import type { Storage, WriteStatement } from "../db/storage.js";
import { type ActionStatus, OPEN_ACTION_STATUSES } from "../domain/plan-evaluation.js";
import type { PageRequest } from "./cursor.js";
import {
  newPlanItemColumns,
  type PlanItemRecord,
  planItemOf,
  planItemStore,
  revisedPlanItemColumns,
} from "./plan-items.js";
import type { ActionsTable, DatabaseSchema } from "./schema.js";

/** An action of the organisation's plan: a practice to bring to a maturity level, by a role or team, by a date. */
export interface ActionRecord extends PlanItemRecord {
  readonly practiceId: string;
  readonly targetLevel: number;
  readonly owner: string;
  readonly dueDate: string;
  readonly status: ActionStatus;
  readonly note: string | null;
}

/** `status IN ('planned', 'inProgress')` with the values written in, for the partial index. */
const OPEN_STATUS_LITERALS = sql<boolean>`status IN (${sql.join(OPEN_ACTION_STATUSES.map((status) => sql.lit(status)))})`;

export type ActionFields = Pick<ActionRecord, "practiceId" | "targetLevel" | "owner" | "dueDate" | "status" | "note">;

function toRecord(row: ActionsTable): ActionRecord {
  return {
    ...planItemOf(row),
    practiceId: row.practice_id,
    targetLevel: row.target_level,
    owner: row.owner,
    dueDate: row.due_date,
    status: row.status as ActionStatus,
    note: row.note,
  };
}

const columnsOf = (fields: ActionFields) => ({
  practice_id: fields.practiceId,
  target_level: fields.targetLevel,
  owner: fields.owner,
  due_date: fields.dueDate,
  status: fields.status,
  note: fields.note,
});

const actionItems = planItemStore("actions", toRecord);

/** The action, only when it belongs to this organisation (another organisation's action is not found). */
export const getAction = actionItems.get;

export async function insertAction(
  storage: Storage,
  action: { id: string; organisationId: string; fields: ActionFields; now: Date },
  alsoWrite: readonly WriteStatement[] = [],
): Promise<void> {
  await storage.writeAtomically([
    storage.db.insertInto("actions").values({ ...newPlanItemColumns(action), ...columnsOf(action.fields) }),
    ...alsoWrite,
  ]);
}

/** The organisation's actions, in the order they were made. */
export async function listActions(
  db: Kysely<DatabaseSchema>,
  organisationId: string,
  page: PageRequest,
): Promise<{ actions: ActionRecord[]; nextCursor: string | null }> {
  const { items, nextCursor } = await actionItems.page(db, organisationId, page);
  return { actions: items, nextCursor };
}

/** Every open action (planned or in progress) of the organisation: what recommendations and the report read. */
export async function listOpenActions(db: Kysely<DatabaseSchema>, organisationId: string): Promise<ActionRecord[]> {
  const rows = await db
    .selectFrom("actions")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("status", "in", [...OPEN_ACTION_STATUSES])
    .orderBy("due_date", "asc")
    .orderBy("id", "asc")
    .execute();
  return rows.map(toRecord);
}

/** Every action of the organisation (for the report's plan page), in the order they were made. */
export const listAllActions = actionItems.all;

/**
 * Open actions due on or before `date` (YYYY-MM-DD) whose due date is not announced yet (a changed
 * due date counts as not announced), across
 * organisations, by due date: for the `action.due` event (webhooks). `after` pages on (dueDate, id).
 */
export async function listActionsDueBy(
  db: Kysely<DatabaseSchema>,
  date: string,
  page: { limit: number; after?: { dueDate: string; id: string } | undefined },
): Promise<Pick<ActionRecord, "id" | "organisationId" | "practiceId" | "dueDate" | "status">[]> {
  let query = db
    .selectFrom("actions")
    .select(["id", "organisation_id", "practice_id", "due_date", "status"])
    // Literal statuses and IS NULL, as the partial index actions_due_unannounced (0029) is written:
    // SQLite uses a partial index only when the query's terms match its WHERE, never with bound values.
    .where(OPEN_STATUS_LITERALS)
    .where("due_announced_for", "is", null)
    .where("due_date", "<=", date)
    .orderBy("due_date", "asc")
    .orderBy("id", "asc")
    .limit(page.limit);
  const after = page.after;
  if (after !== undefined) {
    query = query.where((eb) => eb(eb.refTuple("due_date", "id"), ">", eb.tuple(after.dueDate, after.id)));
  }
  return (await query.execute()).map((row) => ({
    id: row.id,
    organisationId: row.organisation_id,
    practiceId: row.practice_id,
    dueDate: row.due_date,
    status: row.status as ActionStatus,
  }));
}

/**
 * Marks the action's due date as announced, only if it is still open, still due on that date and not
 * announced yet: put the `action.due` outbox row directly after it (written only if this changed a
 * row), so two scans at once, or an edit in between, announce nothing twice and nothing stale.
 */
export function markActionDueAnnouncedStatement(
  db: Kysely<DatabaseSchema>,
  action: { id: string; dueDate: string },
): WriteStatement {
  return db
    .updateTable("actions")
    .set({ due_announced_for: action.dueDate })
    .where("id", "=", action.id)
    .where("due_date", "=", action.dueDate)
    .where("status", "in", [...OPEN_ACTION_STATUSES])
    .where("due_announced_for", "is", null);
}

/**
 * Changes the action if it is still at `expectedRevision` (the revision trigger aborts the whole
 * write otherwise: "stale action revision").
 */
export async function updateAction(
  storage: Storage,
  action: ActionRecord,
  fields: ActionFields,
  now: Date,
  alsoWrite: readonly WriteStatement[] = [],
): Promise<void> {
  await storage.writeAtomically([
    storage.db
      .updateTable("actions")
      .set({
        ...columnsOf(fields),
        // A new due date is announced (`action.due`) when it arrives, whether or not the old one was.
        ...(fields.dueDate === action.dueDate ? {} : { due_announced_for: null }),
        ...revisedPlanItemColumns(action, now),
      })
      .where("id", "=", action.id)
      .where("organisation_id", "=", action.organisationId),
    ...alsoWrite,
  ]);
}

export const deleteActionStatement = actionItems.deleteStatement;
