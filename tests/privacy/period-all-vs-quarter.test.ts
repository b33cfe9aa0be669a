import { describe, expect, it } from "vitest";
import { bearer, json, tokenFor } from "../support/api-client.js";
import { attackerClients, organisationIn, submitRound } from "../support/privacy-attacker.js";
import { privacyWorld } from "../support/privacy-world.js";

/**
 * Attack: all periods vs a quarter for the same cell. `period=all` minus `period=2026Q4` for one group
 * would isolate the one organisation that submitted in Q3. A group is never shown in two comparable
 * lattices whose contributions differ by 1 to k − 1 (k = 5): the quarter's is withheld. Section E.
 */
const world = privacyWorld({ startAt: new Date("2026-08-14T10:00:00Z") });

const groupKeys = async (token: string, section: string, period: string) =>
  new Set(
    (
      await json<{ items: { group: { level: string; sizeClass: string | null; region: string | null } }[] }>(
        await world.harness.request(`/v1/benchmarks?section=${section}&period=${period}`, bearer(token)),
        200,
      )
    ).items.map((item) => `${item.group.level}:${item.group.sizeClass ?? "*"}:${item.group.region ?? "*"}`),
  );

describe("all periods vs a quarter of the same cell", () => {
  it("never shows one group for all periods and for a quarter that differ by one organisation", async () => {
    const { harness } = world;
    let admin = world.admin;
    const cell = { sbiCode: "3600", headcount: 30, region: "NL-OV" };
    const early = await organisationIn(harness, admin, cell, "Waterbedrijf Q3");
    await submitRound(harness, admin, early, 1);
    world.setClock(new Date("2026-11-20T10:00:00Z"));
    admin = await world.renewAdmin();
    const members: string[] = [];
    for (let index = 0; index < 5; index++) {
      members.push(await organisationIn(harness, admin, cell, `Waterbedrijf Q4 ${index}`));
      await submitRound(harness, admin, members[index] as string, 10 + index);
    }
    // The control's cell: five organisations that all submitted in Q4, so all periods and the quarter
    // hold the same members there, and the quarter may show that group.
    for (let index = 0; index < 5; index++) {
      const organisation = await organisationIn(harness, admin, { ...cell, region: "NL-GE" }, `Waterschap Q4 ${index}`);
      await submitRound(harness, admin, organisation, 20 + index);
    }
    const reader = await attackerClients(harness, admin, "E", members[0] as string);
    await world.release();
    const token = await tokenFor(harness, reader.sector);
    const all = await groupKeys(token, "E", "all");
    const q4 = await groupKeys(token, "E", "2026Q4");
    // The control: the six are shown for all periods.
    expect(all).toContain("sectionSizeRegion:small:NL-OV");
    expect(q4).not.toContain("sectionSizeRegion:small:NL-OV");
    // No group that differs between the two by one organisation is shown in both.
    expect([...all].filter((key) => q4.has(key) && !key.endsWith(":NL-GE"))).toEqual([]);
    // The second control: the quarter is published, and shows a group whose members are the same for
    // all periods (so what it withholds, it withholds by the rule, not for want of data).
    expect(q4).toContain("sectionSizeRegion:small:NL-GE");
    expect(all).toContain("sectionSizeRegion:small:NL-GE");
  });
});
