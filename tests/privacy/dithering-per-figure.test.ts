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
 * Attack (issue 15, open gap 1 of docs/privacy.md): dithering one figure. An HR tool controls one
 * member of its target's cell and moves ONE practice of its own at every refresh, while at least k
 * others change other things. Counted per organisation that is k changes the tool does not know, so
 * the lattice refreshes, and the tool re-reads that practice's shares over the others' unchanged
 * answers with a new offset of its own: after a few refreshes it knows their exact counts. The rule
 * counts per figure: the practice's input changed only for the tool's own member, so that practice
 * carries its previous shares (docs/privacy.md, "Per figure") while the other figures refresh.
 * k = 5 (test settings). Section J (ICT) in Zeeland.
 */
const CELL = { sbiCode: "6201", headcount: 30, region: "NL-ZE" };
let harness: Harness;
let admin: string;
let tool: string;
let lookAlike: string;
let practiceMoved: string;
let practiceOthers: string;
const others: string[] = [];

/** One round: every practice at 2, except those given. */
async function round(token: string, organisationId: string, levels: Record<string, number> = {}): Promise<void> {
  const draft = await startAssessment(harness, token, organisationId);
  await submit(harness, token, (await answerAll(harness, token, draft, (id) => levels[id] ?? 2)).assessmentId);
}

beforeAll(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
  for (let index = 0; index < 16; index++) {
    others.push(await organisationIn(harness, admin, CELL, `Softwarehuis ${index}`));
  }
  const draft = await startAssessment(harness, admin, others[0] as string);
  practiceMoved = draft.progress.missing[0] as string;
  practiceOthers = draft.progress.missing.at(-1) as string;
  await submit(harness, admin, (await answerAll(harness, admin, draft, 2)).assessmentId);
  // One other answers the moved practice at 4: with seventeen members (share step 20) a second at 4
  // turns the peers' adoption from 0 into 20 %, so one change of the tool's would show.
  for (const organisationId of others.slice(1, 15)) await round(admin, organisationId);
  await round(admin, others[15] as string, { [practiceMoved]: 4 });
  tool = await tokenFor(harness, await createClient(harness, admin, { name: "Dithering tool", role: "integration" }));
  lookAlike = await organisationIn(harness, tool, CELL, "Look-alike");
  await round(tool, lookAlike);
}, 300_000);
afterAll(async () => {
  await harness.close();
});

interface Benchmark {
  peerGroup: { level: string } | null;
  practices: Record<string, unknown>[];
  measures: Record<string, unknown>[];
}

/** Drops what is the look-alike's own: its answer, score, band and place among the peers. */
const peersOnly = (items: Record<string, unknown>[]) =>
  items.map(({ ownAnswer: _answer, score: _score, band: _band, rankBand: _rank, ...peers }) => peers);

/** What the tool sees of its peers through its look-alike's benchmark. */
async function peersSeen(): Promise<unknown> {
  const body = await json<Benchmark>(
    await harness.request(`/v1/organisations/${lookAlike}/benchmark`, bearer(tool)),
    200,
  );
  return { peerGroup: body.peerGroup, practices: peersOnly(body.practices), measures: peersOnly(body.measures) };
}

/** One practice as the tool sees it among its peers. */
async function practiceSeen(practiceId: string): Promise<unknown> {
  const { practices } = (await peersSeen()) as { practices: { practiceId: string }[] };
  return practices.find((practice) => practice.practiceId === practiceId);
}

describe("dithering one practice while k others change other practices", () => {
  it("carries that practice: it is never re-measured over the others' answers, while the rest refreshes", async () => {
    await cutRelease(harness, admin);
    const before = await peersSeen();
    expect(before).toMatchObject({ peerGroup: { level: "sectionSizeRegion" } });
    const moved = await practiceSeen(practiceMoved);
    const other = await practiceSeen(practiceOthers);
    expect(moved).toMatchObject({ peerAdoptionRate: 0 });

    // The tool moves its own practice; five others (k) change another practice only. The membership
    // and the other practice refresh (k changes the tool does not know); the tool's practice carries.
    // Changed expectation: before per-figure carry the whole lattice carried here.
    await round(tool, lookAlike, { [practiceMoved]: 4 });
    for (const organisationId of others.slice(0, 5)) await round(admin, organisationId, { [practiceOthers]: 4 });
    expect(refreshed(await cutRelease(harness, admin))).toBe(true);
    expect(await practiceSeen(practiceMoved)).toEqual(moved);
    expect(await practiceSeen(practiceOthers)).not.toEqual(other);

    // The tool moves it again, with k more changes elsewhere: still nothing about that practice.
    await round(tool, lookAlike, { [practiceMoved]: 0 });
    for (const organisationId of others.slice(5, 10)) await round(admin, organisationId, { [practiceOthers]: 3 });
    expect(refreshed(await cutRelease(harness, admin))).toBe(true);
    expect(await practiceSeen(practiceMoved)).toEqual(moved);

    // Control: once k others changed their input to that practice too, it refreshes.
    for (const organisationId of others.slice(10, 15)) {
      await round(admin, organisationId, { [practiceOthers]: 3, [practiceMoved]: 3 });
    }
    expect(refreshed(await cutRelease(harness, admin))).toBe(true);
    expect(await practiceSeen(practiceMoved)).not.toEqual(moved);
  });
});
