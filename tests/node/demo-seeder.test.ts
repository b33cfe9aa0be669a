import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, readMigrationFiles } from "../../src/db/migrator.js";
import { openSqliteStorage, type SqliteStorage } from "../../src/db/sqlite-storage.js";
import { NotADemoDatabaseError, seedDemoData } from "../../src/demo/seed-demo.js";
import { DEMO_LABOUR_MARKET_VERSION, seedDemoLabourMarket } from "../../src/demo/seed-labour-market.js";
import { labourMarketRows, latestLabourMarketVersion } from "../../src/store/labour-market.js";
import { MIGRATIONS_DIRECTORY } from "../harness/node.js";
import { builtInFramework } from "../support/built-in-framework.js";
import { contributionRows, contributorsIn, recomputedContributionRows } from "../support/contribution-recompute.js";

const opened: { storage: SqliteStorage; directory: string }[] = [];
afterEach(async () => {
  for (const { storage, directory } of opened.splice(0)) {
    await storage.close();
    rmSync(directory, { recursive: true, force: true });
  }
});

function freshDatabase(): SqliteStorage {
  const directory = mkdtempSync(join(tmpdir(), "demo-test-"));
  const storage = openSqliteStorage(join(directory, "demo.sqlite"));
  applyMigrations(storage.connection, readMigrationFiles(MIGRATIONS_DIRECTORY));
  opened.push({ storage, directory });
  return storage;
}

const options = { organisations: 60, seed: 7, now: new Date("2026-11-23T12:00:00Z"), framework: builtInFramework() };
const fingerprint = async (storage: SqliteStorage) =>
  JSON.stringify(
    await storage.db
      .selectFrom("assessments")
      .select(["id", "organisation_id", "scores", "submitted_at"])
      .orderBy("id")
      .execute(),
  );

describe("the demo seeder", () => {
  it("is deterministic: the same seed gives the same organisations and assessments", async () => {
    const first = freshDatabase();
    const second = freshDatabase();
    await seedDemoData(first, options);
    await seedDemoData(second, options);
    expect(await fingerprint(first)).toBe(await fingerprint(second));
  });

  it("marks the data synthetic, names it Demo, and writes its contributions", async () => {
    const storage = freshDatabase();
    const credentials = await seedDemoData(storage, options);
    const names = await storage.db.selectFrom("organisations").select("name").execute();
    expect(names).toHaveLength(60);
    for (const { name } of names) expect(name).toMatch(/^Demo /);
    const flag = await storage.db.selectFrom("deployment_flags").selectAll().execute();
    expect(flag).toEqual([{ name: "synthetic_demo_data", value: "true" }]);
    expect((await contributorsIn(storage.db, "*|*|*")).get(`${options.framework.version}\tall`)).toBe(60);
    expect(await contributionRows(storage.db)).toEqual(await recomputedContributionRows(storage.db));
    expect(credentials.employer.organisationId).toMatch(/^org_demo[a-z2-7]{20}$/);
  });

  it("loads a labour-market table that says in every row it is synthetic, published, the same for the same seed", async () => {
    const first = freshDatabase();
    const second = freshDatabase();
    expect(await seedDemoLabourMarket(first, { seed: 44, now: options.now })).toBe(true);
    await seedDemoLabourMarket(second, { seed: 44, now: options.now });
    // Loaded once: a second run keeps the published version.
    expect(await seedDemoLabourMarket(first, { seed: 45, now: options.now })).toBe(false);
    expect(await latestLabourMarketVersion(first.db)).toBe(DEMO_LABOUR_MARKET_VERSION);
    const rows = await labourMarketRows(first.db, DEMO_LABOUR_MARKET_VERSION);
    expect(rows).toEqual(await labourMarketRows(second.db, DEMO_LABOUR_MARKET_VERSION));
    // National, 12 provinces, 21 sections each with 12 provinces, and education levels for national and sections.
    expect(rows).toHaveLength(1 + 3 + 12 + 21 * (1 + 3 + 12));
    for (const row of rows) {
      expect(row.source).toMatch(/^SYNTHETISCH/);
      expect(row.licence).toMatch(/^Synthetische demogegevens/);
      expect(row.share).toBeGreaterThan(0);
      expect(row.share).toBeLessThanOrEqual(80);
    }
  });

  it("refuses a database that holds real organisations", async () => {
    const storage = freshDatabase();
    const now = new Date().toISOString();
    await storage.db
      .insertInto("organisations")
      .values({
        id: "org_realrealrealrealrealreal",
        name: "A real employer",
        kvk_number: null,
        sbi_section: "C",
        sbi_code: null,
        headcount: 20,
        size_class: "small",
        region: "NL-UT",
        labour_market_region: null,
        has_hr_department: 0,
        legal_form: null,
        created_by_client_id: "someone",
        created_at: now,
        updated_at: now,
      })
      .execute();
    await expect(seedDemoData(storage, options)).rejects.toThrow(NotADemoDatabaseError);
    expect(await storage.db.selectFrom("deployment_flags").selectAll().execute()).toEqual([]);
  });
});
