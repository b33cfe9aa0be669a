import { describe, expect, it } from "vitest";
import { borrowedKvkAttack, TARGET_KVK } from "../support/borrowed-kvk-attack.js";
import { privacyWorld } from "../support/privacy-world.js";

/**
 * Attack (adversarial review, session 6): membership inference by borrowing a KvK number.
 *
 * "A client that controls one registration of a KvK number controls all of them" (docs/privacy.md,
 * "Clients that control organisations"), and an integration client may register a KvK number that
 * another client registered. So an HR tool registers a look-alike under the TARGET's KvK number in a
 * busy cell far from the target, submitted in an interval where k other organisations join there too,
 * so the change threshold lets the release refresh. From then on the rules count the target as
 * controlled by the tool in every group the target is in, and the groups around it are withdrawn
 * although none of their members entered, left or answered anew. With a KvK number that nobody in
 * section P has, nothing there moves (control-by-borrowed-kvk-absent.test.ts), so the difference is
 * whether the target submitted: the threat model's "nor whether it submitted or erased itself". The
 * tool needs no other client: its own look-alike in section P fell back from "section P × small" to
 * "small"; a sector client of P saw its list empty. k = 5 (test settings). Closed (docs/privacy.md,
 * open gap 5): a registration of a KvK number another registration already had is held, taking no
 * part in releases and conferring no control, until an admin confirms it (migration 0034).
 */
describe("an HR tool registering a look-alike under the target's KvK number", () => {
  const world = privacyWorld();

  it("changes nothing a reader sees of a section in which nothing changed", async () => {
    const { before, after } = await borrowedKvkAttack(world, TARGET_KVK);
    expect.soft(after.own, "the tool's own look-alike's benchmark").toEqual(before.own);
    expect.soft(after.sector, "a sector client's list of section P").toEqual(before.sector);
  });
});
