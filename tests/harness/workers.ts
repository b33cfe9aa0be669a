import { env } from "cloudflare:test";
import { createApp } from "../../src/app.js";
import type { LogEntry } from "../../src/app-env.js";
import { systemClock } from "../../src/app-env.js";
import { keyRingSource } from "../../src/auth/key-ring-source.js";
import type { D1Database } from "../../src/db/d1-binding.js";
import { openD1Storage } from "../../src/db/d1-storage.js";
import { createInProcessRateLimiter } from "../../src/http/rate-limiter.js";
import { workerDeps } from "../../src/worker.js";
import { harnessKeyProtection, testSigningKeysSetting } from "../support/test-keys.js";
import { TEST_SETTINGS } from "../support/test-settings.js";
import type { CreateHarness } from "./harness.js";
import { checkResponse, contractCheckerFor } from "./response-contract.js";

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
  const base = workerDeps({ DB: d1, ASSETS: env.ASSETS, KEY_ENCRYPTION_KEY: env.KEY_ENCRYPTION_KEY });
  const storage = options.deps?.storage ?? openD1Storage(d1);
  const clock = options.deps?.clock ?? systemClock;
  const signingKeys = options.signingKeys === undefined ? await testSigningKeysSetting() : options.signingKeys;
  const keyProtection = harnessKeyProtection(options.keyEncryptionKey);
  const app = createApp(
    {
      ...base,
      storage,
      clock,
      log: (entry) => logs.push(entry),
      keys: keyRingSource(storage, clock, signingKeys, keyProtection),
      secretSealing: keyProtection,
      settings: TEST_SETTINGS,
      rateLimiter: createInProcessRateLimiter(),
      ...options.deps,
    },
    options.router,
  );
  // Every response a test receives must be one the document describes (response-contract.ts).
  const contract = contractCheckerFor(options.router);
  return {
    runtime: "workers",
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
    close: async () => {},
  };
};
