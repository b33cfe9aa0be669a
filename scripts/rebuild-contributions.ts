import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadNodeConfig } from "../src/config.js";
import { applyMigrations, readMigrationFiles } from "../src/db/migrator.js";
import { openSqliteStorage } from "../src/db/sqlite-storage.js";
import { rebuildContributions } from "../src/store/benchmarks.js";

/**
 * `npm run contributions:rebuild`: recomputes every benchmark contribution row from the submitted
 * assessments (each organisation's latest per framework version and period) and replaces them in one
 * transaction; the next release cut folds them. A repair tool: submissions and erasures keep the rows
 * right themselves. Safe while the server runs: SQLite serialises it with the server's writes.
 */
const config = loadNodeConfig(process.env);
const storage = openSqliteStorage(resolve(config.databasePath));
applyMigrations(storage.connection, readMigrationFiles(fileURLToPath(new URL("../migrations", import.meta.url))));
try {
  const started = performance.now();
  const { contributions } = await rebuildContributions(storage);
  console.log(
    `rebuilt the benchmark contributions of ${config.databasePath}: ${contributions} contributions, ${Math.round(performance.now() - started)} ms`,
  );
} finally {
  await storage.close();
}
