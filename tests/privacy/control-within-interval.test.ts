import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Harness } from "../harness/harness.js";
import {
  adminToken,
  answerAll,
  bearer,
  createClient,
  cutRelease,
  json,
  refreshed,
  startAssessment,
  submit,
  tokenFor,
} from "../support/api-client.js";
import { organisationIn } from "../support/privacy-attacker.js";

/**
 * Attack (issue 15, open gap 3 of docs/privacy.md): control gained and lost within one release
 * interval. After a cut an admin links an HR tool to the target; the tool reads the target's answers;
 * the target is erased before the next cut, and with it its client history. Beside k − 1 other
 * changes, a count that no longer knows the tool controlled the target sees k changes the tool does
 * not know and refreshes: the tool subtracts the target's departure (it knows its answers) and reads
 * the k − 1 others' changes together. The erasure records the target's controllers in the same atomic
 * write, so the tool still counts as knowing it and the lattice carries. k = 5 (test settings).
 * Section J (ICT) in Friesland.
 */
const CELL = { sbiCode: "6201", headcount: 30, region: "NL-FR" };
let harness: Harness;
let admin: string;
let tool: string;
let toolId: string;
let lookAlike: string;
const others: string[] = [];

async function round(token: string, organisationId: string, level: number): Promise<void> {
  const draft = await startAssessment(harness, token, organisationId);
  await submit(harness, token, (await answerAll(harness, token, draft, level)).assessmentId);
}

beforeAll(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
  for (let index = 0; index < 16; index++) {
    others.push(await organisationIn(harness, admin, CELL, `Softwarehuis ${index}`));
    await round(admin, others[index] as string, 2);
  }
  const credentials = await createClient(harness, admin, { name: "Linked tool", role: "integration" });
  toolId = credentials.clientId;
  tool = await tokenFor(harness, credentials);
  lookAlike = await organisationIn(harness, tool, CELL, "Look-alike");
  await round(tool, lookAlike, 2);
}, 300_000);
afterAll(async () => {
  await harness.close();
});

/** What the tool sees of its peers through its look-alike's benchmark. */
async function peersSeen(): Promise<unknown> {
  const body = await json<{ peerGroup: unknown; practices: unknown; measures: unknown }>(
    await harness.request(`/v1/organisations/${lookAlike}/benchmark`, bearer(tool)),
    200,
  );
  return { peerGroup: body.peerGroup, practices: body.practices, measures: body.measures };
}

describe("a client linked to an organisation that is erased before the next cut", () => {
  it("still counts as knowing it: the target's departure and k − 1 others never refresh for it", async () => {
    await cutRelease(harness, admin);
    const before = await peersSeen();
    expect(before).toMatchObject({ peerGroup: { level: "sectionSizeRegion" } });

    const target = others[15] as string;
    const linked = await harness.request(
      `/v1/clients/${toolId}/organisations/${target}`,
      bearer(admin, { method: "PUT" }),
    );
    expect(linked.status).toBe(204);
    // The tool reads the target's own answers while it may.
    expect((await harness.request(`/v1/organisations/${target}/assessments`, bearer(tool))).status).toBe(200);
    expect((await harness.request(`/v1/organisations/${target}`, bearer(admin, { method: "DELETE" }))).status).toBe(
      204,
    );
    for (const organisationId of others.slice(0, 4)) await round(admin, organisationId, 3);
    expect(refreshed(await cutRelease(harness, admin))).toBe(false);
    expect(await peersSeen()).toEqual(before);

    // Control: five newcomers the tool does not know. The target's departure is the tool's own change
    // to the group sizes, which the tool may not re-measure alone (docs/privacy.md, "The change
    // threshold, per figure"), so a fifth resubmission would not do; k others joining does.
    for (let index = 0; index < 5; index++) {
      await round(admin, await organisationIn(harness, admin, CELL, `Nieuw ${index}`), 3);
    }
    expect(refreshed(await cutRelease(harness, admin))).toBe(true);
    expect(await peersSeen()).not.toEqual(before);
  });
});
