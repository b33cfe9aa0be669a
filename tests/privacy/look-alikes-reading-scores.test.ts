import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Harness } from "../harness/harness.js";
import { adminToken, bearer, createClient, json, tokenFor } from "../support/api-client.js";
import { reportText, submittedOrganisation } from "../support/privacy-population.js";

/**
 * Attack (issue 15): an HR tool registers look-alike organisations in its target's cell, five answering
 * 0 everywhere and five answering 4, with workforce shares of 0 and 100. Were the cell shown, the
 * peer median in a look-alike's own benchmark would be the target's score, each practice's adoption
 * rate would give the target's answer, and the report's peer workforce median the target's own
 * figure. k = 5 (test settings); the client controls the look-alikes, so they do not count towards
 * k for it, and no client may control more than 20 % of a shown group.
 */
const CELL = { sbiCode: "4120", headcount: 30, region: "NL-UT" };
const BACKGROUND = { sbiCode: "1071", headcount: 30, region: "NL-ZH" };
const TARGET_LEVEL = 3;
const TARGET_SHARE = 37;

let harness: Harness;
let admin: string;
let attacker: string;
let toolId: string;
let target: { organisationId: string; assessmentId: string };
const lookAlikes: string[] = [];

beforeAll(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
  // Forty unrelated employers elsewhere, so that a broad group exists where the tool's ten are under 20 %.
  for (let index = 0; index < 40; index++) await submittedOrganisation(harness, admin, BACKGROUND, 1, 20);
  target = await submittedOrganisation(harness, admin, CELL, TARGET_LEVEL, TARGET_SHARE);
  const tool = await createClient(harness, admin, { name: "Look-alike tool", role: "integration" });
  toolId = tool.clientId;
  attacker = await tokenFor(harness, tool);
  for (const level of [0, 0, 0, 0, 0, 4, 4, 4, 4, 4]) {
    lookAlikes.push(
      (await submittedOrganisation(harness, attacker, CELL, level, level === 0 ? 0 : 100)).organisationId,
    );
  }
}, 300_000);
afterAll(async () => {
  await harness.close();
});

interface Benchmark {
  peerGroup: { level: string; section: string | null } | null;
  measures: { measure: string; score: number | null; median: number | null }[];
  practices: { practiceId: string; peerAdoptionRate: number | null }[];
}

describe("look-alikes reading a target's scores", () => {
  it("the target is what the attacker is after: its own benchmark compares it with section F", async () => {
    // Control: the target's own view (admin) shows its score, so the attack has something to find.
    const own = await json<Benchmark>(
      await harness.request(`/v1/organisations/${target.organisationId}/benchmark`, bearer(admin)),
      200,
    );
    expect(own.measures.find((measure) => measure.measure === "overall")?.score).toBe(75);
  });

  it("shows no look-alike a group where the target is the only member the tool does not control", async () => {
    for (const lookAlike of [lookAlikes[0], lookAlikes[9]] as string[]) {
      const benchmark = await json<Benchmark>(
        await harness.request(`/v1/organisations/${lookAlike}/benchmark`, bearer(attacker)),
        200,
      );
      // Every group in section F holds the target and the tool's ten only: none may be shown.
      expect(benchmark.peerGroup?.section ?? null).not.toBe("F");
      // The attacker's reading: the peer median would be the target's score (75).
      const overall = benchmark.measures.find((measure) => measure.measure === "overall");
      expect(overall?.median ?? null).not.toBe(75);
      // The attacker's reading of adoption: with 5 of 10 look-alikes at 4, a rate above 50 % means the
      // target adopted the practice. Whatever is shown, it is the broad group's rate (background at 1:
      // nobody there adopted anything), the same for every practice.
      const rates = new Set(benchmark.practices.map((practice) => practice.peerAdoptionRate));
      expect(rates.size).toBeLessThanOrEqual(1);
      for (const rate of rates) expect(rate === null || rate < 50).toBe(true);
    }
  });

  it("shows no peer workforce median made of the target and the look-alikes in the report", async () => {
    const html = await (
      await harness.request(
        `/v1/organisations/${lookAlikes[0]}/report`,
        bearer(attacker, { headers: { Accept: "text/html" } }),
      )
    ).text();
    const text = reportText(html);
    const figure = text.match(/Medewerkers met een migratieachtergrond \(%\) (\d+) (\d+|– niet getoond)/);
    expect(figure, text.slice(0, 400)).not.toBeNull();
    // The broad group's median (the forty at 20), never the target's 37 (or its rounding).
    expect(figure?.[2]).toBe("20");
  });

  it("keeps counting unlinked look-alikes as known to the tool: unlinking nine does not reveal the cell", async () => {
    // The tool keeps one look-alike and asks to be unlinked from the other nine, whose answers it
    // already has. Were they forgotten, the cell (11, of which the tool would control 1) would be shown
    // and its median would again be the target's score.
    for (const lookAlike of lookAlikes.slice(1)) {
      const unlinked = await harness.request(
        `/v1/clients/${toolId}/organisations/${lookAlike}`,
        bearer(admin, { method: "DELETE" }),
      );
      expect(unlinked.status, await unlinked.clone().text()).toBe(204);
    }
    expect((await harness.request(`/v1/organisations/${lookAlikes[1]}`, bearer(attacker))).status).toBe(404);
    const benchmark = await json<Benchmark>(
      await harness.request(`/v1/organisations/${lookAlikes[0]}/benchmark`, bearer(attacker)),
      200,
    );
    expect(benchmark.peerGroup?.section ?? null).not.toBe("F");
    expect(benchmark.measures.find((measure) => measure.measure === "overall")?.median ?? null).not.toBe(75);
  });
});
