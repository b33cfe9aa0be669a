import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cutRelease } from "../src/store/benchmark-releases.js";
import { seedFreshDatabase } from "./bulk-seed.js";

/**
 * `tsx bench/release-cut.ts [organisations]`: the time and memory of a benchmark release cut on a
 * bulk-seeded SQLite database (default 100 000 organisations): the first cut (every lattice new) and
 * a second one with nothing changed (every lattice compared with its previous figures).
 */
const organisations = Number(process.argv[2] ?? 100_000);
const directory = mkdtempSync(join(tmpdir(), "release-cut-"));
try {
  const seededAt = performance.now();
  const { storage } = await seedFreshDatabase(join(directory, "bench.sqlite"), organisations, 0);
  console.log(`seeded ${organisations} organisations in ${Math.round(performance.now() - seededAt)} ms`);
  for (const label of ["first cut", "second cut (no changes)"]) {
    const started = performance.now();
    const release = await cutRelease(storage, {
      minimumGroupSize: 10,
      maxControlledShare: 0.2,
      keep: 8,
      now: new Date(),
      trigger: "command",
    });
    const refreshed = release.lattices.filter((lattice) => lattice.figuresReleaseId === release.id).length;
    console.log(
      `${label}: ${Math.round(performance.now() - started)} ms, ${release.lattices.length} lattices (${refreshed} refreshed), RSS ${Math.round(process.memoryUsage().rss / 1e6)} MB`,
    );
  }
  await storage.close();
} finally {
  rmSync(directory, { recursive: true, force: true });
}
