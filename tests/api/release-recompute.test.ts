import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { SizeClass } from "../../src/domain/framework/framework-schema.js";
import { mayBeNotApplicable, type OrganisationContext } from "../../src/domain/scoring.js";
import { seededRandom } from "../../src/domain/seeded-random.js";
import { loadFrameworkContent } from "../../src/store/frameworks.js";
import type { Harness } from "../harness/harness.js";
import {
  adminToken,
  answerAll,
  bearer,
  createOrganisation,
  cutRelease,
  json,
  jsonBody,
  refreshed,
  startAssessment,
  submit,
} from "../support/api-client.js";
import {
  contributionRows,
  expectReleaseEqualsRecompute,
  recomputedContributionRows,
} from "../support/contribution-recompute.js";

let harness: Harness;
let admin: string;
beforeAll(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
});
afterAll(async () => {
  await harness.close();
});

describe("a release cut from the contribution log", () => {
  it("equals a recompute from the assessments after a random sequence of submissions, resubmissions and erasures", async () => {
    const random = seededRandom(20261123);
    const live: string[] = [];
    const sizes = new Map<string, SizeClass>();
    for (let step = 0; step < 60; step++) {
      const roll = random.next();
      if (roll < 0.45 || live.length === 0) {
        const headcount = random.pick([5, 30, 120]);
        const organisation = await createOrganisation(harness, admin, {
          name: `Random ${step}`,
          sbiCode: random.pick(["2511", "4711"]),
          headcount,
          region: random.pick(["NL-UT", "NL-ZH"]),
        });
        live.push(organisation.organisationId);
        sizes.set(organisation.organisationId, organisation.sizeClass as SizeClass);
        // Workforce figures for some (a share needs 10 people behind it): their snapshot at submission
        // feeds the peer medians.
        if (headcount >= 30 && random.next() < 0.7) {
          await json(
            await harness.request(
              `/v1/organisations/${organisation.organisationId}/workforce-context`,
              jsonBody("PUT", { migrationBackgroundShare: random.integer(0, 60) }, admin),
            ),
            200,
          );
        }
      }
      const organisationId = random.pick(live);
      if (roll < 0.85) {
        const assessment = await startAssessment(harness, admin, organisationId);
        const content = await loadFrameworkContent(harness.storage.db, assessment.frameworkVersion);
        const sizeClass = sizes.get(organisationId) as SizeClass;
        // Some answers "not applicable" where the framework allows it: they are counted as a level too.
        const answer = (practiceId: string) => {
          const practice = content?.practices.find((candidate) => candidate.id === practiceId);
          const mayBe = practice !== undefined && mayBeNotApplicable(practice, { sizeClass } as OrganisationContext);
          return mayBe && random.next() < 0.3 ? "notApplicable" : random.integer(0, 4);
        };
        await submit(harness, admin, (await answerAll(harness, admin, assessment, answer)).assessmentId);
      } else {
        expect(
          (await harness.request(`/v1/organisations/${organisationId}`, bearer(admin, { method: "DELETE" }))).status,
        ).toBe(204);
        live.splice(live.indexOf(organisationId), 1);
      }
    }
    // Each submission and erasure left exactly the contribution rows the assessments call for.
    expect(await contributionRows(harness.storage.db)).toEqual(await recomputedContributionRows(harness.storage.db));
    expect(refreshed(await cutRelease(harness, admin))).toBe(true);
    expect(await expectReleaseEqualsRecompute(harness.storage.db)).toBeGreaterThan(5);
  }, 120_000);
});
