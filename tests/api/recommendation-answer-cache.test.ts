import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Harness } from "../harness/harness.js";
import {
  adminToken,
  answerAll,
  bearer,
  createOrganisation,
  cutRelease,
  json,
  jsonBody,
  startAssessment,
  submit,
} from "../support/api-client.js";

/**
 * An assessment's recommendations are kept as bytes under everything they are computed from (the
 * release, the assessment and its revision, the organisation's open actions, workforce figures and
 * the published labour-market tables, the language and the query): a read after any of them changed
 * never gets the answer from before (issue 20).
 */

let harness: Harness;
let admin: string;

beforeAll(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
});
afterAll(async () => {
  await harness.close();
});

interface RecommendationsBody {
  assessmentId: string;
  release: { id: number };
  goal: string | null;
  items: { practiceId: string; name: string; currentMaturity: number; planned: { actionId: string } | null }[];
  plannedPractices: { practiceId: string; action: { actionId: string; status: string } }[];
}

async function recommendations(assessmentId: string, query = "") {
  const response = await harness.request(`/v1/assessments/${assessmentId}/recommendations${query}`, bearer(admin));
  return {
    body: await json<RecommendationsBody>(response, 200),
    release: response.headers.get("Benchmark-Release"),
    language: response.headers.get("Content-Language"),
  };
}

async function submittedRound(organisationId: string, level: number): Promise<string> {
  const assessment = await startAssessment(harness, admin, organisationId);
  return (await submit(harness, admin, (await answerAll(harness, admin, assessment, level)).assessmentId)).assessmentId;
}

describe("kept recommendations", () => {
  it("are the same on a repeated read, and another query or language is another answer", async () => {
    const { organisationId } = await createOrganisation(harness, admin, { name: "Advies Herhaal BV" });
    const assessmentId = await submittedRound(organisationId, 1);
    const first = await recommendations(assessmentId);
    const again = await recommendations(assessmentId);
    expect(again.body).toEqual(first.body);
    expect(again.release).toBe(first.release);
    expect(again.release).not.toBeNull();
    expect(first.body.items).toHaveLength(5);
    expect((await recommendations(assessmentId, "?limit=2")).body.items).toHaveLength(2);
    expect((await recommendations(assessmentId, "?goal=leren")).body.goal).toBe("leren");
    const english = await recommendations(assessmentId, "?lang=en");
    expect(english.language).toBe("en");
    expect(english.body.items.map((item) => item.name)).not.toEqual(first.body.items.map((item) => item.name));
  });

  it("give way at once to new answers on a draft (its revision)", async () => {
    const { organisationId } = await createOrganisation(harness, admin, { name: "Advies Concept BV" });
    const draft = await startAssessment(harness, admin, organisationId);
    const low = await answerAll(harness, admin, draft, 1);
    const before = await recommendations(low.assessmentId);
    expect(before.body.items.every((item) => item.currentMaturity <= 1)).toBe(true);
    const changed = before.body.items[0]?.practiceId as string;
    const patch = await harness.request(
      `/v1/assessments/${low.assessmentId}`,
      jsonBody("PATCH", { answers: { [changed]: { maturity: 4 } } }, admin),
    );
    expect(patch.status).toBe(200);
    const after = await recommendations(low.assessmentId);
    expect(after.body.items.map((item) => item.practiceId)).not.toContain(changed);
  });

  it("give way at once to new workforce shares (many labour migrants bring their practices forward)", async () => {
    const { organisationId } = await createOrganisation(harness, admin, {
      name: "Advies Arbeidsmigratie BV",
      headcount: 450,
    });
    const assessmentId = await submittedRound(organisationId, 1);
    const before = await recommendations(assessmentId);
    const put = await harness.request(
      `/v1/organisations/${organisationId}/workforce-context`,
      jsonBody("PUT", { labourMigrantShare: 40 }, admin),
    );
    expect(put.status).toBe(200);
    // The same round, release and plan: only the workforce figures changed, and the answer follows them.
    const after = await recommendations(assessmentId);
    expect(after.release).toBe(before.release);
    expect(after.body.items.map((item) => item.practiceId)).not.toEqual(
      before.body.items.map((item) => item.practiceId),
    );
  });

  it("give way at once to a change of the plan: a new open action, and that action done", async () => {
    const { organisationId } = await createOrganisation(harness, admin, { name: "Advies Plan BV" });
    const assessmentId = await submittedRound(organisationId, 1);
    const before = await recommendations(assessmentId);
    const practiceId = before.body.items.find((item) => item.planned === null)?.practiceId as string;
    const action = await json<{ actionId: string }>(
      await harness.request(
        `/v1/organisations/${organisationId}/actions`,
        jsonBody("POST", { practiceId, targetLevel: 3, owner: "HR", dueDate: "2027-06-30" }, admin),
      ),
      201,
    );
    const planned = await recommendations(assessmentId);
    const isPlanned = (body: RecommendationsBody) =>
      body.plannedPractices.some((entry) => entry.practiceId === practiceId) ||
      body.items.some((item) => item.practiceId === practiceId && item.planned?.actionId === action.actionId);
    expect(isPlanned(before.body)).toBe(false);
    expect(isPlanned(planned.body)).toBe(true);
    const done = await harness.request(`/v1/organisations/${organisationId}/actions/${action.actionId}`, {
      method: "PATCH",
      headers: {
        "Content-Type": "application/merge-patch+json",
        Authorization: `Bearer ${admin}`,
        "If-Match": '"r1"',
      },
      body: JSON.stringify({ status: "done" }),
    });
    expect(done.status).toBe(200);
    expect(isPlanned((await recommendations(assessmentId)).body)).toBe(false);
  });

  it("give way at once to a new release, and are gone with an erasure", async () => {
    const { organisationId } = await createOrganisation(harness, admin, { name: "Advies Release BV" });
    const assessmentId = await submittedRound(organisationId, 2);
    const before = await recommendations(assessmentId);
    const release = await cutRelease(harness, admin);
    expect(release.releaseId).toBeGreaterThan(before.body.release.id);
    const after = await recommendations(assessmentId);
    expect(after.body.release.id).toBe(release.releaseId);
    expect(after.release).toBe(`${release.releaseId}; cut-at=${release.cutAt}`);
    const erased = await harness.request(`/v1/organisations/${organisationId}`, bearer(admin, { method: "DELETE" }));
    expect(erased.status).toBe(204);
    const gone = await harness.request(`/v1/assessments/${assessmentId}/recommendations`, bearer(admin));
    expect(gone.status).toBe(404);
  });
});
