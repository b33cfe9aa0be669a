import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Harness } from "../harness/harness.js";
import { adminToken, bearer, createClient, cutRelease, json, refreshed, tokenFor } from "../support/api-client.js";
import { organisationIn, roundAtLevel, withoutRelease } from "../support/privacy-attacker.js";
import { settingsKeepingReleases } from "../support/test-settings.js";

/**
 * Attack (issue 15, docs/privacy.md "Every published state"): a reader keeps release n, and more than
 * BENCHMARK_RELEASES_KEPT releases pass (2 here), so n's figures are pruned. Then k − 1 of the k members
 * that changed after n change back together with one other: the new figures would differ from n's in
 * two organisations. The cut compares with every published state of the lattice, kept after pruning,
 * so it carries. k = 5 (test settings). Section J (ICT) in Flevoland.
 */
const CELL = { sbiCode: "6201", headcount: 30, region: "NL-FL" };
let harness: Harness;
let admin: string;
let sector: string;
const members: string[] = [];

const round = (organisationId: string, level: number) => roundAtLevel(harness, admin, organisationId, level);

beforeAll(async () => {
  harness = await createHarness({
    deps: { settings: settingsKeepingReleases(2) },
  });
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

async function keptReleaseIds(): Promise<number[]> {
  const body = (await json(await harness.request("/v1/benchmark-releases", bearer(admin)), 200)) as {
    items: { releaseId: number }[];
  };
  return body.items.map((item) => item.releaseId);
}

describe("comparing a release older than the kept window with a later one", () => {
  it("learns nothing: the cut carries while it is two organisations from the pruned release", async () => {
    const n = await cutRelease(harness, admin);
    const figuresOfN = await seen();

    // k members change: n + 1 refreshes.
    for (const organisationId of members.slice(0, 5)) await round(organisationId, 3);
    expect(refreshed(await cutRelease(harness, admin))).toBe(true);
    const nPlus1 = await seen();
    expect(nPlus1).not.toEqual(figuresOfN);

    // More than the kept number of releases pass: n's figures are pruned.
    await cutRelease(harness, admin);
    await cutRelease(harness, admin);
    expect(await keptReleaseIds()).not.toContain(n.releaseId);
    expect(await seen()).toEqual(nPlus1);

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
