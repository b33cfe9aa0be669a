import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import { SEPARATOR } from "../../src/domain/benchmark/aggregate-rows.js";
import { seededRandom } from "../../src/domain/seeded-random.js";
import { computeAggregatesFromAssessments } from "../../src/store/benchmarks.js";
import type { Harness } from "../harness/harness.js";
import { adminToken, answerAll, bearer, createOrganisation, startAssessment, submit } from "../support/api-client.js";

let harness: Harness;
let admin: string;
beforeAll(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
});
afterAll(async () => {
  await harness.close();
});

async function maintainedRows(table: "benchmark_groups" | "benchmark_score_bins" | "benchmark_practice_levels") {
  const rows = await harness.storage.db.selectFrom(table).selectAll().where("organisations", "<>", 0).execute();
  return rows
    .map((row) => {
      const { organisations, ...key } = row as Record<string, unknown> & { organisations: number };
      return `${Object.values(key).join(SEPARATOR)}=${organisations}`;
    })
    .sort();
}
const rebuiltRows = (map: Map<string, number>) =>
  [...map]
    .filter(([, count]) => count !== 0)
    .map(([key, count]) => `${key}=${count}`)
    .sort();

describe("maintained aggregates", () => {
  it("equal a full rebuild after a random sequence of submissions, resubmissions and erasures", async () => {
    const random = seededRandom(20261123);
    const live: string[] = [];
    for (let step = 0; step < 40; step++) {
      const roll = random.next();
      if (roll < 0.45 || live.length === 0) {
        const organisation = await createOrganisation(harness, admin, {
          name: `Random ${step}`,
          sbiCode: random.pick(["2511", "4711", "8610"]),
          headcount: random.pick([5, 30, 120]),
          region: random.pick(["NL-UT", "NL-ZH"]),
        });
        live.push(organisation.organisationId);
      }
      const organisationId = random.pick(live);
      if (roll < 0.85) {
        const assessment = await startAssessment(harness, admin, organisationId);
        await submit(
          harness,
          admin,
          (await answerAll(harness, admin, assessment, () => random.integer(0, 4))).assessmentId,
        );
      } else {
        expect(
          (await harness.request(`/v1/organisations/${organisationId}`, bearer(admin, { method: "DELETE" }))).status,
        ).toBe(204);
        live.splice(live.indexOf(organisationId), 1);
      }
    }
    const rebuilt = await computeAggregatesFromAssessments(harness.storage.db);
    expect(await maintainedRows("benchmark_groups")).toEqual(rebuiltRows(rebuilt.delta.groups));
    expect(await maintainedRows("benchmark_score_bins")).toEqual(rebuiltRows(rebuilt.delta.bins));
    expect(await maintainedRows("benchmark_practice_levels")).toEqual(rebuiltRows(rebuilt.delta.levels));
  }, 120_000);
});
