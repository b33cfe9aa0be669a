import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bulkSeed } from "../../bench/bulk-seed.js";
import { hashSecret } from "../../src/auth/secret-hash.js";
import { applyMigrations, readMigrationFiles } from "../../src/db/migrator.js";
import { openSqliteStorage, type SqliteStorage } from "../../src/db/sqlite-storage.js";
import { seedDemoData } from "../../src/demo/seed-demo.js";
import { rebuildContributions } from "../../src/store/benchmarks.js";
import { createHarness, MIGRATIONS_DIRECTORY } from "../harness/node.js";
import { basic } from "../support/api-client.js";
import { builtInFramework } from "../support/built-in-framework.js";
import { contributionRows, recomputedContributionRows } from "../support/contribution-recompute.js";
import { TEST_SETTINGS } from "../support/test-settings.js";

const opened: { storage: SqliteStorage; directory: string }[] = [];
afterEach(async () => {
  for (const { storage, directory } of opened.splice(0)) {
    await storage.close();
    rmSync(directory, { recursive: true, force: true });
  }
});

function freshDatabase(): SqliteStorage {
  const directory = mkdtempSync(join(tmpdir(), "bench-seed-test-"));
  const storage = openSqliteStorage(join(directory, "bench.sqlite"));
  applyMigrations(storage.connection, readMigrationFiles(MIGRATIONS_DIRECTORY));
  opened.push({ storage, directory });
  return storage;
}

const options = { organisations: 80, seed: 11, now: new Date("2026-11-23T00:00:00Z"), framework: builtInFramework() };
const TOOL = { clientId: "bench-tool", clientSecret: "bench-tool-q3ExIao4cuFFR4LbrVU14XcRZ8haY7ob_Hu_CVqhkVK2" };

const rows = (storage: SqliteStorage, table: string, columns: string) =>
  storage.connection.prepare(`SELECT ${columns} FROM ${table} ORDER BY ${columns}`).all();
const CONTRIBUTIONS: [string, string] = [
  "benchmark_contributions",
  "framework_version, period, organisation_id, assessment_id, revision",
];

describe("the benchmarks' bulk seeder", () => {
  it("writes what the demo seeder writes, and contributions equal to a rebuild from the assessments", {
    timeout: 60_000,
  }, async () => {
    const bulk = freshDatabase();
    const seeded = bulkSeed(bulk.connection, {
      ...options,
      drafts: 0,
      integration: { clientId: TOOL.clientId, secretHash: "unused" },
    });
    expect(seeded.organisations).toBe(80);
    const demo = freshDatabase();
    await seedDemoData(demo, options);
    for (const [table, columns] of [
      ["organisations", "id, name, sbi_section, size_class, region, headcount, has_hr_department, created_at"],
      ["assessments", "id, organisation_id, status, revision, scores, submitted_at, size_class, region"],
      ["assessment_answers", "assessment_id, practice_id, maturity, not_applicable"],
      CONTRIBUTIONS,
    ]) {
      expect(rows(bulk, table as string, columns as string), table).toEqual(
        rows(demo, table as string, columns as string),
      );
    }
    const before = rows(bulk, ...CONTRIBUTIONS);
    expect(before.length).toBeGreaterThan(0);
    await rebuildContributions(bulk);
    expect(rows(bulk, ...CONTRIBUTIONS)).toEqual(before);
  });

  it("leaves complete drafts an integration client may submit, and benchmarks that answer with figures", {
    timeout: 60_000,
  }, async () => {
    const storage = freshDatabase();
    const seeded = bulkSeed(storage.connection, {
      ...options,
      drafts: 3,
      integration: { clientId: TOOL.clientId, secretHash: await hashSecret(TOOL.clientSecret) },
    });
    expect(seeded.drafts).toHaveLength(3);
    // The Node harness on this database, as the API suite builds the app.
    const app = await createHarness({ deps: { storage } });
    const tokenResponse = await app.request("/v1/oauth/token", {
      method: "POST",
      headers: { Authorization: basic(TOOL), "Content-Type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials",
    });
    expect(tokenResponse.status).toBe(200);
    const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
    const headers = { Authorization: `Bearer ${token}` };

    const draft = seeded.drafts[0] as { organisationId: string; assessmentId: string };
    const submitted = await app.request(`/v1/assessments/${draft.assessmentId}/submission`, {
      method: "POST",
      headers,
    });
    expect(submitted.status, await submitted.clone().text()).toBe(201);
    const benchmark = await app.request(`/v1/organisations/${draft.organisationId}/benchmark`, { headers });
    expect(benchmark.status).toBe(200);
    const body = (await benchmark.json()) as {
      assessmentId: string;
      peerGroup: { organisations: number } | null;
      measures: { measure: string; rankBand: { from: number; to: number } | null }[];
    };
    expect(body.assessmentId).toBe(draft.assessmentId);
    expect(body.peerGroup?.organisations).toBeGreaterThanOrEqual(TEST_SETTINGS.benchmarks.minGroupSize);
    expect(body.measures.find((measure) => measure.measure === "overall")?.rankBand).toEqual({
      from: expect.any(Number),
      to: expect.any(Number),
    });

    // After the submission the contributions are still the ones the assessments call for.
    expect(await contributionRows(storage.db)).toEqual(await recomputedContributionRows(storage.db));
  });

  it("refuses a database that holds organisations already", () => {
    const storage = freshDatabase();
    const integration = { clientId: TOOL.clientId, secretHash: "unused" };
    bulkSeed(storage.connection, { ...options, organisations: 5, drafts: 0, integration });
    expect(() => bulkSeed(storage.connection, { ...options, organisations: 5, drafts: 0, integration })).toThrow(
      /empty database/,
    );
  });
});
