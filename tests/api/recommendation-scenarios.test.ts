import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Harness } from "../harness/harness.js";
import {
  type AssessmentBody,
  adminToken,
  bearer,
  createOrganisation,
  json,
  jsonBody,
  startAssessment,
} from "../support/api-client.js";
import { EXPERT_PROFILES, type ExpertProfile } from "../support/expert-profiles.js";

/**
 * The four employers of issue 17, run through the API on the latest published framework version:
 * their recommendations lead with what docs/recommendations.md reasons an expert would do.
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

interface Item {
  rank: number;
  practiceId: string;
  phase: string;
  legalDuty: { law: string; article: string; planned: boolean } | null;
  why: string[];
  evidence: { level: string };
  expectedGain: { toMaturity: number; phase: { change: number | null }; overall: { change: number | null } };
}
interface FrameworkPractice {
  practiceId: string;
  fit: { sizeClasses: string[] };
  applicability: { requiredFor: string[]; notApplicableWhen: string | null };
  legalBasis?: { law: string } | null;
}

/** `undefined`: the latest published version, as a new assessment gets it. */
async function runProfile(profile: ExpertProfile, frameworkVersion?: string) {
  const organisation = await createOrganisation(harness, admin, profile.organisation);
  const workforce = await harness.request(
    `/v1/organisations/${organisation.organisationId}/workforce-context`,
    jsonBody("PUT", profile.workforce, admin),
  );
  expect(workforce.status, await workforce.clone().text()).toBe(200);
  const assessment = await startAssessment(
    harness,
    admin,
    organisation.organisationId,
    frameworkVersion === undefined ? {} : { frameworkVersion },
  );
  const sizeClass = (assessment as AssessmentBody & { context: { sizeClass: string } }).context.sizeClass;
  const version = (assessment as AssessmentBody & { frameworkVersion: string }).frameworkVersion;
  const practices = (
    await json<{ items: FrameworkPractice[] }>(await harness.request(`/v1/frameworks/${version}/practices`), 200)
  ).items;
  const mayBeNotApplicable = (practice: FrameworkPractice) =>
    practice.applicability.notApplicableWhen !== null && !practice.applicability.requiredFor.includes(sizeClass);
  const answers: Record<string, { maturity: number | "notApplicable" }> = {};
  for (const practiceId of assessment.progress.missing) {
    const practice = practices.find((candidate) => candidate.practiceId === practiceId) as FrameworkPractice;
    const given = profile.answers[practiceId];
    const wanted = given ?? (profile.notApplicable.includes(practiceId) ? "notApplicable" : 0);
    answers[practiceId] = { maturity: wanted === "notApplicable" && !mayBeNotApplicable(practice) ? 0 : wanted };
  }
  const patched = await harness.request(
    `/v1/assessments/${assessment.assessmentId}`,
    jsonBody("PATCH", { answers }, admin),
  );
  expect(patched.status, await patched.clone().text()).toBe(200);
  const list = await json<{ items: Item[] }>(
    await harness.request(`/v1/assessments/${assessment.assessmentId}/recommendations?limit=20`, bearer(admin)),
    200,
  );
  const maturityOf = (id: string) => {
    const answer = answers[id]?.maturity;
    return typeof answer === "number" ? answer : null;
  };
  const dutiesNotInPlace = practices
    .filter((practice) => practice.legalBasis !== undefined && practice.legalBasis !== null)
    .filter((practice) => practice.fit.sizeClasses.includes(sizeClass))
    .filter((practice) => {
      const maturity = maturityOf(practice.practiceId);
      return maturity !== null && maturity < 3;
    })
    .map((practice) => practice.practiceId);
  return { version, items: list.items, dutiesNotInPlace };
}

// The latest version (2026.3) and 2026.2, which changed the grades and the ranking inputs: both must lead
// with what the docs say, and an assessment that still answers 2026.2 keeps doing so.
const VERSIONS: readonly (string | undefined)[] = [undefined, "2026.2"];

describe("recommendations for the four employers of issue 17", () => {
  for (const profile of EXPERT_PROFILES) {
    for (const frameworkVersion of VERSIONS) {
      it(`lead for a ${profile.key} with what an expert would do (${frameworkVersion ?? "latest"})`, async () => {
        const { version, items, dutiesNotInPlace } = await runProfile(profile, frameworkVersion);
        if (frameworkVersion !== undefined) expect(version).toBe(frameworkVersion);
        const ids = items.map((item) => item.practiceId);
        const shown = `${version}: ${ids.join(", ")}`;

        // Legal duties not in place come first, whatever their evidence, with the law named.
        expect(ids.slice(0, dutiesNotInPlace.length).sort(), shown).toEqual([...dutiesNotInPlace].sort());
        for (const item of items.slice(0, dutiesNotInPlace.length)) {
          expect(item.legalDuty?.law, shown).toBeTruthy();
          expect(item.why[0], shown).toMatch(/^Wettelijk verplicht: /);
        }
        if (Number(version.split(".")[1]) >= 2 && Number(version.split(".")[0]) >= 2026) {
          for (const duty of profile.legalDutiesFrom2026_2) expect(dutiesNotInPlace, shown).toContain(duty);
        }
        const offset = dutiesNotInPlace.length;
        for (const expectation of profile.expected) {
          const position = Math.min(
            ...expectation.anyOf.map((id) => (ids.includes(id) ? ids.indexOf(id) + 1 : Number.POSITIVE_INFINITY)),
          );
          // Legal duties that evidence alone would not have put first push the rest down by their number.
          expect(
            position,
            `${expectation.anyOf.join(" | ")} within ${expectation.within} (${shown})`,
          ).toBeLessThanOrEqual(expectation.within + offset);
        }
        for (const id of profile.notInTopFive) expect(ids.slice(0, 5), shown).not.toContain(id);
        // Every step shows what one step up brings: never ±0 for a practice in the maturity score.
        for (const item of items) {
          expect(item.expectedGain.toMaturity, shown).toBeGreaterThanOrEqual(1);
          if (item.legalDuty === null) expect(item.expectedGain.phase.change, shown).toBeGreaterThan(0);
        }
      });
    }
  }

  it("spreads the first five over the weakest phases when no goal or group calls for one phase", async () => {
    for (const profile of EXPERT_PROFILES.filter((candidate) => candidate.key.startsWith("hospital"))) {
      const { items } = await runProfile(profile);
      const perPhase = new Map<string, number>();
      for (const item of items.slice(0, 5)) perPhase.set(item.phase, (perPhase.get(item.phase) ?? 0) + 1);
      expect(Math.max(...perPhase.values())).toBeLessThanOrEqual(2);
      expect(perPhase.size).toBeGreaterThanOrEqual(3);
    }
  });
});
