import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Harness } from "../harness/harness.js";
import { adminToken, bearer, createClient, cutRelease, json, refreshed, tokenFor } from "../support/api-client.js";
import { organisationIn, submitMovedRound, submitRound } from "../support/privacy-attacker.js";

/**
 * Attack (issue 15, gap 1 of the adversarial review): a forced refresh. An HR tool controls k − 1
 * look-alikes in its target's cell. When the target submits new answers, the tool resubmits its four
 * with new answers of its own: five changed members, k for a reader that knows none of them, so a
 * change threshold that ignores who controls what refreshes the lattice, and the tool reads new − old
 * minus its own known changes: the target's change alone. The tool reads what its look-alikes' own
 * benchmarks show of the peers. k = 5 (test settings); the tool's four are 20 % of the cell of twenty
 * (the cap). Section J (information and communication) in Utrecht.
 */
const CELL = { sbiCode: "6201", headcount: 30, region: "NL-UT" };
let harness: Harness;
let admin: string;
let tool: string;
const others: string[] = [];
const lookAlikes: string[] = [];

beforeAll(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
  for (let index = 0; index < 16; index++) {
    others.push(await organisationIn(harness, admin, CELL, `Softwarehuis ${index}`));
    await submitRound(harness, admin, others[index] as string, index);
  }
  tool = await tokenFor(harness, await createClient(harness, admin, { name: "Refresh tool", role: "integration" }));
  for (let index = 0; index < 4; index++) {
    lookAlikes.push(await organisationIn(harness, tool, CELL, `Look-alike ${index}`));
    await submitRound(harness, tool, lookAlikes[index] as string, 100 + index);
  }
}, 300_000);
afterAll(async () => {
  await harness.close();
});

interface Benchmark {
  peerGroup: { level: string } | null;
  fallbackReason: string | null;
  measures: {
    measure: string;
    p25: number | null;
    median: number | null;
    p75: number | null;
    deciles: (number | null)[];
  }[];
  practices: { practiceId: string; peerAdoptionRate: number | null }[];
}

/** What the tool sees of its peers (its own scores and answers are its own and left out). */
async function peersSeen(): Promise<unknown[]> {
  const seen: unknown[] = [];
  for (const lookAlike of lookAlikes) {
    const body = await json<Benchmark>(
      await harness.request(`/v1/organisations/${lookAlike}/benchmark`, bearer(tool)),
      200,
    );
    seen.push({
      peerGroup: body.peerGroup,
      fallbackReason: body.fallbackReason,
      measures: body.measures.map(({ measure, p25, median, p75, deciles }) => ({ measure, p25, median, p75, deciles })),
      practices: body.practices.map(({ practiceId, peerAdoptionRate }) => ({ practiceId, peerAdoptionRate })),
    });
  }
  return seen;
}

describe("a forced refresh: k − 1 own changes alongside the target's", () => {
  it("carries the lattice, so new − old never isolates the target's change", async () => {
    await cutRelease(harness, admin);
    const before = await peersSeen();
    // Control: the cell is shown to the tool, so there is something to difference.
    expect(before[0]).toMatchObject({ peerGroup: { level: "sectionSizeRegion" } });

    const target = others[7] as string;
    await submitRound(harness, admin, target, 77);
    for (const [index, lookAlike] of lookAlikes.entries()) await submitRound(harness, tool, lookAlike, 200 + index);
    expect(refreshed(await cutRelease(harness, admin))).toBe(false);
    expect(await peersSeen()).toEqual(before);

    // More own changes do not help: the tool answers anew again, still one change it does not know.
    for (const [index, lookAlike] of lookAlikes.entries()) await submitRound(harness, tool, lookAlike, 300 + index);
    expect(refreshed(await cutRelease(harness, admin))).toBe(false);
    expect(await peersSeen()).toEqual(before);

    // Four more changes the tool does not know: five unknown to it, and the release refreshes. The
    // target's change is now one of five the tool cannot tell apart. Each of the five moves every
    // answer, so each figure the tool's own members moved has five changes the tool does not know
    // (the rule counts per figure: docs/privacy.md).
    await submitMovedRound(harness, admin, target, 7);
    for (const index of [1, 2, 3, 4]) await submitMovedRound(harness, admin, others[index] as string, index);
    expect(refreshed(await cutRelease(harness, admin))).toBe(true);
    expect(await peersSeen()).not.toEqual(before);
  });
});
