import { expect } from "vitest";
import { bearer, createClient, json, refreshed, tokenFor } from "./api-client.js";
import { withoutRelease } from "./privacy-attacker.js";
import { type Profile, submittedOrganisation } from "./privacy-population.js";
import type { PrivacyWorld } from "./privacy-world.js";

/**
 * The borrowed-KvK attack (tests/privacy/control-by-borrowed-kvk*.test.ts), in one world: section P
 * holds five genuine members in one cell (Friesland) and the HR tool's look-alike in another
 * (Groningen), a busy cell elsewhere holds ten. After a first release the tool registers a look-alike
 * under `borrowed` in the busy cell, submitted in the same interval as five genuine newcomers there,
 * and a second release refreshes. Returns what the tool (through its section-P look-alike's own
 * benchmark) and a sector client of P saw of section P before and after. Nothing in section P changed.
 */
const CELL: Profile = { sbiCode: "8531", headcount: 30, region: "NL-FR" };
const LOOK_ALIKE_CELL: Profile = { sbiCode: "8531", headcount: 30, region: "NL-GR" };
const BUSY_CELL: Profile = { sbiCode: "8610", headcount: 30, region: "NL-NH" };
export const TARGET_KVK = "55500001";

export async function borrowedKvkAttack(world: PrivacyWorld, borrowed: string) {
  const { harness, admin } = world;
  const tool = await world.tool("HR tool");
  await submittedOrganisation(harness, admin, { ...CELL, kvkNumber: TARGET_KVK }, 2);
  for (let index = 0; index < 4; index++) await submittedOrganisation(harness, admin, CELL, index % 5);
  const { organisationId: lookAlike } = await submittedOrganisation(harness, tool.token, LOOK_ALIKE_CELL, 3);
  for (let index = 0; index < 10; index++) await submittedOrganisation(harness, admin, BUSY_CELL, index % 5);
  const sector = await createClient(harness, admin, { name: "Sector P", role: "sector", sections: ["P"] });
  const seen = async () => ({
    own: withoutRelease(
      await json(
        await harness.request(`/v1/organisations/${lookAlike}/benchmark`, bearer(await tokenFor(harness, tool))),
        200,
      ),
    ),
    sector: withoutRelease(
      await json(
        await harness.request("/v1/benchmarks?section=P&limit=100", bearer(await tokenFor(harness, sector))),
        200,
      ),
    ),
  });
  await world.release();
  const before = await seen();
  // The look-alike is compared within section P (its own cell is too small to show).
  expect(before.own).toMatchObject({ peerGroup: { section: "P" } });

  await submittedOrganisation(harness, tool.token, { ...BUSY_CELL, kvkNumber: borrowed }, 4);
  for (let index = 0; index < 5; index++) await submittedOrganisation(harness, admin, BUSY_CELL, (index + 1) % 5);
  expect(refreshed(await world.release())).toBe(true);
  return { before, after: await seen() };
}
