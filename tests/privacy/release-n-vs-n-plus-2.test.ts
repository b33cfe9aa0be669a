import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Harness } from "../harness/harness.js";
import { adminToken, bearer, createClient, cutRelease, json, refreshed, tokenFor } from "../support/api-client.js";
import { organisationIn, roundAtLevel, withoutRelease } from "../support/privacy-attacker.js";

/**
 * Attack (issue 15, open gap 2 of docs/privacy.md): releases n and n + 2. A sector client keeps every
 * answer. k members change (n → n + 1), then k − 1 of them change back together with one other
 * (n + 1 → n + 2): each step has k changes, but n and n + 2 differ by two organisations. The rule
 * checks a cut against every figure set of the lattice a reader may have kept, so n + 2 carries
 * n + 1's figures until it differs from n by 0 or at least k as well. k = 5 (test settings). Section
 * J (ICT) in Flevoland.
 */
const CELL = { sbiCode: "6201", headcount: 30, region: "NL-FL" };
let harness: Harness;
let admin: string;
let sector: string;
const members: string[] = [];

const round = (organisationId: string, level: number) => roundAtLevel(harness, admin, organisationId, level);

beforeAll(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
  for (let index = 0; index < 14; index++) {
    members.push(await organisationIn(harness, admin, CELL, `Softwarehuis ${index}`));
    await round(members[index] as string, 2);
  }
  sector = await tokenFor(
    harness,
    await createClient(harness, admin, { name: "Sector J", role: "sector", sections: ["J"] }),
  );
}, 300_000);
afterAll(async () => {
  await harness.close();
});

/** Everything the sector client reads of section J (JSON and CSV), without the release reference. */
async function seen(): Promise<unknown> {
  const body = await json(await harness.request("/v1/benchmarks?section=J", bearer(sector)), 200);
  const csv = await (
    await harness.request("/v1/benchmarks?section=J", bearer(sector, { headers: { Accept: "text/csv" } }))
  ).text();
  return { json: withoutRelease(body), csv };
}

describe("comparing release n with release n + 2", () => {
  it("learns nothing: n + 2 carries n + 1's figures while it is two organisations from n", async () => {
    await cutRelease(harness, admin);
    const n = await seen();

    // k members change: n + 1 refreshes.
    for (const organisationId of members.slice(0, 5)) await round(organisationId, 3);
    expect(refreshed(await cutRelease(harness, admin))).toBe(true);
    const nPlus1 = await seen();
    expect(nPlus1).not.toEqual(n);

    // k − 1 of them change back, and one other changes: k changes since n + 1, two since n.
    for (const organisationId of members.slice(0, 4)) await round(organisationId, 2);
    await round(members[5] as string, 3);
    expect(refreshed(await cutRelease(harness, admin))).toBe(false);
    expect(await seen()).toEqual(nPlus1);

    // Control: four more changes make it six since n (and nine since n + 1): it refreshes.
    for (const organisationId of members.slice(6, 10)) await round(organisationId, 3);
    expect(refreshed(await cutRelease(harness, admin))).toBe(true);
    expect(await seen()).not.toEqual(nPlus1);
  });
});
