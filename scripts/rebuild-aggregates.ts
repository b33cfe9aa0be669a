import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadNodeConfig } from "../src/config.js";
import { applyMigrations, readMigrationFiles } from "../src/db/migrator.js";
import { openSqliteStorage } from "../src/db/sqlite-storage.js";
import { rebuildAggregates } from "../src/store/benchmarks.js";

/**
 * `npm run aggregates:rebuild`: recomputes every benchmark aggregate from the submitted assessments
 * (each organisation's latest per framework version and period) and replaces them in one transaction.
 * Safe while the server runs: SQLite serialises it with the server's writes.
 */
const config = loadNodeConfig(process.env);
const storage = openSqliteStorage(resolve(config.databasePath));
applyMigrations(storage.connection, readMigrationFiles(fileURLToPath(new URL("../migrations", import.meta.url))));
try {
  const started = performance.now();
  const { contributions, groups } = await rebuildAggregates(storage);
  console.log(
    `rebuilt the benchmark aggregates of ${config.databasePath}: ${contributions} contributions, ${groups} group rows, ${Math.round(performance.now() - started)} ms`,
  );
} finally {
  await storage.close();
}
