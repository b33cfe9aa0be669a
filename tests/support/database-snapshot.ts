import { sql } from "kysely";
import type { Storage } from "../../src/db/storage.js";

const tableNames = new WeakMap<Storage, string[]>();

/**
 * Every row of every product table, as JSON: to prove a refused request changed nothing. The table
 * list is read once per storage (migrations do not run mid-test); the tables are read in one
 * round trip (one batch on D1, where each query costs a round trip).
 */
export async function databaseSnapshot(storage: Storage): Promise<string> {
  let names = tableNames.get(storage);
  if (names === undefined) {
    const tables = await sql<{ name: string }>`
      SELECT name FROM sqlite_master
      WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE 'd1_%'
      ORDER BY name`.execute(storage.db);
    names = tables.rows.map((row) => row.name);
    tableNames.set(storage, names);
  }
  const results = await storage.writeAtomically(
    names.map((name) => sql`SELECT * FROM ${sql.table(name)} ORDER BY 1`.compile(storage.db)),
  );
  const snapshot: Record<string, unknown[]> = {};
  names.forEach((name, index) => {
    snapshot[name] = [...(results[index]?.rows ?? [])];
  });
  return JSON.stringify(snapshot);
}
