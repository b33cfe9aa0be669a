import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Harness } from "../harness/harness.js";
import { adminToken, bearer, createClient, json, tokenFor } from "../support/api-client.js";
import { type Profile, submittedOrganisation } from "../support/privacy-population.js";

/**
 * Attack (found by an adversarial review of issue 15): look-alikes registered under ONE KvK number.
 * k and the controlled-share cap count distinct organisations, so four look-alikes sharing a KvK
 * number are one of six organisations (17 %, under the 20 % cap) — but the figures are summed over
 * registrations, where they are four of nine and put the target's score (75) at the median of the
 * cell: 25, 25, 25, 25, 75, 100, 100, 100, 100. The rules must hold in registrations too.
 */
const CELL = { sbiCode: "5610", headcount: 30, region: "NL-GR" };
const BACKGROUND = { sbiCode: "8610", headcount: 30, region: "NL-NH" };
const ONE_KVK: Profile = { ...CELL, kvkNumber: "99999999" };

let harness: Harness;
let admin: string;
let attacker: string;
const lookAlikes: string[] = [];

beforeAll(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
  for (let index = 0; index < 40; index++) await submittedOrganisation(harness, admin, BACKGROUND, 2);
  for (let index = 0; index < 4; index++) await submittedOrganisation(harness, admin, CELL, 1);
  await submittedOrganisation(harness, admin, CELL, 3);
  attacker = await tokenFor(harness, await createClient(harness, admin, { name: "One-KvK tool", role: "integration" }));
  for (let index = 0; index < 4; index++) {
    lookAlikes.push((await submittedOrganisation(harness, attacker, ONE_KVK, 4)).organisationId);
  }
}, 300_000);
afterAll(async () => {
  await harness.close();
});

interface Benchmark {
  peerGroup: { level: string; section: string | null } | null;
  measures: { measure: string; median: number | null }[];
}

describe("look-alikes under one KvK number steering the median onto a target", () => {
  it("does not show the steered cell to the tool: the median it sees is not the target's score", async () => {
    const benchmark = await json<Benchmark>(
      await harness.request(`/v1/organisations/${lookAlikes[0]}/benchmark`, bearer(attacker)),
      200,
    );
    expect(benchmark.peerGroup).not.toBeNull();
    expect(benchmark.peerGroup?.section ?? null).not.toBe("I");
    const overall = benchmark.measures.find((measure) => measure.measure === "overall");
    expect(overall?.median ?? null).not.toBe(75);
  });

  it("withholds the cell from every reader, while the broad group stays shown", async () => {
    const list = await json<{ items: { group: { section: string | null; level: string } }[] }>(
      await harness.request("/v1/benchmarks?limit=100", bearer(admin)),
      200,
    );
    expect(list.items.map((item) => item.group.level)).toContain("all");
    expect(list.items.some((item) => item.group.section === "I")).toBe(false);
  });
});
