import type { Kysely } from "kysely";
import type { WriteStatement } from "../db/storage.js";
import { cursorPage, type PageRequest } from "./cursor.js";
import type { DatabaseSchema } from "./schema.js";

/**
 * What the plan's two kinds of item (actions and targets) have in common: each belongs to one
 * organisation, is changed only at the revision the caller read (a trigger refuses a stale one: a
 * lost update is a 409 or 412, never a silent overwrite), and keeps when it was made and last changed.
 */
export interface PlanItemRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The columns behind `PlanItemRecord`, the same in both tables. */
interface PlanItemRow {
  readonly id: string;
  readonly organisation_id: string;
  readonly revision: number;
  readonly created_at: string;
  readonly updated_at: string;
}

export function planItemOf(row: PlanItemRow): PlanItemRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The shared columns of a new item: its first revision, made and changed now. */
export function newPlanItemColumns(item: { id: string; organisationId: string; now: Date }): PlanItemRow {
  const now = item.now.toISOString();
  return { id: item.id, organisation_id: item.organisationId, revision: 1, created_at: now, updated_at: now };
}

/** The shared columns of a change: the revision after the one read (the trigger checks it), changed now. */
export function revisedPlanItemColumns(item: PlanItemRecord, now: Date): Pick<PlanItemRow, "revision" | "updated_at"> {
  return { revision: item.revision + 1, updated_at: now.toISOString() };
}

type PlanItemTable = "actions" | "targets";

/**
 * The reads and the delete both kinds of item share, for one table: only the organisation's own items
 * (another organisation's is not found), in the order they were made. `toRecord` maps its row.
 */
export function planItemStore<Table extends PlanItemTable, Item extends PlanItemRecord>(
  table: Table,
  toRecord: (row: DatabaseSchema[Table]) => Item,
) {
  const ownItems = (db: Kysely<DatabaseSchema>, organisationId: string) =>
    db
      .selectFrom(table as PlanItemTable)
      .selectAll()
      .where("organisation_id", "=", organisationId);
  const records = (rows: readonly unknown[]) => rows.map((row) => toRecord(row as DatabaseSchema[Table]));
  return {
    async get(db: Kysely<DatabaseSchema>, organisationId: string, id: string): Promise<Item | undefined> {
      const row = await ownItems(db, organisationId).where("id", "=", id).executeTakeFirst();
      return row === undefined ? undefined : toRecord(row as DatabaseSchema[Table]);
    },
    /** A page by cursor. */
    async page(
      db: Kysely<DatabaseSchema>,
      organisationId: string,
      page: PageRequest,
    ): Promise<{ items: Item[]; nextCursor: string | null }> {
      const { rows, nextCursor } = await cursorPage(ownItems(db, organisationId), page);
      return { items: records(rows), nextCursor };
    },
    /** All of them (the report's plan page). */
    async all(db: Kysely<DatabaseSchema>, organisationId: string): Promise<Item[]> {
      return records(await ownItems(db, organisationId).orderBy("created_at", "asc").orderBy("id", "asc").execute());
    },
    deleteStatement(db: Kysely<DatabaseSchema>, organisationId: string, id: string): WriteStatement {
      return db
        .deleteFrom(table as PlanItemTable)
        .where("id", "=", id)
        .where("organisation_id", "=", organisationId);
    },
  };
}
