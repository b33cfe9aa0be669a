import { describe, expect, it } from "vitest";
import { refreshed } from "../support/api-client.js";
import { attackerClients, everythingSeen, organisationIn, submitRound } from "../support/privacy-attacker.js";
import { privacyWorld } from "../support/privacy-world.js";

/**
 * Attack: polling across a submission. A sector client and a look-alike employer read everything they
 * can, the target submits, they read again, and again after every release. Nothing they see may
 * differ until a release that takes in at least k changed organisations (k = 5), so the target's
 * answers are never the difference between two answers. Section P (education) in Friesland.
 */
const CELL = { sbiCode: "8531", headcount: 30, region: "NL-FR" };
const world = privacyWorld();

describe("polling across a submission", () => {
  it("learns nothing until at least k organisations changed, and then the target is one of k", async () => {
    const { harness, admin } = world;
    const members: string[] = [];
    for (let index = 0; index < 6; index++) {
      members.push(await organisationIn(harness, admin, CELL, `School ${index}`));
      await submitRound(harness, admin, members[index] as string, index);
    }
    const reader = await attackerClients(harness, admin, "P", members[0] as string);
    await world.release();
    const before = await everythingSeen(harness, reader, "P");
    expect(before.benchmark).toMatchObject({ peerGroup: { level: "sectionSizeRegion" } });

    // The target submits: at once, and after the next release, nothing differs.
    const target = await organisationIn(harness, admin, CELL, "Target school");
    await submitRound(harness, admin, target, 17);
    expect(await everythingSeen(harness, reader, "P")).toEqual(before);
    expect(refreshed(await world.release())).toBe(false);
    expect(await everythingSeen(harness, reader, "P")).toEqual(before);

    // Others join one at a time; the reader polls after each and after each release: still nothing.
    for (let index = 0; index < 3; index++) {
      const other = await organisationIn(harness, admin, CELL, `Other school ${index}`);
      await submitRound(harness, admin, other, 30 + index);
      expect(refreshed(await world.release())).toBe(false);
      expect(await everythingSeen(harness, reader, "P")).toEqual(before);
    }

    // The fifth change: the release refreshes, and the difference holds five organisations at once.
    const fifth = await organisationIn(harness, admin, CELL, "Fifth school");
    await submitRound(harness, admin, fifth, 40);
    expect(refreshed(await world.release())).toBe(true);
    const after = await everythingSeen(harness, reader, "P");
    expect(after.benchmarks).not.toEqual(before.benchmarks);
  });
});
