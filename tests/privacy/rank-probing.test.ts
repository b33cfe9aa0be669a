import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { ProblemDetails } from "../../src/errors.js";
import type { Harness } from "../harness/harness.js";
import {
  type AssessmentBody,
  adminToken,
  answerAll,
  bearer,
  createClient,
  json,
  jsonBody,
  startAssessment,
  submit,
  tokenFor,
} from "../support/api-client.js";
import { submittedOrganisation } from "../support/privacy-population.js";
import { TEST_SETTINGS } from "../support/test-settings.js";

/**
 * Attack (issue 15): rank probing. An employer asks what-if for score after score to rebuild its
 * peers' histogram from the ranks, and starts new rounds (drafts) to reset any limit. Ranks are bands
 * between the published quantiles (so each answer is a function of figures the benchmark publishes
 * anyway), what-if calls are limited per organisation per day (30 here), new rounds per 30 days (3
 * here), and every what-if call is on record.
 */
const CELL = { sbiCode: "6201", headcount: 30, region: "NL-OV" };
const WHAT_IF_PER_DAY = 30;
const ROUNDS_PER_30_DAYS = 3;

let harness: Harness;
let admin: string;
let employer: string;
let employerClient: Awaited<ReturnType<typeof createClient>>;
let organisationId: string;
let submittedId: string;
let offsetMs = 0;

beforeAll(async () => {
  harness = await createHarness({
    deps: {
      clock: { now: () => new Date(Date.now() + offsetMs) },
      settings: {
        ...TEST_SETTINGS,
        usageLimits: {
          ...TEST_SETTINGS.usageLimits,
          whatIfPerOrganisationPerDay: WHAT_IF_PER_DAY,
          assessmentsPerOrganisationPer30Days: ROUNDS_PER_30_DAYS,
        },
      },
    },
  });
  admin = await adminToken(harness);
  // Twelve peers with scores spread over the range (levels 0–4), then the prober's own organisation.
  for (let index = 0; index < 12; index++) await submittedOrganisation(harness, admin, CELL, index % 5);
  const own = await submittedOrganisation(harness, admin, CELL, 2);
  organisationId = own.organisationId;
  submittedId = own.assessmentId;
  employerClient = await createClient(harness, admin, { name: "Prober", role: "employer", organisationId });
  employer = await tokenFor(harness, employerClient);
}, 300_000);
afterAll(async () => {
  await harness.close();
});

type Band = { from: number; to: number } | null;
interface Position {
  measure: string;
  current: { score: number | null; rankBand: Band };
  whatIf: { score: number | null; rankBand: Band };
}
interface Benchmark {
  measures: {
    measure: string;
    score: number | null;
    rankBand: Band;
    p25: number | null;
    median: number | null;
    p75: number | null;
    deciles: (number | null)[];
  }[];
}

/** What a reader can work out from the published quantiles alone: the band between them a score is in. */
function bandFromPublished(score: number, published: Benchmark["measures"][number]): Band {
  const points: [number, number][] =
    published.deciles.length === 9
      ? published.deciles.map((point, index): [number, number] => [(index + 1) * 10, point as number])
      : [
          [25, published.p25 as number],
          [50, published.median as number],
          [75, published.p75 as number],
        ];
  const reached = points.filter(([, point]) => score >= point).length;
  return {
    from: reached === 0 ? 0 : (points[reached - 1] as [number, number])[0],
    to: reached === points.length ? 100 : (points[reached] as [number, number])[0],
  };
}

const whatIf = (assessmentId: string, answers: Record<string, { maturity: number }>) =>
  harness.request(`/v1/assessments/${assessmentId}/what-if`, jsonBody("POST", { answers }, employer));

describe("rank probing by what-if and by new rounds", () => {
  let practiceIds: string[] = [];

  it("answers bands the published quantiles already give, and 'current' equals the benchmark's", async () => {
    const benchmark = await json<Benchmark>(
      await harness.request(`/v1/organisations/${organisationId}/benchmark`, bearer(employer)),
      200,
    );
    const overall = benchmark.measures.find((measure) => measure.measure === "overall");
    expect(overall?.median, "the peer group is shown (control)").not.toBeNull();
    const assessment = await json<{ answers: { practiceId: string }[] }>(
      await harness.request(`/v1/assessments/${submittedId}`, bearer(employer)),
      200,
    );
    practiceIds = assessment.answers.map((answer) => answer.practiceId);
    const seen = new Set<string>();
    // The probe: move the overall score step by step, one practice at a time to 4 or to 0.
    for (let call = 0; call < WHAT_IF_PER_DAY; call++) {
      const answers = Object.fromEntries(
        practiceIds.map((id, index) => [id, { maturity: index < call * 2 ? 4 : call % 2 === 0 ? 0 : 1 }]),
      );
      const result = await json<{ measures: Position[] }>(await whatIf(submittedId, answers), 200);
      const position = result.measures.find((measure) => measure.measure === "overall") as Position;
      // The what-if's current position is the benchmark's, by construction.
      expect(position.current).toEqual({ score: overall?.score, rankBand: overall?.rankBand, band: expect.anything() });
      const score = position.whatIf.score as number;
      expect(position.whatIf.rankBand, `score ${score}`).toEqual(
        bandFromPublished(score, overall as Benchmark["measures"][number]),
      );
      seen.add(JSON.stringify(position.whatIf.rankBand));
    }
    // Thirty probes over the whole range reveal at most the bands between published points.
    expect(seen.size).toBeLessThanOrEqual(overall?.deciles.length === 9 ? 10 : 4);
  }, 120_000);

  it("refuses the next what-if call of the day with 429 and Retry-After, also from a new draft", async () => {
    const refused = await harness.request(
      `/v1/assessments/${submittedId}/what-if`,
      jsonBody("POST", { answers: { [practiceIds[0] as string]: { maturity: 4 } } }, employer),
    );
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Content-Type")).toContain("application/problem+json");
    const retryAfter = Number(refused.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    expect(((await refused.json()) as ProblemDetails).detail).toMatch(/What-if calls for this organisation/);
    // A fresh draft is the same organisation: the limit holds.
    const draft = await startAssessment(harness, employer, organisationId);
    expect((await whatIf(draft.assessmentId, { [practiceIds[0] as string]: { maturity: 4 } })).status).toBe(429);
  });

  it("records every what-if call in the audit log, without the answers", async () => {
    const events = await json<{ items: { action: string; resourceId: string }[] }>(
      await harness.request(`/v1/audit-events?action=what-if&limit=100`, bearer(admin)),
      200,
    );
    expect(events.items.filter((event) => event.resourceId === submittedId)).toHaveLength(WHAT_IF_PER_DAY);
    expect(JSON.stringify(events)).not.toContain("maturity");
  });

  it("limits new rounds per organisation per 30 days, and lets both limits pass once their window has", async () => {
    // One draft was started above; the 30-day window allows three (the admin's own rounds are not
    // counted). An organisation has one open draft at a time (issue 16), so each round is submitted
    // before the next starts; the open one is named by the 409 a new start gets.
    const open = await json<ProblemDetails & { existingId: string }>(
      await harness.request(`/v1/organisations/${organisationId}/assessments`, jsonBody("POST", {}, employer)),
      409,
    );
    const completeRound = async (draft: AssessmentBody) =>
      submit(harness, employer, (await answerAll(harness, employer, draft, 3)).assessmentId);
    await completeRound(
      await json<AssessmentBody>(await harness.request(`/v1/assessments/${open.existingId}`, bearer(employer)), 200),
    );
    await completeRound(await startAssessment(harness, employer, organisationId));
    await completeRound(await startAssessment(harness, employer, organisationId));
    const refused = await harness.request(
      `/v1/organisations/${organisationId}/assessments`,
      jsonBody("POST", {}, employer),
    );
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(86_400);
    offsetMs += 24 * 3600 * 1000 + 1000;
    // A day later (a fresh token: the old one expired with the clock).
    employer = await tokenFor(harness, employerClient);
    expect((await whatIf(submittedId, { [practiceIds[0] as string]: { maturity: 4 } })).status).toBe(200);
    expect(
      (await harness.request(`/v1/organisations/${organisationId}/assessments`, jsonBody("POST", {}, employer))).status,
    ).toBe(429);
    offsetMs += 30 * 24 * 3600 * 1000;
    employer = await tokenFor(harness, employerClient);
    const next = await startAssessment(harness, employer, organisationId);
    expect(next.status).toBe("draft");
    // The round can be completed as usual.
    await submit(harness, employer, (await answerAll(harness, employer, next, 3)).assessmentId);
  });
});
