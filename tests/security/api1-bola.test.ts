import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { ProblemDetails } from "../../src/errors.js";
import { encodeCursor } from "../../src/store/cursor.js";
import type { Harness } from "../harness/harness.js";
import {
  answerAll,
  bearer,
  castOfClients,
  createClient,
  createOrganisation,
  json,
  jsonBody,
  ORGANISATION_INPUT,
  startAssessment,
  submit,
  tokenFor,
} from "../support/api-client.js";
import { databaseSnapshot } from "../support/database-snapshot.js";
import { documentOperations } from "../support/operations.js";
import { ORGANISATION_OPERATIONS } from "../support/organisation-operations.js";

/**
 * OWASP API1:2023 Broken Object Level Authorisation. The 404-and-unchanged matrix itself is
 * tests/api/tenant-isolation.test.ts (every organisation-scoped operation × every outsider, answered
 * exactly like a missing organisation). This file proves that matrix covers every object-scoped
 * operation of the contract, and adds the object references that do not sit in the path: cursors,
 * query filters and idempotency keys.
 */

const OBJECT_PARAMETER = /\{(organisationId|assessmentId)\}/;

describe("the tenant-isolation matrix covers the contract", () => {
  const operations = documentOperations();
  const scoped = operations.filter((operation) => OBJECT_PARAMETER.test(operation.path));
  const inMatrix = new Set(ORGANISATION_OPERATIONS.map((operation) => operation.operationId));

  it("finds the organisation- and assessment-scoped operations in the document (control)", () => {
    expect(scoped.length).toBeGreaterThanOrEqual(13);
  });

  for (const operation of scoped) {
    it(`${operation.method} ${operation.path} (${operation.operationId}) is in the matrix, or admin-only`, () => {
      if (inMatrix.has(operation.operationId)) return;
      // Admin-only operations refuse every other role with 403 before any object is looked up
      // (proven for every role in api5-function-level): there is no object-level check to bypass.
      expect(
        operation.access?.roles,
        `${operation.operationId} takes an organisation or assessment id but is not in ORGANISATION_OPERATIONS (tests/support/organisation-operations.ts)`,
      ).toEqual(["admin"]);
    });
  }

  it("names only operations that exist, with the method and path the matrix calls", () => {
    const target = {
      organisationId: "org_aaaaaaaaaaaaaaaaaaaaaaaa",
      assessmentId: "asm_aaaaaaaaaaaaaaaaaaaaaaaa",
      reportLinkId: "rpl_aaaaaaaaaaaaaaaa",
      actionId: "act_aaaaaaaaaaaaaaaaaaaaaaaa",
      targetId: "tgt_aaaaaaaaaaaaaaaaaaaaaaaa",
    };
    for (const entry of ORGANISATION_OPERATIONS) {
      const operation = operations.find((candidate) => candidate.operationId === entry.operationId);
      expect(operation, entry.operationId).toBeDefined();
      const [path, init] = entry.request(target);
      expect(init.method ?? "GET", entry.operationId).toBe(operation?.method);
      const pattern = new RegExp(`^/v1${operation?.path.replace(/\{[^}]+\}/g, "[^/]+")}$`);
      expect(path, entry.operationId).toMatch(pattern);
    }
  });
});

describe("object references outside the path", () => {
  let harness: Harness;
  let cast: Awaited<ReturnType<typeof castOfClients>>;
  let employerAssessmentId: string;
  beforeAll(async () => {
    harness = await createHarness();
    cast = await castOfClients(harness);
    employerAssessmentId = (await startAssessment(harness, cast.employer.token, cast.employer.organisationId))
      .assessmentId;
    // A second organisation of the integration, so its lists have more than one page at limit=1.
    await createOrganisation(harness, cast.integration.token, { name: "Integration Org 2" });
    // Two rounds of its organisation: a submitted one and the open draft (one open draft at a time).
    const round = await startAssessment(harness, cast.integration.token, cast.integration.organisationId);
    await submit(
      harness,
      cast.integration.token,
      (await answerAll(harness, cast.integration.token, round, 2)).assessmentId,
    );
    await startAssessment(harness, cast.integration.token, cast.integration.organisationId);
  });
  afterAll(async () => {
    await harness.close();
  });

  const positionOf = async (table: "organisations" | "assessments", id: string) => {
    const row = await harness.storage.db
      .selectFrom(table)
      .select(["created_at", "id"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    return { createdAt: row.created_at, id: row.id };
  };

  it("a cursor forged to point into another tenant's organisations pages through the caller's own only", async () => {
    const foreign = await positionOf("organisations", cast.employer.organisationId);
    const cursors = [
      encodeCursor(foreign),
      // Just before and just after the other tenant's row, and at the start of time.
      encodeCursor({ createdAt: foreign.createdAt, id: `${foreign.id.slice(0, -1)}a` }),
      encodeCursor({ createdAt: foreign.createdAt, id: `${foreign.id}z` }),
      encodeCursor({ createdAt: "0000", id: "" }),
      encodeCursor({ createdAt: "9999", id: "~" }),
    ];
    const own = new Set<string>();
    for (const cursor of cursors) {
      for (const limit of [1, 100]) {
        const response = await harness.request(
          `/v1/organisations?limit=${limit}&cursor=${cursor}`,
          bearer(cast.integration.token),
        );
        const text = await response.clone().text();
        const page = await json<{ items: { organisationId: string; name: string }[] }>(response, 200);
        expect(text).not.toContain(cast.employer.organisationId);
        expect(text).not.toContain("Employer Org");
        for (const item of page.items) {
          expect(item.name).toMatch(/^Integration Org/);
          own.add(item.organisationId);
        }
      }
    }
    expect(own.size, "the forged cursors still page the integration's own organisations (control)").toBe(2);
  });

  it("a cursor forged from another organisation's assessment lists only this organisation's", async () => {
    const foreign = await positionOf("assessments", employerAssessmentId);
    for (const cursor of [
      encodeCursor(foreign),
      encodeCursor({ createdAt: "0000", id: "" }),
      encodeCursor({ createdAt: "9999", id: "~" }),
    ]) {
      const response = await harness.request(
        `/v1/organisations/${cast.integration.organisationId}/assessments?limit=100&cursor=${cursor}`,
        bearer(cast.integration.token),
      );
      const text = await response.clone().text();
      const page = await json<{ items: { assessmentId: string }[] }>(response, 200);
      expect(text).not.toContain(employerAssessmentId);
      expect(text).not.toContain(cast.employer.organisationId);
      for (const item of page.items) {
        const row = await harness.storage.db
          .selectFrom("assessments")
          .select("organisation_id")
          .where("id", "=", item.assessmentId)
          .executeTakeFirstOrThrow();
        expect(row.organisation_id).toBe(cast.integration.organisationId);
      }
    }
  });

  it("a cursor that is not one the API gave out is a 400 naming the cursor, not a 500", async () => {
    for (const cursor of ["x", btoa('{"__proto__":1}'), btoa("[1,2]"), "%00", btoa(JSON.stringify(["a", "b", "c"]))]) {
      const response = await harness.request(
        `/v1/organisations?cursor=${encodeURIComponent(cursor)}`,
        bearer(cast.integration.token),
      );
      const problem = await json<ProblemDetails & { errors: { pointer: string }[] }>(response, 400);
      expect(problem.errors.map((param) => param.pointer)).toContain("/cursor");
    }
  });

  it("a sector client filtering on a section that is not its own is refused and sees nothing", async () => {
    const response = await harness.request("/v1/benchmarks?section=F", bearer(cast.sector.token));
    const problem = await json<ProblemDetails & { errors: { pointer: string }[] }>(response, 400);
    expect(problem.errors.map((param) => param.pointer)).toEqual(["/section"]);
    expect(JSON.stringify(problem)).not.toMatch(/"groups"|"organisations"/);
    // Its own section is fine (control).
    expect((await harness.request("/v1/benchmarks?section=C", bearer(cast.sector.token))).status).toBe(200);
  });

  it("an Idempotency-Key is the caller's own: another client's key never replays the first one's response", async () => {
    const key = "shared-key-0001";
    const first = await json<{ organisationId: string }>(
      await harness.request("/v1/organisations", {
        ...jsonBody("POST", ORGANISATION_INPUT, cast.integration.token),
        headers: {
          "Content-Type": "application/json",
          Authorization: `Bearer ${cast.integration.token}`,
          "Idempotency-Key": key,
        },
      }),
      201,
    );
    const other = await createClient(harness, cast.admin, { name: "Other HR tool", role: "integration" });
    const otherToken = await tokenFor(harness, other);
    const second = await harness.request("/v1/organisations", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${otherToken}`, "Idempotency-Key": key },
      body: JSON.stringify(ORGANISATION_INPUT),
    });
    expect(second.headers.get("Idempotent-Replayed")).toBeNull();
    const created = await json<{ organisationId: string }>(second, 201);
    expect(created.organisationId).not.toBe(first.organisationId);

    // The owner's key on an assessment creation, replayed by an outsider on the owner's organisation: 404.
    const assessmentKey = "shared-key-0002";
    const owner = await harness.request(`/v1/organisations/${cast.employer.organisationId}/assessments`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${cast.employer.token}`,
        "Idempotency-Key": assessmentKey,
      },
      body: "{}",
    });
    expect([201, 409]).toContain(owner.status);
    const before = await databaseSnapshot(harness.storage);
    const outsider = await harness.request(`/v1/organisations/${cast.employer.organisationId}/assessments`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${cast.integration.token}`,
        "Idempotency-Key": assessmentKey,
      },
      body: "{}",
    });
    expect(outsider.headers.get("Idempotent-Replayed")).toBeNull();
    await json<ProblemDetails>(outsider, 404);
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });
});
