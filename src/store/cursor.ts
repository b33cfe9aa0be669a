import { validationFailed } from "../errors.js";

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
export function pageOf<Row extends { created_at: string; id: string }>(
  rows: readonly Row[],
  limit: number,
): { rows: Row[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > limit && last !== undefined ? encodeCursor({ createdAt: last.created_at, id: last.id }) : null;
  return { rows: page, nextCursor };
}
