import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Harness } from "../harness/harness.js";
import {
  adminToken,
  answerAll,
  bearer,
  createOrganisation,
  json,
  startAssessment,
  submit,
} from "../support/api-client.js";

/**
 * Benchmark reads are kept per instance until the aggregates change (migration 0011): every write
 * that changes them must be seen by the next read. Section L (real estate) is this file's own.
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

async function submitted(level: number): Promise<string> {
  const { organisationId } = await createOrganisation(harness, admin, {
    sbiCode: "6810",
    headcount: 120,
    region: "NL-ZE",
  });
  const assessment = await startAssessment(harness, admin, organisationId);
  await submit(harness, admin, (await answerAll(harness, admin, assessment, level)).assessmentId);
  return organisationId;
}

interface Benchmark {
  peerGroup: { level: string; organisations: number } | null;
  measures: { measure: string; rankBand: { from: number; to: number } | null; median: number | null }[];
}

const benchmarkOf = async (organisationId: string) =>
  json<Benchmark>(await harness.request(`/v1/organisations/${organisationId}/benchmark`, bearer(admin)), 200);

describe("benchmark reads after the aggregates change", () => {
  it("see every submission, resubmission and erasure at once", async () => {
    const organisations: string[] = [];
    for (const level of [1, 1, 2, 2, 3]) organisations.push(await submitted(level));
    const first = organisations[0] as string;
    const before = await benchmarkOf(first);
    expect(before.peerGroup?.level).toBe("sectionSizeRegion");
    const overallBefore = before.measures.find((measure) => measure.measure === "overall");

    // A resubmission moves the group's distribution: the next read shows it.
    const again = await startAssessment(harness, admin, organisations[4] as string);
    await submit(harness, admin, (await answerAll(harness, admin, again, 0)).assessmentId);
    const afterResubmission = (await benchmarkOf(first)).measures.find((measure) => measure.measure === "overall");
    // Scores 25, 25, 50, 50, 75 became 0, 25, 25, 50, 50: the median and this member's band move.
    expect(overallBefore).toMatchObject({ median: 50, rankBand: { from: 25, to: 50 } });
    expect(afterResubmission).toMatchObject({ median: 25, rankBand: { from: 50, to: 75 } });

    // An erasure takes the group under k = 5: the next read no longer shows it.
    const erased = await harness.request(`/v1/organisations/${organisations[4]}`, bearer(admin, { method: "DELETE" }));
    expect(erased.status).toBe(204);
    expect((await benchmarkOf(first)).peerGroup).toBeNull();

    // And a new member brings it back.
    organisations.push(await submitted(3));
    expect((await benchmarkOf(first)).peerGroup?.level).toBe("sectionSizeRegion");
  });
});
