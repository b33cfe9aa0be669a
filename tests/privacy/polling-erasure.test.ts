import { describe, expect, it } from "vitest";
import { bearer, refreshed } from "../support/api-client.js";
import { attackerClients, everythingSeen, organisationIn, submitRound } from "../support/privacy-attacker.js";
import { privacyWorld } from "../support/privacy-world.js";

/**
 * Attack: polling across an erasure. The reader reads, the target erases itself, the reader reads
 * again and after each release: the figures the target was in stay as they were (a carried lattice
 * is still ≥ k by construction) until at least k organisations changed, at least k of them entering
 * or leaving (the group sizes go with the membership: docs/privacy.md, "Per figure"). Section J (ICT) in Drenthe.
 */
const CELL = { sbiCode: "6201", headcount: 30, region: "NL-DR" };
const world = privacyWorld();

describe("polling across an erasure", () => {
  it("learns nothing: the erased organisation stays in the carried figures until k changed", async () => {
    const { harness, admin } = world;
    const members: string[] = [];
    for (let index = 0; index < 7; index++) {
      members.push(await organisationIn(harness, admin, CELL, `Softwarehuis ${index}`));
      await submitRound(harness, admin, members[index] as string, index);
    }
    const reader = await attackerClients(harness, admin, "J", members[0] as string);
    await world.release();
    const before = await everythingSeen(harness, reader, "J");
    expect(before.benchmark).toMatchObject({ peerGroup: { level: "sectionSizeRegion" } });

    const erased = await harness.request(`/v1/organisations/${members[6]}`, bearer(admin, { method: "DELETE" }));
    expect(erased.status).toBe(204);
    expect(await everythingSeen(harness, reader, "J")).toEqual(before);
    expect(refreshed(await world.release())).toBe(false);
    expect(await everythingSeen(harness, reader, "J")).toEqual(before);

    // A second erasure and two resubmissions: four changes, still carried.
    expect((await harness.request(`/v1/organisations/${members[5]}`, bearer(admin, { method: "DELETE" }))).status).toBe(
      204,
    );
    await submitRound(harness, admin, members[1] as string, 21);
    await submitRound(harness, admin, members[2] as string, 22);
    expect(refreshed(await world.release())).toBe(false);
    expect(await everythingSeen(harness, reader, "J")).toEqual(before);

    // A fifth organisation changes: five changed, but only two left, so the group sizes (and the groups
    // shown) would move by two organisations: still carried (docs/privacy.md, "Per figure": the size
    // goes with the membership). Changed expectation: this refreshed before per-figure carry.
    await submitRound(harness, admin, members[3] as string, 23);
    expect(refreshed(await world.release())).toBe(false);
    expect(await everythingSeen(harness, reader, "J")).toEqual(before);

    // Three newcomers: five entered or left, and the lattice refreshes without the two erased.
    for (let index = 0; index < 3; index++) {
      await submitRound(harness, admin, await organisationIn(harness, admin, CELL, `Nieuwkomer ${index}`), 30 + index);
    }
    expect(refreshed(await world.release())).toBe(true);
    expect((await everythingSeen(harness, reader, "J")).benchmarks).not.toEqual(before.benchmarks);
  });
});
