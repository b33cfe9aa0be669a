import { describe, expect, it } from "vitest";
import { borrowedKvkAttack } from "../support/borrowed-kvk-attack.js";
import { privacyWorld } from "../support/privacy-world.js";

/**
 * The contrast to control-by-borrowed-kvk.test.ts: the same world and the same steps, with the tool's
 * look-alike under a KvK number that no member of section P has. Section P looks exactly as before, so
 * what moves there in the other file is the target's membership alone.
 */
describe("an HR tool registering a look-alike under a KvK number nobody in the section has", () => {
  const world = privacyWorld();

  it("changes nothing a reader sees of section P", async () => {
    const { before, after } = await borrowedKvkAttack(world, "55500002");
    expect(after.own).toEqual(before.own);
    expect(after.sector).toEqual(before.sector);
  });
});
