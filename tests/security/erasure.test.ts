import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Storage, WriteStatement } from "../../src/db/storage.js";
import type { Harness } from "../harness/harness.js";
import {
  adminToken,
  answerAll,
  bearer,
  createClient,
  createOrganisation,
  json,
  jsonBody,
  requestToken,
  startAssessment,
  submit,
  tokenFor,
} from "../support/api-client.js";
import { contributionRows, recomputedContributionRows } from "../support/contribution-recompute.js";
import { databaseSnapshot } from "../support/database-snapshot.js";

/**
 * Erasure (the right to be forgotten, for an organisation): DELETE /v1/organisations/{id}, by an
 * admin or the employer itself, removes the organisation, its assessments, answers, workforce
 * context, links, employer clients, stored idempotent responses and its benchmark contributions (a
 * withdrawal: the next release no longer counts it), in one atomic write. Afterwards no table holds
 * its id, and the contribution rows equal both a recompute from the assessments and the rows as they
 * stood before it ever submitted.
 */

let base: Harness;
/** The same database, through a storage that counts atomic writes and can be made to fail. */
let harness: Harness;
let admin: string;
const writes = { count: 0, failNext: false };

function counting(storage: Storage): Storage {
  return {
    ...storage,
    db: storage.db,
    async writeAtomically(statements: readonly WriteStatement[]) {
      writes.count++;
      if (writes.failNext) {
        writes.failNext = false;
        // The real statements, then one that fails: the whole write must come undone.
        return storage.writeAtomically([
          ...statements,
          storage.db.insertInto("organisations").values({ id: null } as never),
        ]);
      }
      return storage.writeAtomically(statements);
    },
  };
}

beforeAll(async () => {
  base = await createHarness();
  harness = await createHarness({ deps: { storage: counting(base.storage) } });
  admin = await adminToken(harness);
  // Peers that stay: one group of five, and organisations elsewhere.
  for (let index = 0; index < 7; index++) {
    const organisation = await createOrganisation(harness, admin, {
      name: `Peer ${index}`,
      sbiCode: index < 5 ? "1071" : "8610",
      headcount: 35,
      region: "NL-UT",
    });
    const assessment = await startAssessment(harness, admin, organisation.organisationId);
    await submit(harness, admin, (await answerAll(harness, admin, assessment, index % 5)).assessmentId);
  }
});
afterAll(async () => {
  await harness.close();
  await base.close();
});

/** What the benchmark counts: the contribution rows (a release cut folds nothing else). */
async function maintained(): Promise<string[]> {
  return contributionRows(harness.storage.db);
}

/** The contribution rows the assessments call for. */
async function rebuilt(): Promise<string[]> {
  return recomputedContributionRows(harness.storage.db);
}

/** An employer organisation with everything an organisation can have: rounds, a draft, figures, links, keys. */
async function richOrganisation(name: string) {
  const organisation = await createOrganisation(harness, admin, {
    name,
    kvkNumber: "99887766",
    sbiCode: "1071",
    headcount: 35,
    region: "NL-UT",
  });
  const id = organisation.organisationId;
  const employer = await createClient(harness, admin, {
    name: `${name} employer`,
    role: "employer",
    organisationId: id,
  });
  const token = await tokenFor(harness, employer);
  const integration = await createClient(harness, admin, { name: "Linked HR tool", role: "integration" });
  expect(
    (await harness.request(`/v1/clients/${integration.clientId}/organisations/${id}`, bearer(admin, { method: "PUT" })))
      .status,
  ).toBeLessThan(300);
  await json(
    await harness.request(
      `/v1/organisations/${id}/workforce-context`,
      jsonBody("PUT", { migrationBackgroundShare: 12.3456, agedOver55Share: 12 }, token),
    ),
    200,
  );
  const assessmentIds: string[] = [];
  for (const level of [1, 4]) {
    const response = await harness.request(`/v1/organisations/${id}/assessments`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${token}`,
        "Idempotency-Key": `k-${level}`,
      },
      body: "{}",
    });
    const assessment = await json<Parameters<typeof answerAll>[2]>(response, 201);
    await submit(harness, token, (await answerAll(harness, token, assessment, level)).assessmentId);
    assessmentIds.push(assessment.assessmentId);
  }
  assessmentIds.push((await startAssessment(harness, token, id)).assessmentId);
  // Its plan: an action (owner and note are its own words) and a target on its figures.
  const action = await json<{ actionId: string }>(
    await harness.request(
      `/v1/organisations/${id}/actions`,
      jsonBody(
        "POST",
        {
          practiceId: "structured_interviews",
          targetLevel: 3,
          owner: "Team Werving Oost",
          dueDate: "2027-06-30",
          note: "Plan uit het teamoverleg",
        },
        token,
      ),
    ),
    201,
  );
  const target = await json<{ targetId: string }>(
    await harness.request(
      `/v1/organisations/${id}/targets`,
      jsonBody(
        "POST",
        {
          measure: "migrationBackgroundShare",
          baselineValue: 12.3456,
          baselineDate: "2026-01-01",
          targetValue: 17.6543,
          targetDate: "2028-12-31",
        },
        token,
      ),
    ),
    201,
  );
  return { id, token, employer, integration, assessmentIds, planIds: [action.actionId, target.targetId] };
}

/**
 * No table holds the organisation's ids, name, KvK number or figures any more. The audit log is the
 * one deliberate exception for ids (migration 0009): it keeps who did what to which opaque id and
 * when, including the erasure itself, and never a name, number or figure.
 */
async function expectNoTrace(victim: Awaited<ReturnType<typeof richOrganisation>>, values: string[]) {
  const tables = JSON.parse(await databaseSnapshot(harness.storage)) as Record<string, Record<string, unknown>[]>;
  const { audit_events: audit = [], ...rest } = tables;
  const data = JSON.stringify(rest);
  for (const id of [victim.id, ...victim.assessmentIds, ...victim.planIds, victim.employer.clientId]) {
    expect(data.includes(id), `${id} is still stored`).toBe(false);
  }
  const everything = JSON.stringify(tables);
  for (const value of values) expect(everything.includes(value), `${value} is still stored`).toBe(false);
  for (const event of audit) {
    expect(Object.keys(event).sort()).toEqual([
      "action",
      "client_id",
      "client_role",
      "created_at",
      "id",
      "request_id",
      "resource_id",
      "resource_type",
    ]);
  }
  expect(
    audit.some((event) => event.resource_id === victim.id && /delete|erase/i.test(String(event.action))),
    "the erasure itself is on record",
  ).toBe(true);
}

describe("DELETE /v1/organisations/{organisationId}", () => {
  it("by the employer itself: everything goes in one atomic write, contributions as if it never submitted", async () => {
    const before = await maintained();
    expect(before.length).toBeGreaterThan(0);
    const victim = await richOrganisation("Te wissen BV");
    expect(await maintained(), "control: its rounds moved the contributions").not.toEqual(before);
    const idempotencyRows = await harness.storage.db
      .selectFrom("idempotency_keys")
      .select("idempotency_key")
      .where("response_body", "like", `%${victim.id}%`)
      .execute();
    expect(idempotencyRows.length, "control: its stored responses exist").toBeGreaterThan(0);

    writes.count = 0;
    const response = await harness.request(
      `/v1/organisations/${victim.id}`,
      bearer(victim.token, { method: "DELETE" }),
    );
    expect(response.status, await response.text()).toBe(204);
    expect(writes.count, "one atomic write").toBe(1);

    expect(await maintained()).toEqual(before);
    expect(await maintained()).toEqual(await rebuilt());
    await expectNoTrace(victim, ["Te wissen BV", "99887766", "12.3456", "17.6543", "Team Werving Oost", "teamoverleg"]);
    // The employer's own client went with it; the linked HR tool stays, without the link.
    expect((await requestToken(harness, victim.employer)).status).toBe(401);
    expect((await requestToken(harness, victim.integration)).status).toBe(200);
    expect((await harness.request(`/v1/organisations/${victim.id}`, bearer(admin))).status).toBe(404);
    expect((await harness.request(`/v1/assessments/${victim.assessmentIds[0]}`, bearer(admin))).status).toBe(404);
  });

  it("by an admin: the same, and peers' benchmarks no longer count it", async () => {
    const before = await maintained();
    const victim = await richOrganisation("Ook te wissen BV");
    const response = await harness.request(`/v1/organisations/${victim.id}`, bearer(admin, { method: "DELETE" }));
    expect(response.status).toBe(204);
    expect(await maintained()).toEqual(before);
    expect(await maintained()).toEqual(await rebuilt());
    await expectNoTrace(victim, ["Ook te wissen BV", "99887766", "12.3456"]);
  });

  it("is all or nothing: a write that fails halfway leaves the organisation and its contributions whole", async () => {
    const victim = await richOrganisation("Half gewist BV");
    const before = await databaseSnapshot(harness.storage);
    writes.failNext = true;
    const response = await harness.request(`/v1/organisations/${victim.id}`, bearer(admin, { method: "DELETE" }));
    expect(response.status).toBe(500);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    expect(await databaseSnapshot(harness.storage)).toBe(before);
    // And then it can be erased for real.
    expect((await harness.request(`/v1/organisations/${victim.id}`, bearer(admin, { method: "DELETE" }))).status).toBe(
      204,
    );
    expect(await maintained()).toEqual(await rebuilt());
  });

  it("is refused to every other role, and to another employer, with nothing erased", async () => {
    const victim = await richOrganisation("Blijft BV");
    const otherOrganisation = await createOrganisation(harness, admin, { name: "Other employer" });
    const otherEmployer = await createClient(harness, admin, {
      name: "Other",
      role: "employer",
      organisationId: otherOrganisation.organisationId,
    });
    const sector = await createClient(harness, admin, { name: "Sector", role: "sector", sections: ["C"] });
    const callers: [string, string | undefined, number][] = [
      ["its linked HR tool", await tokenFor(harness, victim.integration), 404],
      ["another employer", await tokenFor(harness, otherEmployer), 404],
      ["a sector client", await tokenFor(harness, sector), 404],
      ["no token", undefined, 401],
    ];
    const before = await databaseSnapshot(harness.storage);
    for (const [who, token, status] of callers) {
      const init: RequestInit = token === undefined ? { method: "DELETE" } : bearer(token, { method: "DELETE" });
      expect((await harness.request(`/v1/organisations/${victim.id}`, init)).status, who).toBe(status);
    }
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });
});
