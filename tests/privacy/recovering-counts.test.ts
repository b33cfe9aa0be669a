import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Harness } from "../harness/harness.js";
import { adminToken, bearer, createClient, json, tokenFor } from "../support/api-client.js";
import { pinnedCounts, solveGroup } from "../support/count-solver.js";
import { submittedOrganisation } from "../support/privacy-population.js";

/**
 * Attack (issue 15): a sector client takes everything published about one group at once (its size
 * and, per practice, the adoption rate and every level share) and solves for the group size and the
 * count per answer level. With shares to 0.1 % that gave n and all counts exactly; the coarse,
 * jointly rounded shares must leave both open.
 */
const CELL = { sbiCode: "4941", headcount: 120, region: "NL-LI" };
const MEMBERS = 23;

let harness: Harness;
let sector: string;

/** A spread of answers: member i answers practice p with a level that varies with both. */
const levelOf = (member: number) => (practiceId: string) =>
  (member * 7 + [...practiceId].reduce((sum, char) => sum + char.charCodeAt(0), 0)) % 5;

beforeAll(async () => {
  harness = await createHarness();
  const admin = await adminToken(harness);
  for (let member = 0; member < MEMBERS; member++) await submittedOrganisation(harness, admin, CELL, levelOf(member));
  sector = await tokenFor(
    harness,
    await createClient(harness, admin, { name: "Vervoer NL", role: "sector", sections: ["H"] }),
  );
}, 300_000);
afterAll(async () => {
  await harness.close();
});

interface Published {
  items: {
    group: { level: string; organisations: number };
    practices: {
      practiceId: string;
      adoptionRate: number | null;
      levelShares: Record<string, number | null> | null;
    }[];
  }[];
}

describe("recovering a group's size and counts from all its published shares", () => {
  it("leaves the group size open and pins no count of any practice", async () => {
    const list = await json<Published>(
      await harness.request("/v1/benchmarks?section=H&level=sectionSizeRegion", bearer(sector)),
      200,
    );
    const group = list.items[0];
    expect(group, "the group is shown (control)").toBeDefined();
    const solution = solveGroup(
      { organisations: group?.group.organisations ?? 0, practices: group?.practices ?? [] },
      5,
    );
    expect(solution.sizes).toContain(MEMBERS);
    expect(solution.sizes.length, `sizes ${solution.sizes.join(", ")}`).toBeGreaterThan(1);
    expect(pinnedCounts(solution)).toEqual([]);
  }, 120_000);
});
