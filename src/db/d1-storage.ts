import { Kysely } from "kysely";
import type { DatabaseSchema } from "../store/schema.js";
import type { D1Database } from "./d1-binding.js";
import { D1Dialect } from "./d1-dialect.js";
import { compileStatement, type Storage } from "./storage.js";

/** D1 binds at most this many parameters in one statement; the store chunks multi-row writes below it. */
export const D1_MAX_BOUND_PARAMETERS = 100;

/** Storage on a Cloudflare D1 binding. Atomic writes are one `batch`: D1 runs it as a transaction. */
export function openD1Storage(d1: D1Database): Storage {
  const db = new Kysely<DatabaseSchema>({ dialect: new D1Dialect(d1) });
  return {
    kind: "d1",
    db,
    async writeAtomically(statements) {
      if (statements.length === 0) return [];
      const prepared = statements.map((statement) => {
        const compiled = compileStatement(statement);
        return d1.prepare(compiled.sql).bind(...compiled.parameters);
      });
      const results = await d1.batch(prepared);
      return results.map((result) => ({ rowsAffected: result.meta.changes ?? 0, rows: result.results ?? [] }));
    },
    async ping() {
      await d1.prepare("SELECT 1 AS ok").all();
    },
    async close() {},
  };
}
