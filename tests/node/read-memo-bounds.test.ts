import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { findClientCredentials } from "../../src/store/clients.js";
import { createHarness } from "../harness/node.js";

/**
 * The prepared queries' memo (src/store/prepared-query.ts) keeps up to MEMO_MAX_ENTRIES answers per
 * database, "a few MB at most". Its keys hold the parameter values, and some values come straight
 * from an unauthenticated caller: the token endpoint looks up any presented client_id (up to the
 * 256 KiB body limit) with findClientCredentials, and an unknown id's empty answer is kept too.
 * The rate limiter caps the same keys at 200 characters for exactly this reason (rate-limiter.ts).
 */
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

describe("the read memo's memory is bounded whatever the callers present", () => {
  it("does not keep megabytes of unknown client ids presented to the token endpoint's lookup", async () => {
    const harness = await createHarness();
    try {
      const db = harness.storage.db;
      const huge = "x".repeat(128 * 1024);
      // Warm up (compiled query, statement cache) before measuring.
      await findClientCredentials(db, `warm-${huge}`);
      gc();
      const before = process.memoryUsage().heapUsed;
      for (let i = 0; i < 512; i++) {
        // Each a fresh flat string, as a parsed request body would be.
        expect(await findClientCredentials(db, `${i}:${huge}`.split("").join(""))).toBeUndefined();
      }
      gc();
      const grown = process.memoryUsage().heapUsed - before;
      // 512 lookups of 128 KiB ids: without a bound on what a key may hold, about 64 MiB stay behind.
      expect(grown).toBeLessThan(16 * 1024 * 1024);
    } finally {
      await harness.close();
    }
  }, 60_000);
});
