import { describe, expect, it } from "vitest";
import { bearer, json, refreshed } from "../support/api-client.js";
import { attackerClients, organisationIn, submitRound } from "../support/privacy-attacker.js";
import { privacyWorld } from "../support/privacy-world.js";

/**
 * Attack: mixed-age lattice differencing. If a release refreshed the parent (section × size) and one
 * child (Utrecht) while another child (Zeeland) carried its old figures, new parent − new Utrecht −
 * old Zeeland would isolate the one organisation that changed in Zeeland. The whole lattice refreshes
 * or carries together, so the reader never holds figures of mixed age. Section H (transport).
 */
const UTRECHT = { sbiCode: "4941", headcount: 30, region: "NL-UT" };
const ZEELAND = { sbiCode: "4941", headcount: 30, region: "NL-ZE" };
const world = privacyWorld();

interface List {
  items: {
    group: { level: string; region: string | null; organisations: number };
    practices: unknown[];
    measures: unknown[];
  }[];
}

describe("mixed-age lattice differencing", () => {
  it("never shows a refreshed parent next to a child that carries old figures", async () => {
    const { harness, admin } = world;
    const zeeland: string[] = [];
    for (let index = 0; index < 6; index++) {
      await submitRound(harness, admin, await organisationIn(harness, admin, UTRECHT, `Vervoer UT ${index}`), index);
      zeeland.push(await organisationIn(harness, admin, ZEELAND, `Vervoer ZE ${index}`));
      await submitRound(harness, admin, zeeland[index] as string, 10 + index);
    }
    const reader = await attackerClients(harness, admin, "H", zeeland[0] as string);
    await world.release();
    const read = async () =>
      (await json<List>(await harness.request("/v1/benchmarks?section=H", bearer(reader.sector.token)), 200)).items;
    const before = await read();
    const levels = (items: List["items"]) => items.map((item) => `${item.group.level}:${item.group.region ?? "*"}`);
    expect(levels(before)).toEqual(
      expect.arrayContaining(["sectionSize:*", "sectionSizeRegion:NL-UT", "sectionSizeRegion:NL-ZE"]),
    );

    // Five new members in Utrecht (enough to refresh Utrecht and the parent) and one change in Zeeland.
    for (let index = 0; index < 5; index++) {
      await submitRound(harness, admin, await organisationIn(harness, admin, UTRECHT, `Nieuw UT ${index}`), 20 + index);
    }
    await submitRound(harness, admin, zeeland[1] as string, 99);
    expect(refreshed(await world.release())).toBe(false);
    // Every group as before: parent, Utrecht and Zeeland alike, so no new − new − old isolates anyone.
    expect(await read()).toEqual(before);

    // Four more changes in Zeeland: every published group and difference now changed by 0 or ≥ k.
    for (const index of [2, 3, 4, 5]) await submitRound(harness, admin, zeeland[index] as string, 90 + index);
    expect(refreshed(await world.release())).toBe(true);
    const after = await read();
    for (const level of ["sectionSize:*", "sectionSizeRegion:NL-UT", "sectionSizeRegion:NL-ZE"]) {
      const old = before.find((item) => `${item.group.level}:${item.group.region ?? "*"}` === level);
      const now = after.find((item) => `${item.group.level}:${item.group.region ?? "*"}` === level);
      expect(now, level).not.toEqual(old);
    }
  });
});
