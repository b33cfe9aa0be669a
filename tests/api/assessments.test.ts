import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { ProblemDetails } from "../../src/errors.js";
import type { Harness } from "../harness/harness.js";
import {
  type AssessmentBody,
  adminToken,
  answerAll,
  bearer,
  createOrganisation,
  json,
  jsonBody,
  startAssessment,
  submit,
} from "../support/api-client.js";
import { builtInFramework } from "../support/built-in-framework.js";
import { contributionRows, recomputedContributionRows } from "../support/contribution-recompute.js";
import { databaseSnapshot } from "../support/database-snapshot.js";

let harness: Harness;
let admin: string;
let organisationId: string;
beforeAll(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
});
// Each test its own organisation (a bakery of 35 people without HR: size class small), since an
// organisation has one open draft at a time.
beforeEach(async () => {
  organisationId = (await createOrganisation(harness, admin)).organisationId;
});
afterAll(async () => {
  await harness.close();
});

const framework = builtInFramework();
const practice = (id: string) => {
  const found = framework.practices.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no practice ${id}`);
  return found;
};
const patch = (assessment: AssessmentBody, answers: Record<string, unknown>, headers: Record<string, string> = {}) =>
  harness.request(`/v1/assessments/${assessment.assessmentId}`, {
    method: "PATCH",
    headers: { "Content-Type": "application/merge-patch+json", Authorization: `Bearer ${admin}`, ...headers },
    body: JSON.stringify({ answers }),
  });

describe("a self-assessment round", () => {
  it("starts as a draft against the latest published version, listing what applies", async () => {
    const response = await harness.request(
      `/v1/organisations/${organisationId}/assessments`,
      jsonBody("POST", {}, admin),
    );
    expect(response.headers.get("ETag")).toBe('"r1"');
    expect(response.headers.get("Location")).toMatch(/^\/v1\/assessments\/asm_/);
    const assessment = await json<AssessmentBody>(response, 201);
    expect(assessment).toMatchObject({ status: "draft", revision: 1, scores: null, answers: [] });
    const applicable = framework.practices.filter((candidate) => candidate.fit.sizeClasses.includes("small"));
    expect(assessment.progress).toMatchObject({ answered: 0, applicable: applicable.length });
    expect(assessment.progress.missing).toEqual(applicable.map((candidate) => candidate.id));
    expect(assessment.progress.missing).not.toContain("anonymous_applications");
  });

  it("takes partial answers, clears with null, and moves the ETag on", async () => {
    const assessment = await startAssessment(harness, admin, organisationId, { frameworkVersion: "2026.1" });
    const first = await patch(assessment, {
      structured_interviews: { maturity: 3, comment: "Vaste vragenlijst" },
      buddy_programme: { maturity: 1 },
    });
    expect(first.headers.get("ETag")).toBe('"r2"');
    const afterFirst = await json<AssessmentBody>(first, 200);
    expect(afterFirst.answers.map((answer) => [answer.practiceId, answer.maturity, answer.comment])).toEqual([
      ["structured_interviews", 3, "Vaste vragenlijst"],
      ["buddy_programme", 1, null],
    ]);
    expect(afterFirst.progress.answered).toBe(2);
    const second = await json<AssessmentBody>(
      await patch(afterFirst, { buddy_programme: null }, { "If-Match": '"r2"' }),
      200,
    );
    expect(second.answers.map((answer) => answer.practiceId)).toEqual(["structured_interviews"]);
    expect(second.revision).toBe(3);
  });

  it("keeps the revision and ETag of a PATCH that changes nothing, and audits nothing", async () => {
    const assessment = await startAssessment(harness, admin, organisationId);
    const answered = await json<AssessmentBody>(
      await patch(assessment, { structured_interviews: { maturity: 2, comment: "Deels" } }),
      200,
    );
    expect(answered.revision).toBe(2);
    const audited = async () =>
      (
        await json<{ items: unknown[] }>(
          await harness.request(`/v1/audit-events?resourceId=${assessment.assessmentId}&limit=100`, bearer(admin)),
          200,
        )
      ).items.length;
    const eventsBefore = await audited();
    for (const answers of [
      {},
      { structured_interviews: { maturity: 2, comment: "Deels" } },
      { buddy_programme: null },
    ]) {
      const response = await patch(answered, answers, { "If-Match": '"r2"' });
      expect(response.headers.get("ETag"), JSON.stringify(answers)).toBe('"r2"');
      expect((await json<AssessmentBody>(response, 200)).revision).toBe(2);
    }
    expect(await audited()).toBe(eventsBefore);
    // A changed comment is a change.
    const changed = await patch(answered, { structured_interviews: { maturity: 2, comment: "Bijna" } });
    expect(changed.headers.get("ETag")).toBe('"r3"');
  });

  it("refuses each bad answer with the field at fault, and changes nothing", async () => {
    const assessment = await startAssessment(harness, admin, organisationId);
    const required = framework.practices.find(
      (candidate) =>
        candidate.applicability.requiredFor.includes("small") && candidate.fit.sizeClasses.includes("small"),
    );
    const never = framework.practices.find(
      (candidate) =>
        candidate.applicability.notApplicableWhen === null &&
        candidate.applicability.requiredFor.length === 0 &&
        candidate.fit.sizeClasses.includes("small"),
    );
    expect(practice("anonymous_applications").fit.sizeClasses).not.toContain("small");
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ghost_practice: { maturity: 2 } }, "/answers/ghost_practice", /no practice ghost_practice/],
      [
        { structured_interviews: { maturity: 5 } },
        "/answers/structured_interviews/maturity",
        /Must be one of 0, 1, 2, 3, 4, "notApplicable"/,
      ],
      [
        { structured_interviews: { maturity: 2, comment: "x".repeat(1001) } },
        "/answers/structured_interviews/comment",
        /./,
      ],
      [{ structured_interviews: { maturity: 2, score: 80 } }, "/answers/structured_interviews/score", /closed/],
      [
        { anonymous_applications: { maturity: 2 } },
        "/answers/anonymous_applications",
        /does not apply to a small organisation/,
      ],
      [
        { [required?.id ?? "x"]: { maturity: "notApplicable" } },
        `/answers/${required?.id}`,
        /required for small organisations/,
      ],
      [
        { [never?.id ?? "x"]: { maturity: "notApplicable" } },
        `/answers/${never?.id}`,
        /cannot be answered notApplicable/,
      ],
    ];
    for (const [answers, pointer, message] of cases) {
      const before = await databaseSnapshot(harness.storage);
      const problem = await json<ProblemDetails>(await patch(assessment, answers), 400);
      const error = problem.errors?.find((candidate) => candidate.pointer === pointer);
      expect(error, `${pointer} in ${JSON.stringify(problem.errors)}`).toBeDefined();
      expect(error?.message).toMatch(message);
      expect(await databaseSnapshot(harness.storage)).toBe(before);
    }
  });

  it("refuses a stale If-Match with 412 and keeps the other writer's answer", async () => {
    const assessment = await startAssessment(harness, admin, organisationId);
    await json(await patch(assessment, { structured_interviews: { maturity: 2 } }, { "If-Match": '"r1"' }), 200);
    const before = await databaseSnapshot(harness.storage);
    const stale = await patch(assessment, { structured_interviews: { maturity: 4 } }, { "If-Match": '"r1"' });
    expect((await json<ProblemDetails>(stale, 412)).type).toBe(
      "https://inclusiebenchmark.nl/problems/precondition-failed",
    );
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });

  it("answers If-None-Match with 304 while nothing changed", async () => {
    const assessment = await startAssessment(harness, admin, organisationId);
    const path = `/v1/assessments/${assessment.assessmentId}`;
    expect((await harness.request(path, bearer(admin, { headers: { "If-None-Match": '"r1"' } }))).status).toBe(304);
    await patch(assessment, { structured_interviews: { maturity: 2 } });
    expect((await harness.request(path, bearer(admin, { headers: { "If-None-Match": '"r1"' } }))).status).toBe(200);
  });

  it("refuses to submit an incomplete assessment, listing what is missing", async () => {
    const assessment = await startAssessment(harness, admin, organisationId);
    await patch(assessment, { structured_interviews: { maturity: 2 } });
    const before = await databaseSnapshot(harness.storage);
    const problem = await json<ProblemDetails>(
      await harness.request(`/v1/assessments/${assessment.assessmentId}/submission`, bearer(admin, { method: "POST" })),
      422,
    );
    expect(problem.errors).toHaveLength(assessment.progress.applicable - 1);
    expect(problem.errors?.map((error) => error.pointer)).not.toContain("/answers/structured_interviews");
    expect(problem.errors?.[0]).toMatchObject({ in: "body", message: "Not answered yet" });
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });

  it("answers a submission with 201, the assessment's Location and the ETag a later read gives", async () => {
    const assessment = await startAssessment(harness, admin, organisationId);
    const answered = await answerAll(harness, admin, assessment, 2);
    const response = await harness.request(
      `/v1/assessments/${answered.assessmentId}/submission`,
      bearer(admin, { method: "POST" }),
    );
    const body = await json<{ assessmentId: string; status: string }>(response, 201);
    expect(body).toMatchObject({ assessmentId: answered.assessmentId, status: "submitted" });
    expect(response.headers.get("Location")).toBe(`/v1/assessments/${answered.assessmentId}`);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    const read = await harness.request(`/v1/assessments/${answered.assessmentId}`, bearer(admin));
    expect(read.status).toBe(200);
    expect(response.headers.get("ETag")).toMatch(/^"/);
    expect(response.headers.get("ETag")).toBe(read.headers.get("ETag"));
  });

  it("submits a complete assessment with scores per phase and overall, then keeps it immutable", async () => {
    const assessment = await startAssessment(harness, admin, organisationId);
    const answered = await answerAll(harness, admin, assessment, 2);
    const submitted = await submit(harness, admin, answered.assessmentId);
    expect(submitted.status).toBe("submitted");
    expect(submitted.scores?.overall).toMatchObject({ score: 50, band: "gevorderd" });
    for (const phase of submitted.scores?.phases ?? []) {
      expect(phase.status === "notApplicable" || phase.score === 50, phase.phase).toBe(true);
    }
    const before = await databaseSnapshot(harness.storage);
    expect((await patch(submitted, { structured_interviews: { maturity: 4 } })).status).toBe(409);
    expect(
      (await harness.request(`/v1/assessments/${submitted.assessmentId}/submission`, bearer(admin, { method: "POST" })))
        .status,
    ).toBe(409);
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });

  it("says next to each phase's band how many practices it rests on, and flags fewer than three", async () => {
    // A firm of 6: its progression phase holds one practice (development conversations).
    const micro = await createOrganisation(harness, admin, { headcount: 6 });
    const assessment = await startAssessment(harness, admin, micro.organisationId);
    const submitted = await submit(harness, admin, (await answerAll(harness, admin, assessment, 4)).assessmentId);
    const phases = (
      submitted.scores as unknown as {
        phases: { phase: string; band: string | null; practicesScored: number; fewPractices: boolean }[];
      }
    ).phases;
    const progression = phases.find((phase) => phase.phase === "doorstroom");
    expect(progression).toMatchObject({ band: "voorhoede", practicesScored: 1, fewPractices: true });
    const recruitment = phases.find((phase) => phase.phase === "werving_selectie");
    expect(recruitment?.fewPractices).toBe(false);
    expect(recruitment?.practicesScored).toBeGreaterThanOrEqual(3);
    // The same on a later read.
    const read = await json<typeof submitted>(
      await harness.request(`/v1/assessments/${submitted.assessmentId}`, bearer(admin)),
      200,
    );
    expect(read.scores).toEqual(submitted.scores);
  });

  it("shows the change per phase since the previous round, and lists rounds newest first", async () => {
    const organisation = await createOrganisation(harness, admin, {
      name: "Rounds BV",
      headcount: 120,
      hasHrDepartment: true,
    });
    const first = await startAssessment(harness, admin, organisation.organisationId);
    const firstSubmitted = await submit(harness, admin, (await answerAll(harness, admin, first, 1)).assessmentId);
    expect(firstSubmitted.changeSincePrevious).toBeNull();
    const second = await startAssessment(harness, admin, organisation.organisationId);
    const secondSubmitted = await submit(harness, admin, (await answerAll(harness, admin, second, 3)).assessmentId);
    expect(secondSubmitted.changeSincePrevious).toMatchObject({
      previousAssessmentId: firstSubmitted.assessmentId,
      comparedOn: "allPractices",
      overall: 50,
    });
    for (const phase of secondSubmitted.changeSincePrevious?.phases ?? []) expect([50, null]).toContain(phase.change);

    const rounds = await json<{ items: { assessmentId: string; overallScore: number | null }[] }>(
      await harness.request(`/v1/organisations/${organisation.organisationId}/assessments`, bearer(admin)),
      200,
    );
    expect(rounds.items.map((round) => [round.assessmentId, round.overallScore])).toEqual([
      [secondSubmitted.assessmentId, 75],
      [firstSubmitted.assessmentId, 25],
    ]);
  });

  it("compares rounds across framework versions on the practices both share", async () => {
    const organisation = await createOrganisation(harness, admin, {
      name: "Versions BV",
      headcount: 300,
      hasHrDepartment: true,
    });
    const first = await startAssessment(harness, admin, organisation.organisationId, { frameworkVersion: "2026.1" });
    await submit(harness, admin, (await answerAll(harness, admin, first, 1)).assessmentId);

    const next = structuredClone(framework);
    next.version = `${3000 + Math.floor(Math.random() * 900)}.1`;
    next.predecessor = "2026.1";
    const dropped = "anonymous_applications";
    next.practices = next.practices.filter((candidate) => candidate.id !== dropped);
    await json(await harness.request("/v1/frameworks", jsonBody("POST", next, admin)), 201);
    await json(
      await harness.request(`/v1/frameworks/${next.version}/publication`, bearer(admin, { method: "POST" })),
      200,
    );

    const second = await startAssessment(harness, admin, organisation.organisationId, {
      frameworkVersion: next.version,
    });
    const submitted = await submit(harness, admin, (await answerAll(harness, admin, second, 2)).assessmentId);
    expect(submitted.frameworkVersion).toBe(next.version);
    const large = framework.practices.filter((candidate) => candidate.fit.sizeClasses.includes("large"));
    expect(submitted.changeSincePrevious).toMatchObject({
      comparedOn: "commonPractices",
      commonPractices: next.practices.length,
      overall: 25,
    });
    expect(large.some((candidate) => candidate.id === dropped)).toBe(true);
  });

  it("starts a round without a body at all (the body is optional)", async () => {
    const response = await harness.request(
      `/v1/organisations/${organisationId}/assessments`,
      bearer(admin, { method: "POST" }),
    );
    expect(response.status).toBe(201);
  });

  it("refuses a version that is not published", async () => {
    const problem = await json<ProblemDetails>(
      await harness.request(
        `/v1/organisations/${organisationId}/assessments`,
        jsonBody("POST", { frameworkVersion: "1999.1" }, admin),
      ),
      400,
    );
    expect(problem.errors?.[0]?.pointer).toBe("/frameworkVersion");
  });
});

describe("concurrent submissions", () => {
  // On Node they reach the database in the same turn and share one transaction and one COMMIT (group
  // commit, src/db/sqlite-storage.ts), each in its own savepoint; on D1 each is its own batch.
  it("each stands or fails alone: a duplicate in the same group gets 409 and changes nothing", async () => {
    const drafts: AssessmentBody[] = [];
    for (let index = 0; index < 6; index++) {
      const organisation = await createOrganisation(harness, admin, { headcount: [8, 35, 120][index % 3] });
      const draft = await startAssessment(harness, admin, organisation.organisationId);
      drafts.push(await answerAll(harness, admin, draft, index % 5));
    }
    const incomplete = await startAssessment(harness, admin, organisationId);
    const submitOnce = (assessmentId: string) =>
      harness.request(`/v1/assessments/${assessmentId}/submission`, bearer(admin, { method: "POST" }));
    // Every draft twice, and an incomplete one, all at once.
    const [incompleteResponse, ...responses] = await Promise.all([
      submitOnce(incomplete.assessmentId),
      ...drafts.flatMap((draft) => [submitOnce(draft.assessmentId), submitOnce(draft.assessmentId)]),
    ]);
    expect(incompleteResponse?.status).toBe(422);
    for (const [index, draft] of drafts.entries()) {
      const pair = [responses[2 * index], responses[2 * index + 1]] as Response[];
      expect(pair.map((response) => response.status).sort(), draft.assessmentId).toEqual([201, 409]);
      const submitted = await json<AssessmentBody>(pair.find((response) => response.status === 201) as Response, 201);
      expect(submitted).toMatchObject({ status: "submitted", revision: draft.revision + 1 });
      // The answer is what was stored: a later read says the same.
      const read = await json<AssessmentBody>(
        await harness.request(`/v1/assessments/${draft.assessmentId}`, bearer(admin)),
        200,
      );
      expect(read).toEqual(submitted);
    }
    const ids = drafts.map((draft) => draft.assessmentId);
    // One audit entry and one webhook event per submission: the refused duplicates' rolled back with them.
    const audited = await harness.storage.db
      .selectFrom("audit_events")
      .select("resource_id")
      .where("action", "=", "submit")
      .where("resource_id", "in", ids)
      .execute();
    expect(audited.map((row) => row.resource_id).sort()).toEqual([...ids].sort());
    const events = await harness.storage.db
      .selectFrom("webhook_events")
      .select("data")
      .where("type", "=", "assessment.submitted")
      .execute();
    const eventIds = events.map((row) => (JSON.parse(row.data) as { assessmentId: string }).assessmentId);
    expect(eventIds.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    expect(await contributionRows(harness.storage.db)).toEqual(await recomputedContributionRows(harness.storage.db));
    const draftState = await harness.storage.db
      .selectFrom("assessments")
      .select(["status", "revision"])
      .where("id", "=", incomplete.assessmentId)
      .executeTakeFirstOrThrow();
    expect(draftState).toEqual({ status: "draft", revision: incomplete.revision });
  });
});

describe("one open draft per organisation", () => {
  const start = (id: string, init: RequestInit = {}) =>
    harness.request(`/v1/organisations/${id}/assessments`, { ...jsonBody("POST", {}, admin), ...init });

  it("answers a second start with 409 naming the open draft, and changes nothing", async () => {
    const draft = await startAssessment(harness, admin, organisationId);
    const before = await databaseSnapshot(harness.storage);
    const problem = await json<ProblemDetails & { existingId?: string }>(await start(organisationId), 409);
    expect(problem.type).toBe("https://inclusiebenchmark.nl/problems/conflict");
    expect(problem.existingId).toBe(draft.assessmentId);
    expect(problem.detail).toContain(draft.assessmentId);
    expect(await databaseSnapshot(harness.storage)).toBe(before);
    // Another organisation is not held up by it.
    const other = await createOrganisation(harness, admin);
    expect((await start(other.organisationId)).status).toBe(201);
  });

  it("takes a new draft once the open one is submitted", async () => {
    const draft = await startAssessment(harness, admin, organisationId);
    await submit(harness, admin, (await answerAll(harness, admin, draft, 2)).assessmentId);
    const next = await startAssessment(harness, admin, organisationId);
    expect(next.assessmentId).not.toBe(draft.assessmentId);
    expect(next.status).toBe("draft");
  });

  it("still replays the first start for a retry with the same Idempotency-Key", async () => {
    const retry = {
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${admin}`,
        "Idempotency-Key": `draft-${organisationId}`,
      },
    };
    const first = await start(organisationId, retry);
    const created = await json<AssessmentBody>(first, 201);
    const replay = await start(organisationId, retry);
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    expect((await json<AssessmentBody>(replay, 201)).assessmentId).toBe(created.assessmentId);
    // Without the key it is a second start.
    expect((await json<{ existingId?: string }>(await start(organisationId), 409)).existingId).toBe(
      created.assessmentId,
    );
  });

  it("lets one of several simultaneous starts through, and the others name it", async () => {
    const responses = await Promise.all([0, 1, 2, 3].map(() => start(organisationId)));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409]);
    const created = await json<AssessmentBody>(responses.find((response) => response.status === 201) as Response, 201);
    for (const response of responses.filter((candidate) => candidate.status === 409)) {
      expect((await json<{ existingId?: string }>(response, 409)).existingId).toBe(created.assessmentId);
    }
    const drafts = await harness.storage.db
      .selectFrom("assessments")
      .select("id")
      .where("organisation_id", "=", organisationId)
      .execute();
    expect(drafts.map((row) => row.id)).toEqual([created.assessmentId]);
  });

  it("is the database's rule too: a second draft written past the route is refused", async () => {
    const draft = await startAssessment(harness, admin, organisationId);
    const now = new Date().toISOString();
    const row = {
      organisation_id: organisationId,
      framework_version: draft.frameworkVersion,
      status: "draft",
      revision: 1,
      size_class: "small",
      sbi_section: "C",
      region: "NL-UT",
      has_hr_department: 0,
      scores: null,
      created_at: now,
      updated_at: now,
      submitted_at: null,
    };
    await expect(
      harness.storage.writeAtomically([
        harness.storage.db.insertInto("assessments").values({ ...row, id: "asm_second" }),
      ]),
    ).rejects.toThrow(/already has an open draft/);
    // Control: the same row for an organisation without a draft is taken.
    const other = await createOrganisation(harness, admin);
    await harness.storage.writeAtomically([
      harness.storage.db
        .insertInto("assessments")
        .values({ ...row, id: "asm_other", organisation_id: other.organisationId }),
    ]);
  });
});
