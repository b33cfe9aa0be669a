import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createApp } from "../../src/app.js";
import type { LogEntry } from "../../src/app-env.js";
import { systemClock } from "../../src/app-env.js";
import { applyMigrations, readMigrationFiles } from "../../src/db/migrator.js";
import { openSqliteStorage } from "../../src/db/sqlite-storage.js";
import { nodeDocsAssets } from "../../src/node-docs-assets.js";
import type { CreateHarness } from "./harness.js";

export const MIGRATIONS_DIRECTORY = fileURLToPath(new URL("../../migrations", import.meta.url));

/** The Node harness: a fresh SQLite file in a temp dir, migrated like `npm start` does. */
export const createHarness: CreateHarness = async (options = {}) => {
  const directory = mkdtempSync(join(tmpdir(), "inclusiebenchmark-test-"));
  const storage = openSqliteStorage(join(directory, "test.sqlite"));
  applyMigrations(storage.connection, readMigrationFiles(MIGRATIONS_DIRECTORY));
  if (options.unreachableDatabase === true) await storage.close();
  const logs: LogEntry[] = [];
  const app = createApp(
    {
      storage,
      clock: systemClock,
      log: (entry) => logs.push(entry),
      docsAssets: nodeDocsAssets(),
      ...options.deps,
    },
    options.router,
  );
  return {
    runtime: "node",
    storage,
    logs,
    request: async (path, init) => app.request(path, init),
    close: async () => {
      await storage.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
};
