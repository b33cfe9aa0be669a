import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import { groupKey } from "../../src/domain/benchmark/peer-groups.js";
import type { Harness } from "../harness/harness.js";
import {
  type AssessmentBody,
  adminToken,
  answerAll,
  bearer,
  createClient,
  createOrganisation,
  cutRelease,
  json,
  jsonBody,
  startAssessment,
  submit,
  tokenFor,
} from "../support/api-client.js";
import { contributionRows, contributorsIn, recomputedContributionRows } from "../support/contribution-recompute.js";

/**
 * OWASP API6:2023 Unrestricted Access to Sensitive Business Flows. The sensitive flow here is
 * submitting assessments, which feeds the peer groups: one organisation must count once in every
 * aggregate however many rounds it submits (only its latest submitted round contributes), and
 * resubmitting, erasing and re-registering must not inflate a group. An integration registering many
 * organisations is limited per day and its organisations count as known to it (docs/privacy.md).
 */

let harness: Harness;
let admin: string;
/** Five organisations in one peer group (C × small × NL-UT), each with one submitted round at 0. */
let members: string[];

const GROUP = { sbiCode: "1071", headcount: 35, region: "NL-UT" };
const NARROW_GROUP_KEY = groupKey("C", "small", "NL-UT");

async function submitRound(token: string, organisationId: string, level: number): Promise<string> {
  const assessment = await startAssessment(harness, token, organisationId);
  return (await submit(harness, token, (await answerAll(harness, token, assessment, level)).assessmentId)).assessmentId;
}

/** Contributing organisations in the narrow group, per framework version and period. */
async function narrowGroupCounts(): Promise<number[]> {
  return [...(await contributorsIn(harness.storage.db, NARROW_GROUP_KEY)).values()];
}

async function expectMaintainedEqualsRebuild(): Promise<void> {
  expect(await contributionRows(harness.storage.db)).toEqual(await recomputedContributionRows(harness.storage.db));
}

async function adoptionSeenBy(organisationId: string): Promise<{ organisations: number; rate: number | null }> {
  const benchmark = await json<{
    peerGroup: { level: string; organisations: number } | null;
    practices: { practiceId: string; peerAdoptionRate: number | null }[];
  }>(await harness.request(`/v1/organisations/${organisationId}/benchmark`, bearer(admin)), 200);
  return {
    organisations: benchmark.peerGroup?.organisations ?? 0,
    rate:
      benchmark.practices.find((practice) => practice.practiceId === "structured_interviews")?.peerAdoptionRate ?? null,
  };
}

beforeAll(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
  members = [];
  for (let index = 0; index < 5; index++) {
    const organisation = await createOrganisation(harness, admin, {
      ...GROUP,
      name: `Member ${index}`,
      kvkNumber: `1000000${index}`,
    });
    members.push(organisation.organisationId);
    await submitRound(admin, organisation.organisationId, 0);
  }
});
afterAll(async () => {
  await harness.close();
});

describe("mass submissions cannot skew a peer group", () => {
  it("counts five organisations once each (control: the group is shown, nobody has adopted the practice)", async () => {
    expect(await narrowGroupCounts()).not.toHaveLength(0);
    expect(new Set(await narrowGroupCounts())).toEqual(new Set([5]));
    // Five, published as "about 10" (counts in steps of 10 below 100: docs/privacy.md, "No exact counts").
    expect(await adoptionSeenBy(members[1] as string)).toEqual({ organisations: 10, rate: 0 });
  });

  it("one organisation submitting many rounds still counts once, with its latest round only", async () => {
    let latest = "";
    for (let round = 0; round < 6; round++) latest = await submitRound(admin, members[0] as string, 4);
    expect(new Set(await narrowGroupCounts())).toEqual(new Set([5]));
    // Peers read released figures: one organisation's change, however many rounds, never shows alone
    // (docs/privacy.md): the next release carries the group's figures forward.
    expect(await adoptionSeenBy(members[1] as string)).toEqual({ organisations: 10, rate: 0 });
    expect((await cutRelease(harness, admin)).lattices.every((lattice) => !lattice.refreshed)).toBe(true);
    expect(await adoptionSeenBy(members[1] as string)).toEqual({ organisations: 10, rate: 0 });
    const contributions = await harness.storage.db
      .selectFrom("benchmark_contributions")
      .selectAll()
      .where("organisation_id", "=", members[0] as string)
      .execute();
    // One contribution per framework version × period ("all" and the quarter), each the latest round.
    expect(contributions.map((row) => `${row.framework_version}/${row.period}`).sort()).toEqual(
      [...new Set(contributions.map((row) => `${row.framework_version}/${row.period}`))].sort(),
    );
    expect(contributions.map((row) => row.period)).toContain("all");
    for (const row of contributions) expect(row.assessment_id).toBe(latest);
    await expectMaintainedEqualsRebuild();
  });

  it("rounds started and submitted concurrently by one organisation still count once", async () => {
    const organisationId = members[2] as string;
    // One open draft per organisation (issue 16): of simultaneous starts one is taken, the others
    // are refused naming it.
    const starts = await Promise.all(
      [0, 1, 2, 3].map(() =>
        harness.request(`/v1/organisations/${organisationId}/assessments`, jsonBody("POST", {}, admin)),
      ),
    );
    expect(starts.map((response) => response.status).sort()).toEqual([201, 409, 409, 409]);
    const draft = await json<AssessmentBody>(starts.find((response) => response.status === 201) as Response, 201);
    for (const refused of starts.filter((response) => response.status === 409)) {
      expect((await json<{ existingId?: string }>(refused, 409)).existingId).toBe(draft.assessmentId);
    }
    const answered = await answerAll(harness, admin, draft, 4);
    const statuses = await Promise.all(
      [0, 1, 2, 3].map(
        async () =>
          (
            await harness.request(
              `/v1/assessments/${answered.assessmentId}/submission`,
              bearer(admin, { method: "POST" }),
            )
          ).status,
      ),
    );
    // Each is taken or refused as a lost race (409); never a 5xx, never a second count.
    for (const status of statuses) expect([201, 409]).toContain(status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(new Set(await narrowGroupCounts())).toEqual(new Set([5]));
    // Two organisations changed since the release (k = 5): still carried, nothing shows.
    expect((await cutRelease(harness, admin)).lattices.every((lattice) => !lattice.refreshed)).toBe(true);
    expect((await adoptionSeenBy(members[1] as string)).rate).toBe(0);
    await expectMaintainedEqualsRebuild();
  });

  it("what-if probes move no contribution", async () => {
    const before = await harness.storage.db.selectFrom("benchmark_contributions").selectAll().execute();
    const latest = await json<{ items: { assessmentId: string }[] }>(
      await harness.request(`/v1/organisations/${members[3]}/assessments`, bearer(admin)),
      200,
    );
    for (const level of [0, 1, 2, 3, 4]) {
      await json(
        await harness.request(
          `/v1/assessments/${latest.items[0]?.assessmentId}/what-if`,
          jsonBody("POST", { answers: { structured_interviews: { maturity: level } } }, admin),
        ),
        200,
      );
    }
    expect(await harness.storage.db.selectFrom("benchmark_contributions").selectAll().execute()).toEqual(before);
  });

  it("erasing and re-registering an organisation does not inflate the group", async () => {
    const erased = members[0] as string;
    expect((await harness.request(`/v1/organisations/${erased}`, bearer(admin, { method: "DELETE" }))).status).toBe(
      204,
    );
    expect(new Set(await narrowGroupCounts())).toEqual(new Set([4]));
    // Four is below k: the narrow group is no longer shown, the benchmark falls back.
    const fallback = await adoptionSeenBy(members[1] as string);
    expect(fallback.organisations).not.toBe(4);
    const again = await createOrganisation(harness, admin, { ...GROUP, name: "Member 0 again", kvkNumber: "10000000" });
    await submitRound(admin, again.organisationId, 4);
    await submitRound(admin, again.organisationId, 4);
    expect(new Set(await narrowGroupCounts())).toEqual(new Set([5]));
    await expectMaintainedEqualsRebuild();
  });

  it("registrations without a submitted round count nowhere", async () => {
    const integration = await createClient(harness, admin, { name: "Mass registrar", role: "integration" });
    const token = await tokenFor(harness, integration);
    const before = await harness.storage.db.selectFrom("benchmark_contributions").selectAll().execute();
    for (let index = 0; index < 6; index++) {
      const organisation = await createOrganisation(harness, token, { ...GROUP, name: `Registered ${index}` });
      // A draft, answered but never submitted, does not count either.
      await answerAll(harness, token, await startAssessment(harness, token, organisation.organisationId), 4);
    }
    expect(await harness.storage.db.selectFrom("benchmark_contributions").selectAll().execute()).toEqual(before);
    // Had they submitted, each would count once, as any organisation does, and the disclosure rules
    // would count them as known to this client (docs/privacy.md, "Clients that control organisations");
    // registrations per client per day are limited (tests/privacy/registration-limit.test.ts).
  });
});
