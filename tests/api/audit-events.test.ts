import { afterEach, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Clock } from "../../src/app-env.js";
import { compileStatement, type Storage } from "../../src/db/storage.js";
import type { ProblemDetails } from "../../src/errors.js";
import type { Harness } from "../harness/harness.js";
import {
  answerAll,
  bearer,
  castOfClients,
  createClient,
  createOrganisation,
  cutRelease,
  json,
  jsonBody,
  startAssessment,
  submit,
  tokenFor,
} from "../support/api-client.js";
import { builtInFramework } from "../support/built-in-framework.js";
import { databaseSnapshot } from "../support/database-snapshot.js";

/**
 * The audit log: every successful write records who, what, when and the request id, in the same
 * atomic write as the change; refused requests and reads record nothing; only admins read it.
 */

interface AuditEvent {
  eventId: string;
  occurredAt: string;
  clientId: string;
  clientRole: string;
  action: string;
  resourceType: string;
  resourceId: string;
  requestId: string;
}
interface AuditPage {
  items: AuditEvent[];
  nextCursor: string | null;
}

let harness: Harness;
/** A harness that owns the database while `harness` is a second view on it. */
let owner: Harness | undefined;
afterEach(async () => {
  await harness.close();
  await owner?.close();
  owner = undefined;
});

function manualClock(): Clock & { advance(seconds: number): void } {
  let now = Date.now();
  return {
    now: () => new Date(now),
    advance: (seconds) => {
      now += seconds * 1000;
    },
  };
}

/** The statements of every atomic write, as SQL, per call: to see what was written together. */
function recordingStorage(storage: Storage, writes: string[][]): Storage {
  return {
    db: storage.db,
    kind: storage.kind,
    ping: () => storage.ping(),
    close: () => storage.close(),
    writeAtomically: (statements) => {
      writes.push(statements.map((statement) => compileStatement(statement).sql));
      return storage.writeAtomically(statements);
    },
  };
}

const run = crypto.randomUUID().slice(0, 8);
let sequence = 0;
/** A request id of this run, so each event can be found by the request that caused it. */
function nextRequestId(): string {
  sequence += 1;
  return `audit-${run}-${sequence}`;
}
function tagged(init: RequestInit, requestId: string): RequestInit {
  return { ...init, headers: { ...(init.headers as Record<string, string>), "X-Request-Id": requestId } };
}

async function auditLog(admin: string, query = ""): Promise<AuditPage> {
  return json<AuditPage>(await harness.request(`/v1/audit-events?limit=100${query}`, bearer(admin)), 200);
}

async function allEvents(admin: string, query = ""): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const result: AuditPage = await auditLog(admin, `${query}${cursor === null ? "" : `&cursor=${cursor}`}`);
    events.push(...result.items);
    cursor = result.nextCursor;
    if (cursor === null) break;
  }
  return events;
}

async function auditRowCount(): Promise<number> {
  const rows = await harness.storage.db.selectFrom("audit_events").select("id").execute();
  return rows.length;
}

describe("every write is recorded", () => {
  it("records who, what, when and the request id for each kind of write, each in the write itself", async () => {
    const clock = manualClock();
    owner = await createHarness({ deps: { clock } });
    const writes: string[][] = [];
    harness = owner;
    const cast = await castOfClients(harness);
    // From here on, see which statements each atomic write carried.
    harness = await createHarness({ deps: { clock, storage: recordingStorage(owner.storage, writes) } });
    const admin = cast.admin;
    const expected: { requestId: string; action: string; resourceType: string; resourceId: string; role: string }[] =
      [];
    const send = async (
      path: string,
      init: RequestInit,
      status: number,
      what: { action: string; resourceType: string; resourceId?: string; role?: string },
    ): Promise<Record<string, unknown>> => {
      const requestId = nextRequestId();
      writes.length = 0;
      const response = await harness.request(path, tagged(init, requestId));
      const text = await response.text();
      expect(response.status, `${path}: ${text}`).toBe(status);
      const body = text === "" ? {} : (JSON.parse(text) as Record<string, unknown>);
      // The change and its event went to the database in one atomic write.
      const withEvent = writes.filter((statements) => statements.some((sql) => sql.includes("audit_events")));
      expect(withEvent, path).toHaveLength(1);
      expect(withEvent[0]?.length, path).toBeGreaterThan(1);
      expected.push({
        requestId,
        action: what.action,
        resourceType: what.resourceType,
        resourceId:
          what.resourceId ?? String(body.clientId ?? body.assessmentId ?? body.organisationId ?? body.version),
        role: what.role ?? "admin",
      });
      return body;
    };

    const client = await send("/v1/clients", jsonBody("POST", { name: "HR tool", role: "integration" }, admin), 201, {
      action: "create",
      resourceType: "client",
    });
    const clientId = String(client.clientId);
    await send(`/v1/clients/${clientId}`, jsonBody("PATCH", { name: "HR tool 2" }, admin), 200, {
      action: "update",
      resourceType: "client",
    });
    await send(`/v1/clients/${clientId}/secret-rotations`, bearer(admin, { method: "POST" }), 201, {
      action: "rotate-secret",
      resourceType: "client",
    });
    await send(`/v1/clients/${cast.sector.clientId}/sections`, jsonBody("PUT", { sections: ["C", "F"] }, admin), 200, {
      action: "replace-sections",
      resourceType: "client",
    });

    const organisation = await send(
      "/v1/organisations",
      jsonBody(
        "POST",
        { name: "Audit BV", sbiCode: "1071", headcount: 40, region: "NL-UT", hasHrDepartment: true },
        admin,
      ),
      201,
      { action: "create", resourceType: "organisation" },
    );
    const organisationId = String(organisation.organisationId);
    await send(`/v1/clients/${clientId}/organisations/${organisationId}`, bearer(admin, { method: "PUT" }), 204, {
      action: "create",
      resourceType: "client-organisation-link",
      resourceId: `${clientId}/${organisationId}`,
    });
    const relinked = await harness.request(
      `/v1/clients/${clientId}/organisations/${organisationId}`,
      tagged(bearer(admin, { method: "PUT" }), "audit-link-again"),
    );
    expect(relinked.status).toBe(204);
    await send(`/v1/clients/${clientId}/organisations/${organisationId}`, bearer(admin, { method: "DELETE" }), 204, {
      action: "delete",
      resourceType: "client-organisation-link",
      resourceId: `${clientId}/${organisationId}`,
    });
    await send(`/v1/organisations/${organisationId}`, jsonBody("PATCH", { headcount: 55 }, admin), 200, {
      action: "update",
      resourceType: "organisation",
      resourceId: organisationId,
    });
    await send(
      `/v1/organisations/${organisationId}/workforce-context`,
      jsonBody("PUT", { referenceYear: 2025, migrationBackgroundShare: 37.25, agedOver55Share: 12.75 }, admin),
      200,
      { action: "replace-workforce-context", resourceType: "organisation", resourceId: organisationId },
    );

    // The employer acts for itself: its role is recorded.
    const employerOrg = cast.employer.organisationId;
    const assessment = await send(
      `/v1/organisations/${employerOrg}/assessments`,
      jsonBody("POST", {}, cast.employer.token),
      201,
      { action: "create", resourceType: "assessment", role: "employer" },
    );
    const assessmentId = String(assessment.assessmentId);
    const missing = (assessment.progress as { missing: string[] }).missing;
    await send(
      `/v1/assessments/${assessmentId}`,
      jsonBody(
        "PATCH",
        { answers: Object.fromEntries(missing.map((id) => [id, { maturity: 2, comment: "vertrouwelijk" }])) },
        cast.employer.token,
      ),
      200,
      { action: "update-answers", resourceType: "assessment", resourceId: assessmentId, role: "employer" },
    );
    await send(`/v1/assessments/${assessmentId}/submission`, bearer(cast.employer.token, { method: "POST" }), 201, {
      action: "submit",
      resourceType: "assessment",
      resourceId: assessmentId,
      role: "employer",
    });
    const link = await send(
      `/v1/organisations/${employerOrg}/report-links`,
      jsonBody("POST", {}, cast.employer.token),
      201,
      { action: "create", resourceType: "report-link", resourceId: "(from the response)", role: "employer" },
    );
    const linkId = String(link.reportLinkId);
    (expected.at(-1) as { resourceId: string }).resourceId = linkId;
    // The event names the link, never the signed URL that opens the report.
    await send(
      `/v1/organisations/${employerOrg}/report-links/${linkId}`,
      bearer(cast.employer.token, { method: "DELETE" }),
      204,
      { action: "revoke", resourceType: "report-link", resourceId: linkId, role: "employer" },
    );
    // Revoking it again changes nothing, and records nothing.
    const again = await harness.request(
      `/v1/organisations/${employerOrg}/report-links/${linkId}`,
      tagged(bearer(cast.employer.token, { method: "DELETE" }), "audit-revoke-again"),
    );
    expect(again.status).toBe(204);

    const draft = builtInFramework();
    draft.version = `${2700 + Math.floor(Math.random() * 90)}.1`;
    draft.predecessor = "2026.1";
    await send("/v1/frameworks", jsonBody("POST", draft, admin), 201, {
      action: "create",
      resourceType: "framework-version",
    });
    await send(`/v1/frameworks/${draft.version}`, jsonBody("PUT", draft, admin), 200, {
      action: "replace",
      resourceType: "framework-version",
    });
    await send(`/v1/frameworks/${draft.version}/publication`, bearer(admin, { method: "POST" }), 200, {
      action: "publish",
      resourceType: "framework-version",
    });
    await send(`/v1/frameworks/${draft.version}/retirement`, bearer(admin, { method: "POST" }), 200, {
      action: "retire",
      resourceType: "framework-version",
    });
    const second = builtInFramework();
    second.version = `${2600 + Math.floor(Math.random() * 90)}.1`;
    second.predecessor = "2026.1";
    await json(await harness.request("/v1/frameworks", jsonBody("POST", second, admin)), 201);
    await send(`/v1/frameworks/${second.version}`, bearer(admin, { method: "DELETE" }), 204, {
      action: "delete",
      resourceType: "framework-version",
      resourceId: second.version,
    });

    await send(`/v1/organisations/${organisationId}`, bearer(admin, { method: "DELETE" }), 204, {
      action: "delete",
      resourceType: "organisation",
      resourceId: organisationId,
    });

    const events = await allEvents(admin);
    const adminClientId = (
      await harness.storage.db.selectFrom("clients").select("id").where("role", "=", "admin").executeTakeFirstOrThrow()
    ).id;
    expect(events.filter((event) => event.requestId === "audit-revoke-again")).toEqual([]);
    expect(events.filter((event) => event.requestId === "audit-link-again")).toEqual([]);
    // (The clock stands still in this test: same-instant events have no defined order.)
    expect(
      events
        .filter((event) => event.resourceId === linkId)
        .map((event) => event.action)
        .sort(),
    ).toEqual(["create", "revoke"]);
    for (const want of expected) {
      const found = events.filter((event) => event.requestId === want.requestId);
      expect(found, want.requestId).toHaveLength(1);
      const event = found[0] as AuditEvent;
      expect(event).toMatchObject({
        action: want.action,
        resourceType: want.resourceType,
        resourceId: want.resourceId,
        clientRole: want.role,
        clientId: want.role === "admin" ? adminClientId : cast.employer.clientId,
      });
      expect(event.eventId).toMatch(/^aud_/);
      expect(Date.parse(event.occurredAt)).toBe(clock.now().getTime());
    }
  });

  it("never holds a secret, a name, an answer comment or a workforce figure", async () => {
    harness = await createHarness();
    const { admin } = await castOfClients(harness);
    const client = await createClient(harness, admin, { name: "Geheim HR-pakket", role: "integration" });
    const rotated = await json<{ clientSecret: string }>(
      await harness.request(`/v1/clients/${client.clientId}/secret-rotations`, bearer(admin, { method: "POST" })),
      201,
    );
    const organisation = await createOrganisation(harness, admin, { name: "Vertrouwelijk Bedrijf" });
    await json(
      await harness.request(
        `/v1/organisations/${organisation.organisationId}/workforce-context`,
        jsonBody("PUT", { referenceYear: 2025, migrationBackgroundShare: 73.25 }, admin),
      ),
      200,
    );
    const assessment = await startAssessment(harness, admin, organisation.organisationId);
    await json(
      await harness.request(
        `/v1/assessments/${assessment.assessmentId}`,
        jsonBody("PATCH", { answers: { structured_interviews: { maturity: 3, comment: "interne notitie" } } }, admin),
      ),
      200,
    );
    const rows = JSON.stringify(await harness.storage.db.selectFrom("audit_events").selectAll().execute());
    for (const secret of [
      client.clientSecret,
      rotated.clientSecret,
      "Geheim",
      "Vertrouwelijk",
      "73.25",
      "interne notitie",
    ]) {
      expect(rows).not.toContain(secret);
    }
    expect(rows).not.toMatch(/sec_/);
  });
});

describe("nothing is recorded for what changes nothing", () => {
  it("records no refused write, no read and no token", async () => {
    harness = await createHarness();
    const cast = await castOfClients(harness);
    const organisation = await createOrganisation(harness, cast.admin);
    const assessment = await answerAll(
      harness,
      cast.employer.token,
      await startAssessment(harness, cast.employer.token, cast.employer.organisationId),
      3,
    );
    await submit(harness, cast.employer.token, assessment.assessmentId);
    // A deployment with a benchmark release: a read never cuts one then (only the first read of a new one does).
    await cutRelease(harness, cast.admin);
    const before = await databaseSnapshot(harness.storage);
    const count = await auditRowCount();

    const refused: [string, RequestInit, number][] = [
      // Another tenant's organisation: 404, as if it did not exist.
      [
        `/v1/organisations/${organisation.organisationId}`,
        jsonBody("PATCH", { headcount: 3 }, cast.integration.token),
        404,
      ],
      [`/v1/organisations/${organisation.organisationId}`, bearer(cast.integration.token, { method: "DELETE" }), 404],
      // A role that may not: 403.
      ["/v1/clients", jsonBody("POST", { name: "x", role: "integration" }, cast.employer.token), 403],
      // Invalid input: 400.
      ["/v1/organisations", jsonBody("POST", { name: "" }, cast.admin), 400],
      // No token: 401.
      ["/v1/organisations", jsonBody("POST", { name: "x" }), 401],
      // No such client, no such link: 404 (the conditional write changed nothing).
      ["/v1/clients/cli_nobody-here", jsonBody("PATCH", { name: "x" }, cast.admin), 404],
      ["/v1/clients/cli_nobody-here/secret-rotations", bearer(cast.admin, { method: "POST" }), 404],
      [
        `/v1/clients/${cast.integration.clientId}/organisations/${cast.employer.organisationId}`,
        bearer(cast.admin, { method: "DELETE" }),
        404,
      ],
      // Publishing the published version: 409.
      ["/v1/frameworks/2026.1/publication", bearer(cast.admin, { method: "POST" }), 409],
      // A submitted assessment is immutable: 409.
      [`/v1/assessments/${assessment.assessmentId}`, jsonBody("PATCH", { answers: {} }, cast.employer.token), 409],
      // Reads. (A what-if call is recorded: tests/privacy/rank-probing.test.ts.)
      [`/v1/organisations/${cast.employer.organisationId}`, bearer(cast.employer.token), 200],
      ["/v1/audit-events", bearer(cast.admin), 200],
    ];
    for (const [path, init, status] of refused) {
      const response = await harness.request(path, init);
      expect(response.status, `${path}: ${await response.text()}`).toBe(status);
    }
    expect(
      await tokenFor(harness, { clientId: cast.sector.clientId, clientSecret: cast.sector.clientSecret }),
    ).toBeTypeOf("string");
    expect(await auditRowCount()).toBe(count);
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });

  it("records a replayed idempotent request once", async () => {
    harness = await createHarness();
    const { admin } = await castOfClients(harness);
    const init = jsonBody(
      "POST",
      { name: "Eenmalig BV", sbiCode: "1071", headcount: 9, region: "NL-UT", hasHrDepartment: false },
      admin,
    );
    const withKey = {
      ...init,
      headers: { ...(init.headers as Record<string, string>), "Idempotency-Key": `k-${run}` },
    };
    const first = await json<{ organisationId: string }>(await harness.request("/v1/organisations", withKey), 201);
    const replay = await harness.request("/v1/organisations", withKey);
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    const events = await allEvents(admin, `&resourceId=${first.organisationId}`);
    expect(events.map((event) => event.action)).toEqual(["create"]);
  });
});

describe("GET /v1/audit-events", () => {
  it("is for admins only", async () => {
    harness = await createHarness();
    const cast = await castOfClients(harness);
    for (const token of [cast.employer.token, cast.integration.token, cast.sector.token]) {
      const problem = await json<ProblemDetails>(await harness.request("/v1/audit-events", bearer(token)), 403);
      expect(problem.type).toBe("https://inclusiebenchmark.nl/problems/forbidden");
    }
    expect((await harness.request("/v1/audit-events")).status).toBe(401);
    // An admin token without the audit scope is refused too.
    const narrow = await tokenFor(
      harness,
      { clientId: "test-admin", clientSecret: "test-admin-xziYpnLybcb-JZVT5gOWphLgxN34ZGHA9xDJuPTqc2XU" },
      "clients:write",
    );
    expect((await harness.request("/v1/audit-events", bearer(narrow))).status).toBe(403);
  });

  it("pages newest first with a cursor, and filters by client, resource, action and time", async () => {
    const clock = manualClock();
    harness = await createHarness({ deps: { clock } });
    const cast = await castOfClients(harness);
    clock.advance(1);
    const start = clock.now().toISOString();
    const created: string[] = [];
    for (let index = 0; index < 7; index += 1) {
      clock.advance(60);
      created.push(
        (await createOrganisation(harness, cast.integration.token, { name: `Paged ${index}` })).organisationId,
      );
    }
    const middle = clock.now().toISOString();
    clock.advance(60);
    await json(
      await harness.request(
        `/v1/organisations/${created[0]}`,
        jsonBody("PATCH", { headcount: 77 }, cast.integration.token),
      ),
      200,
    );

    const byClient = `&clientId=${cast.integration.clientId}`;
    const pages: AuditPage[] = [];
    let cursor: string | null = null;
    do {
      const page: AuditPage = await json<AuditPage>(
        await harness.request(
          `/v1/audit-events?limit=3${byClient}${cursor === null ? "" : `&cursor=${cursor}`}`,
          bearer(cast.admin),
        ),
        200,
      );
      pages.push(page);
      cursor = page.nextCursor;
    } while (cursor !== null && pages.length < 10);
    expect(pages.map((page) => page.items.length)).toEqual([3, 3, 3]);
    const events = pages.flatMap((page) => page.items);
    // castOfClients' integration created one organisation too: 8 creates and 1 update.
    expect(events.map((event) => event.action)).toEqual(["update", ...Array(8).fill("create")]);
    expect(new Set(events.map((event) => event.eventId)).size).toBe(9);
    expect(
      events.every((event) => event.clientId === cast.integration.clientId && event.clientRole === "integration"),
    ).toBe(true);
    const times = events.map((event) => event.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);

    const updates = await allEvents(cast.admin, `${byClient}&action=update`);
    expect(updates.map((event) => event.resourceId)).toEqual([created[0]]);
    const ofOne = await allEvents(cast.admin, `&resourceType=organisation&resourceId=${created[0]}`);
    expect(ofOne.map((event) => event.action)).toEqual(["update", "create"]);
    const window = await allEvents(cast.admin, `${byClient}&since=${start}&until=${middle}`);
    // until is exclusive: the seventh create happened at `middle` itself.
    expect(window.map((event) => event.resourceId)).toEqual(created.slice(0, 6).reverse());
  });

  it("refuses bad filters and a page above the maximum with 400, naming the field", async () => {
    harness = await createHarness();
    const { admin } = await castOfClients(harness);
    for (const [query, pointer] of [
      ["limit=101", "/limit"],
      ["since=yesterday", "/since"],
      ["action=steal", "/action"],
      ["resourceType=person", "/resourceType"],
      ["since=2026-02-01T00:00:00Z&until=2026-01-01T00:00:00Z", "/until"],
      ["cursor=not-a-cursor", "/cursor"],
    ] as const) {
      const problem = await json<ProblemDetails>(
        await harness.request(`/v1/audit-events?${query}`, bearer(admin)),
        400,
      );
      expect(
        problem.errors?.map((error) => error.pointer),
        query,
      ).toContain(pointer);
    }
  });
});
