import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Harness } from "../harness/harness.js";
import { adminToken, bearer, createClient, cutRelease, json, tokenFor } from "../support/api-client.js";
import { builtInFramework } from "../support/built-in-framework.js";
import { reportText, submittedOrganisation } from "../support/privacy-population.js";

/**
 * Attack (issue 15, gap 3 of the adversarial review): look-alikes that are the only other reporters of
 * a figure taken over part of a group. The cell holds twenty: fifteen genuine employers that report no
 * workforce figures and have no internships (every practice of `stages_eerste_baan` not applicable),
 * the target, and an HR tool's four look-alikes (20 %, the cap). The group rules hold, but a workforce
 * median rests on the five that report the figure and the internship phase's distribution on the five
 * that have the phase: the target and the tool's four, two at the bottom and two at the top. The
 * median of five is then the target's own value. k = 5 (test settings).
 */
const CELL = { sbiCode: "7111", headcount: 30, region: "NL-OV" };
const PHASE = "stages_eerste_baan";
const TARGET_SHARE = 80;
const internships = new Set(
  builtInFramework()
    .practices.filter((practice) => practice.phase === PHASE)
    .map((practice) => practice.id),
);

let harness: Harness;
let admin: string;
let tool: string;
let target: string;
const lookAlikes: string[] = [];

beforeAll(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
  for (let index = 0; index < 15; index++) {
    await submittedOrganisation(harness, admin, CELL, (id) =>
      internships.has(id) ? "notApplicable" : 1 + (index % 3),
    );
  }
  target = (await submittedOrganisation(harness, admin, CELL, (id) => (internships.has(id) ? 3 : 2), TARGET_SHARE))
    .organisationId;
  tool = await tokenFor(harness, await createClient(harness, admin, { name: "Reporter tool", role: "integration" }));
  for (const level of [0, 0, 4, 4]) {
    const share = level === 0 ? 0 : 100;
    lookAlikes.push(
      (await submittedOrganisation(harness, tool, CELL, (id) => (internships.has(id) ? level : 2), share))
        .organisationId,
    );
  }
  await cutRelease(harness, admin);
}, 300_000);
afterAll(async () => {
  await harness.close();
});

interface Benchmark {
  peerGroup: { level: string } | null;
  measures: { measure: string; score: number | null; median: number | null; p25: number | null }[];
}

describe("look-alikes as the only other reporters of a figure", () => {
  it("withholds the internship phase's distribution, not the group", async () => {
    const own = await json<Benchmark>(
      await harness.request(`/v1/organisations/${target}/benchmark`, bearer(admin)),
      200,
    );
    // Control: the target has a score for the phase, so the attack has something to find.
    const targetScore = own.measures.find((measure) => measure.measure === PHASE)?.score;
    expect(targetScore).toEqual(expect.any(Number));
    for (const lookAlike of lookAlikes) {
      const seen = await json<Benchmark>(
        await harness.request(`/v1/organisations/${lookAlike}/benchmark`, bearer(tool)),
        200,
      );
      // The cell is shown (the group rules hold) and its overall distribution with it.
      expect(seen.peerGroup?.level).toBe("sectionSizeRegion");
      expect(seen.measures.find((measure) => measure.measure === "overall")?.median).toEqual(expect.any(Number));
      // The phase rests on the target and the tool's four: nothing of it is shown.
      const phase = seen.measures.find((measure) => measure.measure === PHASE);
      expect(phase?.median ?? null).toBeNull();
      expect(phase?.p25 ?? null).toBeNull();
    }
  });

  it("withholds the peer workforce median in the report", async () => {
    const html = await (
      await harness.request(
        `/v1/organisations/${lookAlikes[0]}/report`,
        bearer(tool, { headers: { Accept: "text/html" } }),
      )
    ).text();
    const text = reportText(html);
    const figure = text.match(/Medewerkers met een migratieachtergrond \(%\) (\d+) (\d+|niet getoond)/);
    expect(figure, text.slice(text.lastIndexOf("Samenstelling van het personeel"))).not.toBeNull();
    // Were it shown, the median of 0, 0, 80, 100, 100 would be the target's 80 (rounded: 100).
    expect(figure?.[1]).toBe("0");
    expect(figure?.[2]).toBe("niet getoond");
  });
});
