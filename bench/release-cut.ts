import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cutRelease } from "../src/store/benchmark-releases.js";
import { seedFreshDatabase } from "./bulk-seed.js";

/**
 * `tsx bench/release-cut.ts [organisations] [cuts] [--move]`: the time and memory of benchmark release
 * cuts on a bulk-seeded SQLite database (default 100 000 organisations, 2 cuts): the first cut (every
 * lattice new), then cuts with nothing changed (every lattice compared with its previous figures and
 * every earlier published state). With `--move`, every organisation moves one province on between cuts
 * (a change in every region, so each cut refreshes into a new published state: the cost of comparing
 * with S distinct states, S growing by one a cut). Releases kept: 8 (the default).
 */
const organisations = Number(process.argv[2] ?? 100_000);
const cuts = Number(process.argv[3] ?? 2);
const move = process.argv.includes("--move");
const PROVINCES = [
  "NL-DR",
  "NL-FL",
  "NL-FR",
  "NL-GE",
  "NL-GR",
  "NL-LI",
  "NL-NB",
  "NL-NH",
  "NL-OV",
  "NL-UT",
  "NL-ZE",
  "NL-ZH",
];
const directory = mkdtempSync(join(tmpdir(), "release-cut-"));
try {
  const seededAt = performance.now();
  const { storage } = await seedFreshDatabase(join(directory, "bench.sqlite"), organisations, 0);
  console.log(`seeded ${organisations} organisations in ${Math.round(performance.now() - seededAt)} ms`);
  // The bench's throwaway database only: moving a submitted assessment stands in for a new round.
  if (move) storage.connection.exec("DROP TRIGGER assessments_submitted_frozen");
  for (let cut = 1; cut <= cuts; cut++) {
    if (move && cut > 1) {
      const next = PROVINCES.map(
        (province, index) => `WHEN '${province}' THEN '${PROVINCES[(index + 1) % PROVINCES.length]}'`,
      );
      storage.connection.exec(`UPDATE assessments SET region = CASE region ${next.join(" ")} ELSE region END`);
    }
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
      `cut ${cut}${cut === 1 ? " (first)" : move ? " (every organisation moved)" : " (no changes)"}: ${Math.round(performance.now() - started)} ms, ${release.lattices.length} lattices (${refreshed} refreshed), RSS ${Math.round(process.memoryUsage().rss / 1e6)} MB`,
    );
  }
  const states = storage.connection
    .prepare(
      "SELECT COUNT(*) AS states FROM (SELECT DISTINCT framework_version, period, figures_release_id FROM benchmark_lattice_states)",
    )
    .get() as { states: number };
  console.log(`published states kept: ${states.states} (over every lattice)`);
  await storage.close();
} finally {
  rmSync(directory, { recursive: true, force: true });
}
