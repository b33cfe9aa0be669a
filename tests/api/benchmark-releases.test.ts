import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import { SEPARATOR } from "../../src/domain/benchmark/aggregate-rows.js";
import { ALL_PERIODS } from "../../src/domain/benchmark/peer-groups.js";
import { groupFigures } from "../../src/domain/benchmark/release-figures.js";
import { publishableGroups } from "../../src/domain/benchmark/suppression.js";
import { computeAggregatesFromAssessments } from "../../src/store/benchmarks.js";
import type { Harness } from "../harness/harness.js";
import {
  adminToken,
  answerAll,
  bearer,
  createClient,
  createOrganisation,
  cutRelease,
  json,
  type ReleaseBody,
  refreshed,
  startAssessment,
  submit,
  tokenFor,
} from "../support/api-client.js";
import { builtInFramework } from "../support/built-in-framework.js";

/**
 * Benchmark releases (docs/privacy.md): others read frozen releases, never the live aggregates.
 * Section M (professional services) is this file's own.
 */
let harness: Harness;
let admin: string;
beforeAll(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
});
afterAll(async () => {
  await harness.close();
});

async function submitted(level: number | ((practiceId: string) => number)): Promise<string> {
  const { organisationId } = await createOrganisation(harness, admin, {
    sbiCode: "6920",
    headcount: 60,
    region: "NL-NH",
  });
  const assessment = await startAssessment(harness, admin, organisationId);
  await submit(harness, admin, (await answerAll(harness, admin, assessment, level)).assessmentId);
  return organisationId;
}

interface GroupItem {
  frameworkVersion: string;
  period: string;
  group: {
    level: string;
    section: string | null;
    sizeClass: string | null;
    region: string | null;
    organisations: number;
  };
  measures: {
    measure: string;
    organisations: number;
    p25: number | null;
    median: number | null;
    p75: number | null;
    deciles: (number | null)[];
  }[];
  practices: { practiceId: string; adoptionRate: number | null; levelShares: Record<string, number> | null }[];
}
interface List {
  release: { id: number; cutAt: string };
  items: GroupItem[];
}

const list = async (query = "") => json<List>(await harness.request(`/v1/benchmarks${query}`, bearer(admin)), 200);

describe("benchmark releases", () => {
  const members: string[] = [];

  it("are cut by the first read, and named in every answer", async () => {
    for (const level of [0, 1, 2, 3, 4]) members.push(await submitted(level));
    const response = await harness.request("/v1/benchmarks?section=M", bearer(admin));
    const body = await json<List>(response, 200);
    expect(body.release.id).toBeGreaterThan(0);
    expect(response.headers.get("Benchmark-Release")).toBe(`${body.release.id}; cut-at=${body.release.cutAt}`);
    expect(body.items.map((item) => item.group.level)).toContain("sectionSizeRegion");
    const benchmark = await json<{ release: { id: number } }>(
      await harness.request(`/v1/organisations/${members[0]}/benchmark`, bearer(admin)),
      200,
    );
    expect(benchmark.release.id).toBe(body.release.id);
    const events = await json<{ items: { action: string; resourceType: string; resourceId: string }[] }>(
      await harness.request("/v1/audit-events?resourceType=benchmark-release", bearer(admin)),
      200,
    );
    expect(events.items).toContainEqual(
      expect.objectContaining({
        action: "cut",
        resourceType: "benchmark-release",
        resourceId: String(body.release.id),
      }),
    );
  });

  it("freeze what others read: submissions show only when a release refreshes the lattice", async () => {
    const before = await list("?section=M");
    for (const level of [4, 4, 3, 3, 2]) members.push(await submitted(level));
    expect(await list("?section=M")).toEqual(before);
    const release = await cutRelease(harness, admin);
    expect(refreshed(release)).toBe(true);
    const after = await list("?section=M");
    expect(after.release.id).toBe(release.releaseId);
    expect(after.items).not.toEqual(before.items);
  });

  it("equal a recompute of the contributions they were cut from", async () => {
    const body = await list();
    const { delta } = await computeAggregatesFromAssessments(harness.storage.db);
    const framework = builtInFramework();
    const prefix = `${framework.version}${SEPARATOR}${ALL_PERIODS}${SEPARATOR}`;
    const counts = new Map<string, number>();
    for (const [key, count] of delta.groups) if (key.startsWith(prefix)) counts.set(key.slice(prefix.length), count);
    const k = 5;
    const published = publishableGroups(counts, k);
    const keyOf = (item: GroupItem) =>
      `${item.group.section ?? "*"}|${item.group.sizeClass ?? "*"}|${item.group.region ?? "*"}`;
    expect(new Set(body.items.map(keyOf))).toEqual(published);
    for (const item of body.items) {
      const key = keyOf(item);
      const bins = new Map<string, number[]>();
      for (const [row, count] of delta.bins) {
        if (!row.startsWith(`${prefix}${key}${SEPARATOR}`) || count === 0) continue;
        const [measure = "", bin = "0"] = row.slice(`${prefix}${key}${SEPARATOR}`.length).split(SEPARATOR);
        const histogram = bins.get(measure) ?? new Array<number>(101).fill(0);
        histogram[Number(bin)] = count;
        bins.set(measure, histogram);
      }
      const levels = new Map<string, Record<string, number>>();
      for (const [row, count] of delta.levels) {
        if (!row.startsWith(`${prefix}${key}${SEPARATOR}`) || count === 0) continue;
        const [practiceId = "", level = ""] = row.slice(`${prefix}${key}${SEPARATOR}`.length).split(SEPARATOR);
        levels.set(practiceId, { ...levels.get(practiceId), [level]: count });
      }
      const recomputed = groupFigures(
        { size: counts.get(key) ?? 0, bins, levels, workforce: {} },
        ["overall", ...framework.phases.map((phase) => phase.id)],
        framework.practices,
        k,
      );
      expect(item.group.organisations, key).toBe(recomputed.organisations);
      expect(item.measures, key).toEqual(recomputed.measures);
      expect(item.practices, key).toEqual(recomputed.practices);
    }
  });

  it("render the same figures as JSON and CSV", async () => {
    const body = await list("?section=M");
    const csv = await (
      await harness.request("/v1/benchmarks?section=M", bearer(admin, { headers: { Accept: "text/csv" } }))
    ).text();
    const rows = new Set(csv.split("\r\n"));
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items) {
      const group = [item.group.level, item.group.section ?? "", item.group.sizeClass ?? "", item.group.region ?? ""];
      const row = (measure: string, statistic: string, value: number | null) =>
        [item.frameworkVersion, item.period, ...group, measure, statistic, value === null ? "" : String(value)]
          .map((field) => `"${field}"`)
          .join(",");
      expect(rows.has(row("", "organisations", item.group.organisations))).toBe(true);
      for (const measure of item.measures) {
        expect(rows.has(row(measure.measure, "median", measure.median)), measure.measure).toBe(true);
      }
      for (const practice of item.practices) {
        expect(rows.has(row(practice.practiceId, "adoption_rate", practice.adoptionRate)), practice.practiceId).toBe(
          true,
        );
      }
    }
  });

  it("answer If-None-Match with 304 until a release changes the answer", async () => {
    const first = await harness.request("/v1/benchmarks?section=M", bearer(admin));
    const etag = first.headers.get("ETag") ?? "";
    const again = await harness.request(
      "/v1/benchmarks?section=M",
      bearer(admin, { headers: { "If-None-Match": etag } }),
    );
    expect(again.status).toBe(304);
    await cutRelease(harness, admin);
    // A new release is named in the body, so the old copy is no longer current.
    const later = await harness.request(
      "/v1/benchmarks?section=M",
      bearer(admin, { headers: { "If-None-Match": etag } }),
    );
    expect(later.status).toBe(200);
  });

  it("are listed to admins as metadata only, and cut by admins only", async () => {
    const releases = await json<{ items: ReleaseBody[] }>(
      await harness.request("/v1/benchmark-releases", bearer(admin)),
      200,
    );
    expect(releases.items.length).toBeGreaterThanOrEqual(3);
    const [newest] = releases.items;
    for (const release of releases.items)
      expect(Object.keys(release).sort()).toEqual(["cutAt", "lattices", "minimumGroupSize", "releaseId", "trigger"]);
    const one = await json<ReleaseBody>(
      await harness.request(`/v1/benchmark-releases/${newest?.releaseId}`, bearer(admin)),
      200,
    );
    expect(one).toEqual(newest);
    expect((await harness.request("/v1/benchmark-releases/999999", bearer(admin))).status).toBe(404);
    const sector = await tokenFor(
      harness,
      await createClient(harness, admin, { name: "M sector", role: "sector", sections: ["M"] }),
    );
    expect((await harness.request("/v1/benchmark-releases", bearer(sector, { method: "POST" }))).status).toBe(403);
    expect((await harness.request("/v1/benchmark-releases", bearer(sector))).status).toBe(403);
  });
});
