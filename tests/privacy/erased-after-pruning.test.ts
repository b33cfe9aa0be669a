import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import { memberKey } from "../../src/domain/benchmark/member-key.js";
import type { Harness } from "../harness/harness.js";
import { adminToken, bearer, createClient, cutRelease, json, refreshed, tokenFor } from "../support/api-client.js";
import { expectReleaseEqualsRecompute } from "../support/contribution-recompute.js";
import { organisationIn, roundAtLevel, withoutRelease } from "../support/privacy-attacker.js";
import { settingsKeepingReleases } from "../support/test-settings.js";

/**
 * Open gap 4 of docs/privacy.md (before this test): an organisation erased AFTER the releases that
 * first published it were pruned (BENCHMARK_RELEASES_KEPT = 2 here, as in release-older-than-kept).
 * Its departure is a change like any other, counted against the current state and the pruned one
 * (kept in benchmark_lattice_states): it shows only inside a refresh where at least k organisations
 * entered or left (the group sizes go with the membership) and k changed, and once it has left, no
 * release, figure or answer holds it again. k = 5 (test settings). Section J (ICT) in Groningen.
 */
const CELL = { sbiCode: "6201", headcount: 30, region: "NL-GR" };
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
    // The target (the last) answers 4 everywhere: its leaving moves every figure it is in.
    await round(members[index] as string, index === 13 ? 4 : 2);
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

/** Whether any stored release lists the member among the members its lattices rest on. */
async function anyReleaseHolds(key: string): Promise<boolean> {
  const rows = await harness.storage.db.selectFrom("benchmark_release_members").select("members").execute();
  return rows.some((row) => (JSON.parse(row.members) as [string][]).some(([member]) => member === key));
}

describe("an organisation erased after its lattice's releases were pruned", () => {
  it("leaves only with k entering or leaving, and is never published again", async () => {
    const target = members[13] as string;
    const key = await memberKey(target);
    const n = await cutRelease(harness, admin);
    for (const organisationId of members.slice(0, 5)) await round(organisationId, 3);
    expect(refreshed(await cutRelease(harness, admin))).toBe(true);
    await cutRelease(harness, admin);
    await cutRelease(harness, admin);
    expect(await keptReleaseIds()).not.toContain(n.releaseId);
    const kept = await seen();

    // The target erases itself: one leaving, carried.
    expect((await harness.request(`/v1/organisations/${target}`, bearer(admin, { method: "DELETE" }))).status).toBe(
      204,
    );
    expect(refreshed(await cutRelease(harness, admin))).toBe(false);
    expect(await seen()).toEqual(kept);

    // Four others change their answers: five organisations changed, one left: still carried.
    for (const organisationId of members.slice(5, 9)) await round(organisationId, 3);
    expect(refreshed(await cutRelease(harness, admin))).toBe(false);
    expect(await seen()).toEqual(kept);
    expect(await anyReleaseHolds(key)).toBe(true);

    // Four newcomers: five entered or left. The target leaves the figures with them.
    for (let index = 0; index < 4; index++) {
      const newcomer = await organisationIn(harness, admin, CELL, `Nieuwkomer ${index}`);
      await round(newcomer, 2);
    }
    expect(refreshed(await cutRelease(harness, admin))).toBe(true);
    const after = await seen();
    expect(after).not.toEqual(kept);
    expect(await expectReleaseEqualsRecompute(harness.storage.db)).toBeGreaterThan(0);

    // Later cuts (the releases that held it pruned in turn) never bring it back.
    await cutRelease(harness, admin);
    await cutRelease(harness, admin);
    expect(await anyReleaseHolds(key)).toBe(false);
    expect(await seen()).toEqual(after);
    expect(await expectReleaseEqualsRecompute(harness.storage.db)).toBeGreaterThan(0);
    expect((await harness.request(`/v1/organisations/${target}`, bearer(admin))).status).toBe(404);
  });
});
