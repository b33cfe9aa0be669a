import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { ProblemDetails } from "../../src/errors.js";
import { listActionsDueBy } from "../../src/store/actions.js";
import type { Harness } from "../harness/harness.js";
import {
  answerAll,
  bearer,
  castOfClients,
  createOrganisation,
  json,
  jsonBody,
  startAssessment,
  submit,
} from "../support/api-client.js";
import { databaseSnapshot } from "../support/database-snapshot.js";

/**
 * The plan's actions (issue 19): CRUD with If-Match, idempotent creation, audit, and what each
 * submitted round shows for them; and the recommendations that mark a practice with an open action
 * as planned instead of recommending it again (a legal duty stays first, marked planned).
 */

interface ActionBody {
  actionId: string;
  organisationId: string;
  practiceId: string;
  targetLevel: number;
  owner: string;
  dueDate: string;
  status: string;
  note: string | null;
  revision: number;
  lastEvaluation: { assessmentId: string; submittedAt: string; value: number | null; reached: boolean } | null;
}

interface RecommendationsBody {
  items: {
    practiceId: string;
    legalDuty: { planned: boolean } | null;
    planned: { actionId: string; dueDate: string; status: string } | null;
    why: string[];
  }[];
  plannedPractices: { practiceId: string; action: { actionId: string; dueDate: string; status: string } }[];
}

let harness: Harness;
let cast: Awaited<ReturnType<typeof castOfClients>>;
beforeAll(async () => {
  harness = await createHarness();
  cast = await castOfClients(harness);
});
afterAll(async () => {
  await harness.close();
});

const ACTION = {
  practiceId: "structured_interviews",
  targetLevel: 3,
  owner: "HR en teamleiders productie",
  dueDate: "2027-06-30",
  note: "Interviewleidraad per functie, getoetst door de OR.",
};

const actionsPath = (organisationId: string) => `/v1/organisations/${organisationId}/actions`;

async function createAction(token: string, organisationId: string, body: Record<string, unknown> = ACTION) {
  return json<ActionBody>(await harness.request(actionsPath(organisationId), jsonBody("POST", body, token)), 201);
}

describe("actions: create, read, list, change, remove", () => {
  it("creates an action for the employer's organisation, planned by default, with Location and ETag", async () => {
    const { token, organisationId } = cast.employer;
    const response = await harness.request(actionsPath(organisationId), jsonBody("POST", ACTION, token));
    const created = await json<ActionBody>(response, 201);
    expect(created.actionId).toMatch(/^act_[a-z2-7]{24}$/);
    expect(created).toMatchObject({ ...ACTION, organisationId, status: "planned", revision: 1, lastEvaluation: null });
    expect(response.headers.get("Location")).toBe(`${actionsPath(organisationId)}/${created.actionId}`);
    expect(response.headers.get("ETag")).toBe('"r1"');
    const read = await harness.request(`${actionsPath(organisationId)}/${created.actionId}`, bearer(token));
    expect(read.headers.get("ETag")).toBe('"r1"');
    expect(await json(read, 200)).toEqual(created);
  });

  it("lists an organisation's actions a page at a time, each once", async () => {
    const organisation = await createOrganisation(harness, cast.admin, { name: "Listing org" });
    const made: string[] = [];
    for (const practiceId of ["structured_interviews", "inclusive_vacancy_texts", "psychological_safety"]) {
      made.push((await createAction(cast.admin, organisation.organisationId, { ...ACTION, practiceId })).actionId);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? "?limit=2" : `?limit=2&cursor=${cursor}`;
      const page: { items: ActionBody[]; nextCursor: string | null } = await json(
        await harness.request(`${actionsPath(organisation.organisationId)}${query}`, bearer(cast.admin)),
        200,
      );
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.actionId));
      cursor = page.nextCursor;
    } while (cursor !== null);
    // Each once; made within the same millisecond they may come in id order instead.
    expect([...seen].sort()).toEqual([...made].sort());
  });

  it("changes an action with If-Match, refuses a stale ETag with 412 and changes nothing then", async () => {
    const { token, organisationId } = cast.employer;
    const action = await createAction(token, organisationId);
    const path = `${actionsPath(organisationId)}/${action.actionId}`;
    const patch = (body: unknown, ifMatch?: string) =>
      harness.request(path, {
        method: "PATCH",
        headers: {
          "Content-Type": "application/merge-patch+json",
          Authorization: `Bearer ${token}`,
          ...(ifMatch === undefined ? {} : { "If-Match": ifMatch }),
        },
        body: JSON.stringify(body),
      });
    const started = await patch({ status: "inProgress", note: null }, '"r1"');
    expect(started.headers.get("ETag")).toBe('"r2"');
    expect(await json(started, 200)).toMatchObject({ status: "inProgress", note: null, revision: 2 });

    const before = await databaseSnapshot(harness.storage);
    const stale = await json<ProblemDetails>(await patch({ status: "done" }, '"r1"'), 412);
    expect(stale.type).toMatch(/precondition-failed/);
    expect(await databaseSnapshot(harness.storage)).toBe(before);

    // A PATCH that changes nothing leaves the revision.
    const same = await patch({ status: "inProgress" }, '"r2"');
    expect(same.headers.get("ETag")).toBe('"r2"');
    expect(await databaseSnapshot(harness.storage)).toBe(before);

    expect(await json(await patch({ dueDate: "2027-09-30", targetLevel: 4 }), 200)).toMatchObject({
      dueDate: "2027-09-30",
      targetLevel: 4,
      status: "inProgress",
      revision: 3,
    });
  });

  it("removes an action (with If-Match), after which it is not found", async () => {
    const { token, organisationId } = cast.employer;
    const action = await createAction(token, organisationId);
    const path = `${actionsPath(organisationId)}/${action.actionId}`;
    const before = await databaseSnapshot(harness.storage);
    const refused = await harness.request(path, bearer(token, { method: "DELETE", headers: { "If-Match": '"r9"' } }));
    expect(refused.status).toBe(412);
    expect(await databaseSnapshot(harness.storage)).toBe(before);
    const removed = await harness.request(path, bearer(token, { method: "DELETE", headers: { "If-Match": '"r1"' } }));
    expect(removed.status).toBe(204);
    expect((await json<ProblemDetails>(await harness.request(path, bearer(token)), 404)).type).toMatch(/not-found/);
  });

  it("makes one action for a retried POST with the same Idempotency-Key", async () => {
    const organisation = await createOrganisation(harness, cast.admin, { name: "Idempotent org" });
    const send = () =>
      harness.request(actionsPath(organisation.organisationId), {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          Authorization: `Bearer ${cast.admin}`,
          "Idempotency-Key": "plan-2027-structured-interviews",
        },
        body: JSON.stringify(ACTION),
      });
    const first = await json<ActionBody>(await send(), 201);
    const again = await send();
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect((await json<ActionBody>(again, 201)).actionId).toBe(first.actionId);
    const page = await json<{ items: ActionBody[] }>(
      await harness.request(actionsPath(organisation.organisationId), bearer(cast.admin)),
      200,
    );
    expect(page.items.map((item) => item.actionId)).toEqual([first.actionId]);
  });

  it("records create, update and delete in the audit log with ids only, never the owner or note", async () => {
    const organisation = await createOrganisation(harness, cast.admin, { name: "Audited org" });
    const owner = "Afdeling Inkoop en Logistiek";
    const note = "Afspraak uit het MT-overleg over werving";
    const action = await createAction(cast.admin, organisation.organisationId, { ...ACTION, owner, note });
    const path = `${actionsPath(organisation.organisationId)}/${action.actionId}`;
    await json(await harness.request(path, jsonBody("PATCH", { status: "done" }, cast.admin)), 200);
    expect((await harness.request(path, bearer(cast.admin, { method: "DELETE" }))).status).toBe(204);
    const events = await json<{ items: { action: string; resourceType: string; resourceId: string }[] }>(
      await harness.request(`/v1/audit-events?resourceType=action&resourceId=${action.actionId}`, bearer(cast.admin)),
      200,
    );
    expect(events.items.map((event) => event.action).sort()).toEqual(["create", "delete", "update"]);
    const audit = JSON.stringify(
      await harness.storage.db.selectFrom("audit_events").selectAll().where("resource_type", "=", "action").execute(),
    );
    expect(audit).not.toContain(owner);
    expect(audit).not.toContain(note);
  });
});

describe("actions: refused input changes nothing", () => {
  it.each([
    [{ ...ACTION, practiceId: "no_such_practice" }, "/practiceId", /not a practice of framework version/],
    [{ ...ACTION, targetLevel: 5 }, "/targetLevel", /4/],
    [{ ...ACTION, targetLevel: 0 }, "/targetLevel", /1/],
    [{ ...ACTION, dueDate: "2027-02-30" }, "/dueDate", /exists/],
    [{ ...ACTION, dueDate: "30-06-2027" }, "/dueDate", /YYYY-MM-DD/],
    [{ ...ACTION, status: "someday" }, "/status", /planned/],
    [{ ...ACTION, owner: "" }, "/owner", /empty/],
    [{ ...ACTION, owner: "HR\u202eeman" }, "/owner", /bidirectional/],
    [{ ...ACTION, owner: "x".repeat(101) }, "/owner", /at most 100/],
    [{ ...ACTION, name: "Fatima de Vries" }, "/name", /Personal data is never accepted/],
    [{ ...ACTION, email: "hr@example.nl" }, "/email", /Personal data is never accepted/],
    [{ targetLevel: 3, owner: "HR", dueDate: "2027-06-30" }, "/practiceId", /./],
  ])("POST %o: 400 naming %s", async (body, pointer, message) => {
    const { token, organisationId } = cast.employer;
    const before = await databaseSnapshot(harness.storage);
    const problem = await json<ProblemDetails>(
      await harness.request(actionsPath(organisationId), jsonBody("POST", body, token)),
      400,
    );
    expect(problem.type).toMatch(/validation-failed/);
    expect(problem.errors?.find((error) => error.pointer === pointer)?.message).toMatch(message);
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });

  it("refuses a PATCH to a practice that does not exist, and keeps the action as it was", async () => {
    const { token, organisationId } = cast.employer;
    const action = await createAction(token, organisationId);
    const before = await databaseSnapshot(harness.storage);
    const problem = await json<ProblemDetails>(
      await harness.request(
        `${actionsPath(organisationId)}/${action.actionId}`,
        jsonBody("PATCH", { practiceId: "made_up_practice" }, token),
      ),
      400,
    );
    expect(problem.errors?.[0]?.pointer).toBe("/practiceId");
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });

  it("does not find another organisation's action under one's own organisation", async () => {
    const foreign = await createAction(cast.integration.token, cast.integration.organisationId);
    const { token, organisationId } = cast.employer;
    const path = `${actionsPath(organisationId)}/${foreign.actionId}`;
    const before = await databaseSnapshot(harness.storage);
    for (const init of [{}, jsonBody("PATCH", { status: "dropped" }), { method: "DELETE" }]) {
      expect((await json<ProblemDetails>(await harness.request(path, bearer(token, init)), 404)).type).toMatch(
        /not-found/,
      );
    }
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });
});

describe("each submitted round evaluates the actions", () => {
  it("shows the practice's level in the latest round and whether it reached the target level", async () => {
    const organisation = await createOrganisation(harness, cast.admin, { name: "Evaluated org" });
    const id = organisation.organisationId;
    const action = await createAction(cast.admin, id, { ...ACTION, targetLevel: 3 });
    const path = `${actionsPath(id)}/${action.actionId}`;
    expect((await json<ActionBody>(await harness.request(path, bearer(cast.admin)), 200)).lastEvaluation).toBeNull();

    const first = await startAssessment(harness, cast.admin, id);
    await submit(harness, cast.admin, (await answerAll(harness, cast.admin, first, 1)).assessmentId);
    const afterFirst = await json<ActionBody>(await harness.request(path, bearer(cast.admin)), 200);
    expect(afterFirst.lastEvaluation).toMatchObject({ assessmentId: first.assessmentId, value: 1, reached: false });

    // One level short of the target is not reached; the target level itself is.
    const second = await startAssessment(harness, cast.admin, id);
    await submit(
      harness,
      cast.admin,
      (await answerAll(harness, cast.admin, second, (practiceId) => (practiceId === ACTION.practiceId ? 2 : 1)))
        .assessmentId,
    );
    expect((await json<ActionBody>(await harness.request(path, bearer(cast.admin)), 200)).lastEvaluation).toMatchObject(
      { assessmentId: second.assessmentId, value: 2, reached: false },
    );
    const third = await startAssessment(harness, cast.admin, id);
    await submit(
      harness,
      cast.admin,
      (await answerAll(harness, cast.admin, third, (practiceId) => (practiceId === ACTION.practiceId ? 3 : 1)))
        .assessmentId,
    );
    const list = await json<{ items: ActionBody[] }>(await harness.request(actionsPath(id), bearer(cast.admin)), 200);
    expect(list.items[0]?.lastEvaluation).toMatchObject({ assessmentId: third.assessmentId, value: 3, reached: true });
  });

  it("shows no level, and not reached, when the round answered the practice not applicable", async () => {
    const id = (await createOrganisation(harness, cast.admin, { name: "Not applicable org" })).organisationId;
    const practiceId = "orientation_visits";
    const action = await createAction(cast.admin, id, { ...ACTION, practiceId, targetLevel: 1 });
    const round = await startAssessment(harness, cast.admin, id);
    await submit(
      harness,
      cast.admin,
      (await answerAll(harness, cast.admin, round, (answered) => (answered === practiceId ? "notApplicable" : 4)))
        .assessmentId,
    );
    const read = await json<ActionBody>(
      await harness.request(`${actionsPath(id)}/${action.actionId}`, bearer(cast.admin)),
      200,
    );
    expect(read.lastEvaluation).toMatchObject({ assessmentId: round.assessmentId, value: null, reached: false });
  });
});

describe("recommendations mark practices with an open action as planned", () => {
  let organisationId: string;
  let assessmentId: string;
  const recommendations = async () =>
    json<RecommendationsBody>(
      await harness.request(`/v1/assessments/${assessmentId}/recommendations?limit=20`, bearer(cast.admin)),
      200,
    );
  beforeAll(async () => {
    organisationId = (await createOrganisation(harness, cast.admin, { name: "Planning org", headcount: 120 }))
      .organisationId;
    const round = await startAssessment(harness, cast.admin, organisationId);
    assessmentId = (await submit(harness, cast.admin, (await answerAll(harness, cast.admin, round, 1)).assessmentId))
      .assessmentId;
  });

  it("takes a practice with an open action out of the ranked list and shows it as planned, with its due date", async () => {
    const before = await recommendations();
    expect(before.plannedPractices).toEqual([]);
    const top = before.items.find((item) => item.legalDuty === null);
    if (top === undefined) throw new Error("no recommendation that is not a legal duty");
    const action = await createAction(cast.admin, organisationId, {
      ...ACTION,
      practiceId: top.practiceId,
      dueDate: "2027-03-31",
    });
    const planned = await recommendations();
    expect(planned.items.map((item) => item.practiceId)).not.toContain(top.practiceId);
    expect(planned.plannedPractices).toEqual([
      expect.objectContaining({
        practiceId: top.practiceId,
        action: { actionId: action.actionId, dueDate: "2027-03-31", status: "planned" },
      }),
    ]);

    // Done or dropped: no longer open, so recommended again (the round still shows it missing).
    await json(
      await harness.request(
        `${actionsPath(organisationId)}/${action.actionId}`,
        jsonBody("PATCH", { status: "dropped" }, cast.admin),
      ),
      200,
    );
    const reopened = await recommendations();
    expect(reopened.items.map((item) => item.practiceId)).toContain(top.practiceId);
    expect(reopened.plannedPractices).toEqual([]);
  });

  it("keeps a legal duty that is not in place first even with an open action, marked planned with its due date", async () => {
    const before = await recommendations();
    const duty = before.items[0];
    if (duty?.legalDuty === null || duty === undefined) throw new Error("the list does not lead with a legal duty");
    expect(duty.legalDuty.planned).toBe(false);
    const action = await createAction(cast.admin, organisationId, {
      ...ACTION,
      practiceId: duty.practiceId,
      dueDate: "2027-01-31",
      status: "inProgress",
    });
    const after = await recommendations();
    expect(after.items[0]).toMatchObject({
      practiceId: duty.practiceId,
      legalDuty: { planned: true },
      planned: { actionId: action.actionId, dueDate: "2027-01-31", status: "inProgress" },
    });
    expect(after.items.map((item) => item.practiceId).indexOf(duty.practiceId)).toBe(0);
    expect(after.plannedPractices.map((item) => item.practiceId)).not.toContain(duty.practiceId);
    expect(after.items[0]?.why.join(" ")).toMatch(/actie voor gepland/);
  });
});

describe("the open actions due by a date (for the action.due event)", () => {
  it("lists open actions due on or before the date, across organisations, with their organisation, by due date", async () => {
    const first = (await createOrganisation(harness, cast.admin, { name: "Due org one" })).organisationId;
    const second = (await createOrganisation(harness, cast.admin, { name: "Due org two" })).organisationId;
    const make = async (organisationId: string, dueDate: string, status: string) =>
      (await createAction(cast.admin, organisationId, { ...ACTION, dueDate, status })).actionId;
    const late = await make(second, "2031-03-01", "inProgress");
    const onTheDay = await make(first, "2031-03-31", "planned");
    await make(first, "2031-04-01", "planned"); // due after the date
    await make(second, "2031-02-01", "done"); // closed
    await make(first, "2031-01-15", "dropped"); // closed
    const ours = new Set([first, second]);
    const due = (await listActionsDueBy(harness.storage.db, "2031-03-31", { limit: 1000 })).filter((action) =>
      ours.has(action.organisationId),
    );
    expect(due.map((action) => [action.id, action.organisationId, action.dueDate])).toEqual([
      [late, second, "2031-03-01"],
      [onTheDay, first, "2031-03-31"],
    ]);
  });
});
