import { env } from "cloudflare:test";
import { createApp } from "../../src/app.js";
import type { LogEntry } from "../../src/app-env.js";
import type { D1Database } from "../../src/db/d1-binding.js";
import { openD1Storage } from "../../src/db/d1-storage.js";
import { workerDeps } from "../../src/worker.js";
import type { CreateHarness } from "./harness.js";

/** A D1 binding whose every query fails as D1 does when the database cannot be reached. */
const unreachableD1: D1Database = {
  prepare() {
    throw new Error("D1_ERROR: Network connection lost.");
  },
  async batch() {
    throw new Error("D1_ERROR: Network connection lost.");
  },
};

/** The Workers harness: runs inside workerd, on the local D1 the setup file migrated. */
export const createHarness: CreateHarness = async (options = {}) => {
  const d1 = options.unreachableDatabase === true ? unreachableD1 : (env.DB as unknown as D1Database);
  const logs: LogEntry[] = [];
  const base = workerDeps({ DB: d1, ASSETS: env.ASSETS });
  const storage = openD1Storage(d1);
  const app = createApp({ ...base, storage, log: (entry) => logs.push(entry), ...options.deps }, options.router);
  return {
    runtime: "workers",
    storage,
    logs,
    request: async (path, init) => app.request(path, init),
    close: async () => {},
  };
};
