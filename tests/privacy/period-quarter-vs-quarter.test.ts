import { describe, expect, it } from "vitest";
import { bearer, json, tokenFor } from "../support/api-client.js";
import { attackerClients, organisationIn, submitRound } from "../support/privacy-attacker.js";
import { privacyWorld } from "../support/privacy-world.js";

/**
 * Attack: quarter vs quarter for the same cell. Q4 minus Q3 would isolate the one organisation that
 * joined in Q4 when the others submitted the same answers again. A group is never shown in two
 * comparable lattices whose contributions differ by 1 to k − 1 (k = 5). Section D.
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

describe("two quarters of the same cell", () => {
  it("never shows one group for two quarters that differ by one organisation", async () => {
    const { harness } = world;
    let admin = world.admin;
    world.setClock(new Date("2026-08-20T10:00:00Z"));
    admin = await world.renewAdmin();
    const cell = { sbiCode: "3511", headcount: 30, region: "NL-FL" };
    const members: string[] = [];
    for (let index = 0; index < 5; index++) {
      members.push(await organisationIn(harness, admin, cell, `Energie ${index}`));
      await submitRound(harness, admin, members[index] as string, index);
    }
    world.setClock(new Date("2026-11-21T10:00:00Z"));
    admin = await world.renewAdmin();
    // The same five submit the same answers again in Q4, and one more joins.
    for (let index = 0; index < 5; index++) await submitRound(harness, admin, members[index] as string, index);
    const joiner = await organisationIn(harness, admin, cell, "Energie nieuw");
    await submitRound(harness, admin, joiner, 50);
    const reader = await attackerClients(harness, admin, "D", members[0] as string);
    await world.release();
    const token = await tokenFor(harness, reader.sector);
    const all = await groupKeys(token, "D", "all");
    const q3 = await groupKeys(token, "D", "2026Q3");
    const q4 = await groupKeys(token, "D", "2026Q4");
    expect(all).toContain("sectionSizeRegion:small:NL-FL");
    // Q4 holds the same contributions as all periods, so it is shown; Q3 differs from both by one.
    expect(q4).toContain("sectionSizeRegion:small:NL-FL");
    expect([...q3].filter((key) => q4.has(key))).toEqual([]);
    expect([...q3].filter((key) => all.has(key))).toEqual([]);
  });
});
