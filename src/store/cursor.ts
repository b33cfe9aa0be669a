import { type SelectQueryBuilder, sql } from "kysely";
import { validationFailed } from "../errors.js";
import type { DatabaseSchema } from "./schema.js";

/**
 * Cursor pagination over (created_at, id): stable under inserts, no offsets. The cursor is opaque to
 * clients (base64url of the last item's position).
 */
export interface CursorPosition {
  readonly createdAt: string;
  readonly id: string;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function encodeCursor(position: CursorPosition): string {
  return btoa(JSON.stringify([position.createdAt, position.id]))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const parsed: unknown = JSON.parse(atob(cursor.replaceAll("-", "+").replaceAll("_", "/")));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((part) => typeof part === "string")) {
      return { createdAt: parsed[0] as string, id: parsed[1] as string };
    }
  } catch {
    // fall through to the validation error
  }
  throw validationFailed([{ in: "query", pointer: "/cursor", message: "Not a cursor this API gave out" }]);
}

/** Given up to limit + 1 rows, the page and the cursor of the next page (null on the last page). */
function pageOf<Row extends { created_at: string; id: string }>(
  rows: readonly Row[],
  limit: number,
): { rows: Row[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > limit && last !== undefined ? encodeCursor({ createdAt: last.created_at, id: last.id }) : null;
  return { rows: page, nextCursor };
}

/** What a list operation asks of the store: up to `limit` items after `after` (null: from the start). */
export interface PageRequest {
  readonly limit: number;
  readonly after: CursorPosition | null;
}

/**
 * One page of a cursor list: `query` (selected and filtered, not ordered) in (created_at, id) order,
 * oldest first unless `newestFirst`, seeking past `page.after` (a row-value comparison the index on
 * the two columns serves, no offsets), one row more than the page to know whether another follows.
 * `table` qualifies the two columns when the query joins another table that has them too.
 */
export async function cursorPage<TB extends keyof DatabaseSchema, Row extends { created_at: string; id: string }>(
  query: SelectQueryBuilder<DatabaseSchema, TB, Row>,
  page: PageRequest,
  options: { readonly newestFirst?: boolean; readonly table?: TB } = {},
): Promise<{ rows: Row[]; nextCursor: string | null }> {
  const column = (name: "created_at" | "id") =>
    sql.ref(options.table === undefined ? name : `${options.table}.${name}`);
  const direction = options.newestFirst === true ? "desc" : "asc";
  let seek = query
    .orderBy(column("created_at"), direction)
    .orderBy(column("id"), direction)
    .limit(page.limit + 1);
  const after = page.after;
  if (after !== null) {
    const position = sql`(${column("created_at")}, ${column("id")})`;
    const cursor = sql`(${after.createdAt}, ${after.id})`;
    seek = seek.where(
      options.newestFirst === true ? sql<boolean>`${position} < ${cursor}` : sql<boolean>`${position} > ${cursor}`,
    );
  }
  return pageOf(await seek.execute(), page.limit);
}
