import { sql } from "kysely";
import type { Storage } from "../../src/db/storage.js";

/** Every row of every product table, as JSON: to prove a refused request changed nothing. */
export async function databaseSnapshot(storage: Storage): Promise<string> {
  const tables = await sql<{ name: string }>`
    SELECT name FROM sqlite_master
    WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE 'd1_%'
    ORDER BY name`.execute(storage.db);
  const snapshot: Record<string, unknown[]> = {};
  for (const { name } of tables.rows) {
    snapshot[name] = (await sql`SELECT * FROM ${sql.table(name)} ORDER BY 1`.execute(storage.db)).rows;
  }
  return JSON.stringify(snapshot);
}
