import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { ProblemDetails } from "../../src/errors.js";
import type { Harness } from "../harness/harness.js";
import { bearer, createClient, json, jsonBody } from "../support/api-client.js";
import { databaseSnapshot } from "../support/database-snapshot.js";
import { buildWorld, validBody, type World } from "../support/operations.js";

/**
 * OWASP API3:2023 Broken Object Property Level Authorisation. Mass assignment: a field the server
 * owns (ids, scores, bands, revision, status, timestamps, a client's role or secret hash, the
 * organisation of an assessment…) sent in a create or update body is refused with 400 naming that
 * field, and nothing is stored. Excessive exposure: no response carries a secret hash, and workforce
 * figures appear only where they are asked for.
 */

let harness: Harness;
let world: World;
beforeAll(async () => {
  harness = await createHarness();
  world = await buildWorld(harness);
});
afterAll(async () => {
  await harness.close();
});

type Problem = ProblemDetails & { errors: { in: string; pointer: string; message: string }[] };

interface Write {
  readonly operationId: string;
  readonly method: string;
  readonly path: (world: World) => string;
  readonly mediaType?: string;
  /** Server-owned fields, each with a value a caller might try. */
  readonly owned: Record<string, unknown>;
}

const ORGANISATION_ID = "org_aaaaaaaaaaaaaaaaaaaaaaaa";
const TIMESTAMP = "2020-01-01T00:00:00.000Z";

const WRITES: Write[] = [
  {
    operationId: "createOrganisation",
    method: "POST",
    path: () => "/v1/organisations",
    owned: {
      organisationId: ORGANISATION_ID,
      id: ORGANISATION_ID,
      sizeClass: "large",
      createdAt: TIMESTAMP,
      updatedAt: TIMESTAMP,
      createdBy: "test-admin",
      revision: 7,
    },
  },
  {
    operationId: "updateOrganisation",
    method: "PATCH",
    path: (w) => `/v1/organisations/${w.cast.employer.organisationId}`,
    mediaType: "application/merge-patch+json",
    owned: { organisationId: ORGANISATION_ID, sizeClass: "large", createdAt: TIMESTAMP, updatedAt: TIMESTAMP },
  },
  {
    operationId: "putWorkforceContext",
    method: "PUT",
    path: (w) => `/v1/organisations/${w.cast.employer.organisationId}/workforce-context`,
    owned: { organisationId: ORGANISATION_ID, updatedAt: TIMESTAMP },
  },
  {
    operationId: "createAssessment",
    method: "POST",
    // The spare organisation (an admin's, no draft): the employer's has its open draft, and an
    // organisation has one at a time (issue 16).
    path: (w) => `/v1/organisations/${w.spareOrganisationId}/assessments`,
    owned: {
      assessmentId: "asm_aaaaaaaaaaaaaaaaaaaaaaaa",
      // Another tenant's organisation: an assessment's organisation is its path, never its body.
      organisationId: (w: World) => w.cast.integration.organisationId,
      status: "submitted",
      revision: 9,
      scores: { overall: { score: 100, band: "leading" } },
      submittedAt: TIMESTAMP,
      createdAt: TIMESTAMP,
      answers: { structured_interviews: { maturity: 4 } },
    },
  },
  {
    operationId: "updateAssessmentAnswers",
    method: "PATCH",
    path: (w) => `/v1/assessments/${w.employerRounds.draft}`,
    mediaType: "application/merge-patch+json",
    owned: {
      status: "submitted",
      revision: 9,
      scores: { overall: { score: 100 } },
      organisationId: ORGANISATION_ID,
      frameworkVersion: "2026.1",
      submittedAt: TIMESTAMP,
      progress: { answered: 64 },
    },
  },
  {
    operationId: "createClient",
    method: "POST",
    path: () => "/v1/clients",
    owned: {
      clientId: "chosen-id",
      clientSecret: "a-secret-i-chose-myself-0123456789abcdef",
      secretHash: "x",
      secret_hash: "x",
      status: "active",
      scopes: ["clients:write"],
      createdAt: TIMESTAMP,
    },
  },
  {
    operationId: "updateClient",
    method: "PATCH",
    path: (w) => `/v1/clients/${w.spareClientId}`,
    mediaType: "application/merge-patch+json",
    owned: {
      role: "admin",
      clientId: "renamed",
      clientSecret: "a-secret-i-chose-myself-0123456789abcdef",
      secretHash: "x",
      organisationId: ORGANISATION_ID,
      sections: ["C"],
      scopes: ["clients:write"],
      createdAt: TIMESTAMP,
    },
  },
  {
    operationId: "replaceClientSections",
    method: "PUT",
    path: (w) => `/v1/clients/${w.cast.sector.clientId}/sections`,
    owned: { role: "sector", clientId: "renamed" },
  },
];

const tokenFor = (operationId: string) =>
  ["updateOrganisation", "putWorkforceContext", "updateAssessmentAnswers"].includes(operationId)
    ? world.cast.employer.token
    : world.cast.admin;

const validFor = (operationId: string): Record<string, unknown> =>
  operationId === "updateAssessmentAnswers"
    ? { answers: { structured_interviews: { maturity: 3 } } }
    : (validBody(operationId, world) as Record<string, unknown>);

describe("server-owned fields in request bodies", () => {
  for (const write of WRITES) {
    describe(`${write.method} (${write.operationId})`, () => {
      it("accepts the valid body alone (control: the refusals below are about the extra field)", async () => {
        // Checked on a copy of the database state: the accepted write is not part of the refusals.
        const response = await harness.request(write.path(world), {
          method: write.method,
          headers: {
            "Content-Type": write.mediaType ?? "application/json",
            Authorization: `Bearer ${tokenFor(write.operationId)}`,
          },
          body: JSON.stringify(validFor(write.operationId)),
        });
        expect(response.status, await response.text()).toBeLessThan(300);
      });

      for (const [field, value] of Object.entries(write.owned)) {
        it(`refuses ${field} with 400 at /${field}, and stores nothing`, async () => {
          const before = await databaseSnapshot(harness.storage);
          const response = await harness.request(write.path(world), {
            method: write.method,
            headers: {
              "Content-Type": write.mediaType ?? "application/json",
              Authorization: `Bearer ${tokenFor(write.operationId)}`,
            },
            body: JSON.stringify({
              ...validFor(write.operationId),
              [field]: typeof value === "function" ? value(world) : value,
            }),
          });
          const problem = await json<Problem>(response, 400);
          expect(problem.errors).toContainEqual(expect.objectContaining({ in: "body", pointer: `/${field}` }));
          expect(await databaseSnapshot(harness.storage)).toBe(before);
        });
      }
    });
  }

  it("refuses server-owned fields nested in an answer", async () => {
    const before = await databaseSnapshot(harness.storage);
    const problem = await json<Problem>(
      await harness.request(
        `/v1/assessments/${world.employerRounds.draft}`,
        jsonBody(
          "PATCH",
          { answers: { structured_interviews: { maturity: 3, score: 100, weight: 9, evidenceLevel: "strong" } } },
          world.cast.employer.token,
        ),
      ),
      400,
    );
    expect(problem.errors.map((error) => error.pointer).sort()).toEqual([
      "/answers/structured_interviews/evidenceLevel",
      "/answers/structured_interviews/score",
      "/answers/structured_interviews/weight",
    ]);
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });

  it("refuses prototype-pollution keys as unknown fields, and stores nothing", async () => {
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const before = await databaseSnapshot(harness.storage);
      const body = `{"name":"Polluted","headcount":5,"region":"NL-UT","hasHrDepartment":false,"${key}":{"role":"admin","isAdmin":true}}`;
      const response = await harness.request("/v1/organisations", {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${world.cast.integration.token}` },
        body,
      });
      const problem = await json<Problem>(response, 400);
      expect(
        problem.errors.map((error) => error.pointer),
        key,
      ).toContain(`/${key}`);
      expect(await databaseSnapshot(harness.storage), key).toBe(before);
      expect(({} as Record<string, unknown>).isAdmin, key).toBeUndefined();
    }
  });
});

describe("what responses show", () => {
  it("never shows a secret hash; a client secret only in the response that creates it", async () => {
    const created = await createClient(harness, world.cast.admin, { name: "Keeper", role: "integration" });
    expect(created.clientSecret).toMatch(/.{32,}/);
    const hash = await harness.storage.db
      .selectFrom("clients")
      .select("secret_hash")
      .where("id", "=", created.clientId)
      .executeTakeFirstOrThrow();
    for (const path of ["/v1/clients?limit=100", `/v1/clients/${created.clientId}`]) {
      const text = await (await harness.request(path, bearer(world.cast.admin))).text();
      expect(text).toContain(created.clientId);
      expect(text).not.toMatch(/secret/i);
      expect(text).not.toContain(created.clientSecret);
      expect(text).not.toContain(hash.secret_hash);
    }
  });

  it("shows workforce figures only to the organisation's own readers: its workforce context and recommendations", async () => {
    // Figures no score, share or rank could produce by accident.
    const figures = { migrationBackgroundShare: 12.345, agedOver55Share: 67.891, routineWorkShare: 43.219 };
    await json(
      await harness.request(
        `/v1/organisations/${world.cast.employer.organisationId}/workforce-context`,
        jsonBody("PUT", figures, world.cast.employer.token),
      ),
      200,
    );
    const reads: [string, string][] = [
      [`/v1/organisations/${world.cast.employer.organisationId}`, world.cast.employer.token],
      ["/v1/organisations", world.cast.employer.token],
      [`/v1/organisations/${world.cast.employer.organisationId}/assessments`, world.cast.employer.token],
      [`/v1/assessments/${world.employerRounds.submitted}`, world.cast.employer.token],
      [`/v1/organisations/${world.cast.employer.organisationId}/benchmark`, world.cast.employer.token],
      [`/v1/organisations/${world.cast.integration.organisationId}/benchmark`, world.cast.integration.token],
      ["/v1/benchmarks", world.cast.admin],
      ["/v1/benchmarks", world.cast.sector.token],
      ["/v1/clients?limit=100", world.cast.admin],
      ["/v1/audit-events?limit=100", world.cast.admin],
    ];
    for (const [path, token] of reads) {
      const response = await harness.request(path, bearer(token));
      const text = await response.text();
      expect(response.status, `${path}: ${text}`).toBeLessThan(500);
      for (const value of Object.values(figures)) expect(text, path).not.toContain(String(value));
      expect(text, path).not.toMatch(/migrationBackgroundShare|agedOver55Share|routineWorkShare/);
    }
    const own = await (
      await harness.request(
        `/v1/organisations/${world.cast.employer.organisationId}/workforce-context`,
        bearer(world.cast.employer.token),
      )
    ).text();
    expect(own, "control: the figures are where they belong").toContain("12.345");
    // The recommendations quote the organisation's own figures back to it, by design (docs/recommendations.md),
    // written as the language writes them, to one decimal (the vulnerable profile: over 55 and routine work).
    const why = await (
      await harness.request(
        `/v1/assessments/${world.employerRounds.submitted}/recommendations?limit=20`,
        bearer(world.cast.employer.token),
      )
    ).text();
    expect(why).toContain("is 67,9\u00a0% ouder dan 55 jaar");
  });
});
