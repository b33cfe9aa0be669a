import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createApp } from "../../src/app.js";
import type { LogEntry } from "../../src/app-env.js";
import { systemClock } from "../../src/app-env.js";
import { keyRingSource } from "../../src/auth/key-ring-source.js";
import { applyMigrations, readMigrationFiles } from "../../src/db/migrator.js";
import { openSqliteStorage } from "../../src/db/sqlite-storage.js";
import { createInProcessRateLimiter } from "../../src/http/rate-limiter.js";
import { nodeBodyCompression } from "../../src/node-body-compression.js";
import { nodeDocsAssets } from "../../src/node-docs-assets.js";
import { harnessKeyProtection, testSigningKeysSetting } from "../support/test-keys.js";
import { TEST_SETTINGS } from "../support/test-settings.js";
import type { CreateHarness } from "./harness.js";
import { checkResponse, contractCheckerFor } from "./response-contract.js";

export const MIGRATIONS_DIRECTORY = fileURLToPath(new URL("../../migrations", import.meta.url));

/**
 * A database migrated once, copied for every harness: migrating takes 130–220 ms per harness and the
 * suite builds dozens. Named by the migrations' checksums, so a changed migration gets a new template;
 * built under a temporary name and renamed, so test files running in parallel never see half of one.
 * Each copy is still migrated as `npm start` does (a no-op that checks every checksum).
 */
function migratedTemplate(): string {
  const files = readMigrationFiles(MIGRATIONS_DIRECTORY);
  const key = createHash("sha256")
    .update(files.map((file) => `${file.name}:${file.checksum}`).join("\n"))
    .digest("hex")
    .slice(0, 16);
  const path = join(tmpdir(), `inclusiebenchmark-template-${key}.sqlite`);
  if (existsSync(path)) return path;
  const building = `${path}.${process.pid}.${Date.now()}`;
  const template = openSqliteStorage(building);
  applyMigrations(template.connection, files);
  // Everything into the main file, so the one file is the whole database.
  template.connection.pragma("wal_checkpoint(TRUNCATE)");
  template.connection.close();
  renameSync(building, path);
  return path;
}

/** The Node harness: a fresh SQLite file in a temp dir, migrated like `npm start` does. */
export const createHarness: CreateHarness = async (options = {}) => {
  const shared = options.deps?.storage;
  const directory = shared === undefined ? mkdtempSync(join(tmpdir(), "inclusiebenchmark-test-")) : null;
  let storage = shared;
  if (storage === undefined && directory !== null) {
    copyFileSync(migratedTemplate(), join(directory, "test.sqlite"));
    const sqlite = openSqliteStorage(join(directory, "test.sqlite"));
    applyMigrations(sqlite.connection, readMigrationFiles(MIGRATIONS_DIRECTORY));
    storage = sqlite;
  }
  if (storage === undefined) throw new Error("unreachable: storage is shared or created");
  if (options.unreachableDatabase === true) await storage.close();
  const logs: LogEntry[] = [];
  const clock = options.deps?.clock ?? systemClock;
  const signingKeys = options.signingKeys === undefined ? await testSigningKeysSetting() : options.signingKeys;
  const keyProtection = harnessKeyProtection(options.keyEncryptionKey);
  const app = createApp(
    {
      storage,
      clock,
      log: (entry) => logs.push(entry),
      docsAssets: nodeDocsAssets(),
      keys: keyRingSource(storage, clock, signingKeys, keyProtection),
      secretSealing: keyProtection,
      settings: TEST_SETTINGS,
      rateLimiter: createInProcessRateLimiter(),
      clientAddress: () => undefined,
      compression: nodeBodyCompression,
      ...options.deps,
    },
    options.router,
  );
  // Every response a test receives must be one the document describes (response-contract.ts).
  const contract = contractCheckerFor(options.router);
  return {
    runtime: "node",
    storage,
    secretSealing: options.deps?.secretSealing ?? keyProtection,
    logs,
    request: async (path, init) => {
      const response = await app.request(path, init);
      await checkResponse(contract, init?.method ?? "GET", path, response);
      return response;
    },
    fetch: async (request) => {
      const response = await app.fetch(request);
      await checkResponse(contract, request.method, request.url, response);
      return response;
    },
    // A harness that was handed another's storage leaves closing it to that one.
    close: async () => {
      if (directory === null) return;
      await storage.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
};
