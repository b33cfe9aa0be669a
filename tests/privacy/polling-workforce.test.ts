import { describe, expect, it } from "vitest";
import { bearer, refreshed } from "../support/api-client.js";
import {
  attackerClients,
  organisationIn,
  putWorkforce,
  reportSection,
  submitRound,
} from "../support/privacy-attacker.js";
import { privacyWorld } from "../support/privacy-world.js";

/**
 * Attack: polling across a workforce update. A look-alike employer reads its report's peer workforce
 * medians, the target changes its workforce figures (PUT), the reader reads again, and after each
 * release. Peers' medians come from the snapshots frozen at submission, in a release: a PUT changes
 * nothing others see, and a resubmission only shows with k changes. Section K (finance) in Limburg.
 */
const CELL = { sbiCode: "6419", headcount: 30, region: "NL-LI" };
const world = privacyWorld();

describe("polling across a workforce update", () => {
  it("learns nothing of the target's new figures from the report's peer medians", async () => {
    const { harness, admin } = world;
    const members: string[] = [];
    for (let index = 0; index < 7; index++) {
      members.push(await organisationIn(harness, admin, CELL, `Bank ${index}`));
      await putWorkforce(harness, admin, members[index] as string, 10 + 5 * index);
      await submitRound(harness, admin, members[index] as string, index);
    }
    const reader = await attackerClients(harness, admin, "K", members[0] as string);
    await world.release();
    const peers = async () =>
      reportSection(
        await (await harness.request(`/v1/organisations/${members[0]}/report`, bearer(reader.employer.token))).text(),
        "Samenstelling van het personeel",
        "Verantwoording",
      );
    const before = await peers();
    // The medians are shown (seven reporting, k = 5): the control that the attack has something to read.
    expect(before).toMatch(/ongeveer \d+ opgaven/);

    const target = members[3] as string;
    await putWorkforce(harness, admin, target, 95);
    expect(await peers()).toBe(before);
    await world.release();
    expect(await peers()).toBe(before);

    // The target submits again, freezing its new figures in: one change, carried.
    await submitRound(harness, admin, target, 3);
    expect(refreshed(await world.release())).toBe(false);
    expect(await peers()).toBe(before);
  });
});
