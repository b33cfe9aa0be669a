import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { ProblemDetails } from "../../src/errors.js";
import type { Harness } from "../harness/harness.js";
import {
  type AssessmentBody,
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
import { databaseSnapshot } from "../support/database-snapshot.js";

let harness: Harness;
let admin: string;
beforeAll(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
});
afterAll(async () => {
  await harness.close();
});

interface Recommendations {
  goal: string | null;
  items: {
    rank: number;
    practiceId: string;
    name: string;
    why: string[];
    mechanism: string | null;
    evidence: { level: string; contested: boolean; sources: { citation: string }[] };
    effort: { level: string; description: string };
    expectedGain: { phase: { change: number | null }; overall: { change: number | null } };
  }[];
}

async function answered(
  overrides: Record<string, unknown>,
  organisation: Record<string, unknown>,
): Promise<AssessmentBody> {
  const created = await createOrganisation(harness, admin, organisation);
  const assessment = await startAssessment(harness, admin, created.organisationId);
  const filled = await answerAll(harness, admin, assessment, 1);
  return json(
    await harness.request(`/v1/assessments/${filled.assessmentId}`, jsonBody("PATCH", { answers: overrides }, admin)),
    200,
  );
}

const LEGAL_DUTIES_2026_2 = [
  "refuse_discriminatory_requests",
  "discrimination_reporting",
  "housing_separate_from_contract",
  "admitted_agencies_only",
];

const recommendationsOf = async (assessmentId: string, query = "") =>
  json<Recommendations>(
    await harness.request(`/v1/assessments/${assessmentId}/recommendations${query}`, bearer(admin)),
    200,
  );

describe("GET /v1/assessments/{id}/recommendations", () => {
  it("ranks next steps with why, effort, evidence and expected gain, in the asked language", async () => {
    const assessment = await answered(
      {
        learning_budget: { maturity: 3 },
        protected_learning_time: { maturity: 0 },
        // The legal duties of 2026.2 in place: else they lead the list (tested in recommendation-scenarios).
        ...Object.fromEntries(LEGAL_DUTIES_2026_2.map((id) => [id, { maturity: 3 }])),
      },
      { name: "Zorg BV", sbiCode: "8610", headcount: 400, hasHrDepartment: true },
    );
    const list = await recommendationsOf(assessment.assessmentId, "?goal=leren&limit=5&lang=en");
    expect(list.goal).toBe("leren");
    expect(list.items).toHaveLength(5);
    const [top] = list.items;
    expect(top).toMatchObject({ rank: 1, practiceId: "protected_learning_time", mechanism: "interference" });
    expect(top?.why.join(" ")).toMatch(
      /Fix this barrier first: without it, the benefit of .*Learning budget.* is undone/i,
    );
    expect(top?.evidence.sources.length).toBeGreaterThan(0);
    expect(top?.expectedGain.overall.change).toBeGreaterThan(0);
    expect(top?.expectedGain.phase.change).toBeGreaterThan(0);
    const dutch = await recommendationsOf(assessment.assessmentId, "?goal=leren&limit=1");
    expect(dutch.items[0]?.why.join(" ")).toMatch(/Neem eerst deze drempel weg/);
  });

  it("gives a small firm without HR a different, fitting list", async () => {
    const large = await answered({}, { name: "Groot", sbiCode: "8610", headcount: 400, hasHrDepartment: true });
    const small = await answered({}, { name: "Klein", sbiCode: "5610", headcount: 6, hasHrDepartment: false });
    const forLarge = await recommendationsOf(large.assessmentId, "?limit=10");
    const forSmall = await recommendationsOf(small.assessmentId, "?limit=10");
    expect(forSmall.items.map((item) => item.practiceId)).not.toEqual(forLarge.items.map((item) => item.practiceId));
  });

  it("refuses an unknown goal and an oversized limit", async () => {
    const assessment = await answered({}, { name: "X", sbiCode: "1071" });
    const problem = await json<ProblemDetails>(
      await harness.request(
        `/v1/assessments/${assessment.assessmentId}/recommendations?goal=fun&limit=500`,
        bearer(admin),
      ),
      400,
    );
    expect(problem.errors?.map((error) => error.pointer).sort()).toEqual(["/goal", "/limit"]);
  });
});

describe("POST /v1/assessments/{id}/what-if", () => {
  it("answers the scores the hypothetical answers would give, and stores no answers: only its audit event", async () => {
    const assessment = await answered(
      {},
      { name: "Wat als BV", sbiCode: "1071", headcount: 80, hasHrDepartment: true },
    );
    const before = await databaseSnapshot(harness.storage);
    const response = await harness.request(
      `/v1/assessments/${assessment.assessmentId}/what-if`,
      jsonBody(
        "POST",
        { answers: { structured_interviews: { maturity: 4 }, buddy_programme: { maturity: 3 } } },
        admin,
      ),
    );
    const whatIf = await json<{
      measures: { measure: string; current: { score: number }; whatIf: { score: number }; change: number }[];
    }>(response, 200);
    const overall = whatIf.measures.find((measure) => measure.measure === "overall");
    expect(overall?.change).toBeGreaterThan(0);
    expect(overall?.whatIf.score).toBeGreaterThan(overall?.current.score ?? 100);
    const recruitment = whatIf.measures.find((measure) => measure.measure === "werving_selectie");
    expect(recruitment?.change).toBeGreaterThan(0);
    // Every what-if call is on record (docs/privacy.md, "Probing limits"): one audit event naming the
    // assessment, without the answers; nothing else changed.
    const { audit_events: auditBefore, ...restBefore } = JSON.parse(before) as Record<string, unknown[]>;
    const { audit_events: auditAfter, ...restAfter } = JSON.parse(await databaseSnapshot(harness.storage)) as Record<
      string,
      Record<string, unknown>[]
    >;
    expect(restAfter).toEqual(restBefore);
    const added = (auditAfter ?? []).filter(
      (event) => !(auditBefore ?? []).some((old) => JSON.stringify(old) === JSON.stringify(event)),
    );
    expect(added).toMatchObject([
      { action: "what-if", resource_type: "assessment", resource_id: assessment.assessmentId },
    ]);
    expect(JSON.stringify(added)).not.toContain("structured_interviews");
  });

  it("works on a submitted assessment too, and refuses answers the framework does not allow", async () => {
    const created = await createOrganisation(harness, admin, { name: "Ingediend", sbiCode: "1071" });
    const assessment = await startAssessment(harness, admin, created.organisationId);
    const submitted = await submit(harness, admin, (await answerAll(harness, admin, assessment, 2)).assessmentId);
    const path = `/v1/assessments/${submitted.assessmentId}/what-if`;
    expect(
      (await harness.request(path, jsonBody("POST", { answers: { structured_interviews: { maturity: 4 } } }, admin)))
        .status,
    ).toBe(200);
    const problem = await json<ProblemDetails>(
      await harness.request(path, jsonBody("POST", { answers: { ghost: { maturity: 2 } } }, admin)),
      400,
    );
    expect(problem.errors?.[0]?.pointer).toBe("/answers/ghost");
  });
});

describe("what-if's current figures are the benchmark's", () => {
  interface Point {
    score: number | null;
    band: string | null;
    rankBand: { from: number; to: number } | null;
  }

  it("for the same submitted assessment: every measure's score, band and rank band, the release and the fallback", async () => {
    // A peer group of seven organisations with spread answers (k = 5 in the tests), so rank bands are
    // shown and differ between measures; scores with a decimal, as the benchmark stores them.
    const profile = { sbiCode: "4711", headcount: 120, region: "NL-FR", hasHrDepartment: true };
    const members: { organisationId: string; assessmentId: string }[] = [];
    for (let index = 0; index < 7; index++) {
      const { organisationId } = await createOrganisation(harness, admin, { ...profile, name: `Winkel ${index}` });
      const draft = await startAssessment(harness, admin, organisationId);
      const answered = await answerAll(harness, admin, draft, (practiceId) => (practiceId.length + index) % 5);
      members.push({
        organisationId,
        assessmentId: (await submit(harness, admin, answered.assessmentId)).assessmentId,
      });
    }
    await cutRelease(harness, admin);
    const target = members[3] as { organisationId: string; assessmentId: string };
    const benchmark = await json<{
      release: { id: number };
      fallbackReason: string | null;
      peerGroup: { level: string } | null;
      measures: (Point & { measure: string })[];
    }>(await harness.request(`/v1/organisations/${target.organisationId}/benchmark`, bearer(admin)), 200);
    const whatIf = await json<{
      release: { id: number };
      peerGroup: { level: string } | null;
      peerGroupFallbackReason: string | null;
      measures: { measure: string; current: Point; whatIf: Point; change: number | null }[];
    }>(
      await harness.request(`/v1/assessments/${target.assessmentId}/what-if`, jsonBody("POST", { answers: {} }, admin)),
      200,
    );
    // The control: peers are shown, and some rank bands and scores are not round numbers.
    expect(benchmark.peerGroup).not.toBeNull();
    expect(benchmark.measures.filter((measure) => measure.rankBand !== null).length).toBeGreaterThan(5);
    expect(benchmark.measures.some((measure) => !Number.isInteger(measure.score))).toBe(true);

    expect(whatIf.release).toEqual(benchmark.release);
    expect(whatIf.peerGroup).toEqual(benchmark.peerGroup);
    expect(whatIf.peerGroupFallbackReason).toBe(benchmark.fallbackReason);
    expect(whatIf.measures.map(({ measure, current }) => ({ measure, ...current }))).toEqual(
      benchmark.measures.map(({ measure, score, band, rankBand }) => ({ measure, score, band, rankBand })),
    );
    // With no hypothetical change, what-if is the current position and the change is 0.
    for (const measure of whatIf.measures) {
      expect(measure.whatIf).toEqual(measure.current);
      if (measure.current.score !== null) expect(measure.change).toBe(0);
    }
  });
});
