import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadNodeConfig } from "../src/config.js";
import { applyMigrations, readMigrationFiles } from "../src/db/migrator.js";
import { openSqliteStorage } from "../src/db/sqlite-storage.js";
import { cutRelease } from "../src/store/benchmark-releases.js";
import { remoteAdmin } from "./remote-admin.js";

/**
 * `npm run benchmarks:release`: cuts a benchmark release now (docs/privacy.md).
 * - Without arguments: directly on the Node SQLite database (DATABASE_PATH), safe while the server runs.
 * - With `-- --url https://api.example.nl` and ADMIN_CLIENT_ID / ADMIN_CLIENT_SECRET set: asks a
 *   remote deployment (a Worker on D1) to cut one, through POST /v1/benchmark-releases.
 */
const urlIndex = process.argv.indexOf("--url");
const url = urlIndex === -1 ? undefined : process.argv[urlIndex + 1];

async function cutRemotely(base: string): Promise<void> {
  const { api, headers } = await remoteAdmin(base, "benchmarks:release", "cut a release");
  const response = await fetch(`${api}/v1/benchmark-releases`, {
    method: "POST",
    headers,
  });
  const body = await response.text();
  if (response.status !== 201) throw new Error(`cutting the release failed: ${response.status} ${body}`);
  console.log(body);
}

if (url !== undefined) {
  await cutRemotely(url);
} else {
  const config = loadNodeConfig(process.env);
  const storage = openSqliteStorage(resolve(config.databasePath));
  applyMigrations(storage.connection, readMigrationFiles(fileURLToPath(new URL("../migrations", import.meta.url))));
  try {
    const started = performance.now();
    const release = await cutRelease(storage, {
      minimumGroupSize: config.settings.benchmarks.minGroupSize,
      maxControlledShare: config.settings.benchmarks.maxControlledShare,
      keep: config.settings.benchmarks.releasesKept,
      now: new Date(),
      trigger: "command",
    });
    const refreshed = release.lattices.filter((lattice) => lattice.figuresReleaseId === release.id).length;
    console.log(
      `cut benchmark release ${release.id} of ${config.databasePath} at ${release.cutAt}: ${refreshed} of ${release.lattices.length} lattices refreshed, the rest carried forward; ${Math.round(performance.now() - started)} ms`,
    );
  } finally {
    await storage.close();
  }
}
