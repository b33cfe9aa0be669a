import type { Compilable, CompiledQuery, Kysely } from "kysely";
import type { DatabaseSchema } from "../store/schema.js";

/** A statement for an atomic write: a Kysely query builder or an already compiled query. */
export type WriteStatement = Compilable | CompiledQuery;

export interface WriteResult {
  /** Rows changed by an INSERT, UPDATE or DELETE. */
  readonly rowsAffected: number;
  /** Rows returned by the statement (a SELECT or a RETURNING clause). */
  readonly rows: readonly Record<string, unknown>[];
}

/**
 * The storage seam both runtimes implement.
 *
 * Reads go through `db` (typed Kysely). Writes that belong together go through `writeAtomically`:
 * a transaction on SQLite, one `batch` on D1 (D1 has no interactive transactions, so
 * `db.transaction()` must never be used; it throws on D1).
 */
export interface Storage {
  readonly db: Kysely<DatabaseSchema>;
  readonly kind: "sqlite" | "d1";
  /** Runs every statement or none of them, in order. Throws when any statement fails. */
  writeAtomically(statements: readonly WriteStatement[]): Promise<WriteResult[]>;
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function compileStatement(statement: WriteStatement): CompiledQuery {
  return "compile" in statement ? statement.compile() : statement;
}
