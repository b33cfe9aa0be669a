import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Clock } from "../../src/app-env.js";
import type { ProblemDetails } from "../../src/errors.js";
import type { Harness } from "../harness/harness.js";
import {
  adminToken,
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
 * The plan's targets (issue 19): CRUD with If-Match, idempotent creation, audit; refused where the
 * workforce context's minimum-people rule would refuse the share; and evaluated by each submitted
 * round from the figures frozen with it, against the straight line from baseline to target.
 */

interface TargetBody {
  targetId: string;
  organisationId: string;
  measure: string;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  targetDate: string;
  note: string | null;
  revision: number;
  lastEvaluation: {
    assessmentId: string;
    submittedAt: string;
    value: number | null;
    expectedValue: number;
    progress: string;
  } | null;
}

/** A clock that stands where the test puts it: submission dates decide where the line is. */
function settableClock(start: string): Clock & { set(iso: string): void } {
  let now = Date.parse(start);
  return {
    now: () => new Date(now),
    set: (iso) => {
      now = Date.parse(iso);
    },
  };
}

const clock = settableClock("2026-12-01T09:00:00Z");
let harness: Harness;
let cast: Awaited<ReturnType<typeof castOfClients>>;
beforeAll(async () => {
  harness = await createHarness({ deps: { clock } });
  cast = await castOfClients(harness);
});
afterAll(async () => {
  await harness.close();
});

// From 8 % to 12 % over two years: halfway (2027-01-01) the line stands at 10 %.
const TARGET = {
  measure: "migrationBackgroundShare",
  baselineValue: 8,
  baselineDate: "2026-01-01",
  targetValue: 12,
  targetDate: "2028-01-01",
  note: "Werkagenda doelstelling 2: meetbaar doel, jaarlijks geëvalueerd.",
};

const targetsPath = (organisationId: string) => `/v1/organisations/${organisationId}/targets`;

async function createTarget(token: string, organisationId: string, body: Record<string, unknown> = TARGET) {
  return json<TargetBody>(await harness.request(targetsPath(organisationId), jsonBody("POST", body, token)), 201);
}

async function putWorkforce(organisationId: string, figures: Record<string, unknown>) {
  await json(
    await harness.request(
      `/v1/organisations/${organisationId}/workforce-context`,
      jsonBody("PUT", figures, cast.admin),
    ),
    200,
  );
}

describe("targets: create, read, list, change, remove", () => {
  it("creates a target with Location and ETag, and reads it back", async () => {
    const { token, organisationId } = cast.employer;
    const response = await harness.request(targetsPath(organisationId), jsonBody("POST", TARGET, token));
    const created = await json<TargetBody>(response, 201);
    expect(created.targetId).toMatch(/^tgt_[a-z2-7]{24}$/);
    expect(created).toMatchObject({ ...TARGET, organisationId, revision: 1, lastEvaluation: null });
    expect(response.headers.get("Location")).toBe(`${targetsPath(organisationId)}/${created.targetId}`);
    expect(response.headers.get("ETag")).toBe('"r1"');
    expect(await json(await harness.request(response.headers.get("Location") ?? "", bearer(token)), 200)).toEqual(
      created,
    );
  });

  it("lists targets a page at a time, changes one with If-Match (412 when stale) and removes one", async () => {
    const organisation = await createOrganisation(harness, cast.admin, { name: "Target list org" });
    const id = organisation.organisationId;
    // One second apart: the list is in the order they were added (at one instant, by id).
    clock.set("2026-12-01T09:00:01Z");
    const earlier = await createTarget(cast.admin, id);
    clock.set("2026-12-01T09:00:02Z");
    const later = await createTarget(cast.admin, id, { ...TARGET, baselineValue: 20, targetValue: 25 });
    clock.set("2026-12-01T09:00:00Z");
    const made = [earlier, later];
    const first = await json<{ items: TargetBody[]; nextCursor: string | null }>(
      await harness.request(`${targetsPath(id)}?limit=1`, bearer(cast.admin)),
      200,
    );
    expect(first.items.map((item) => item.targetId)).toEqual([made[0]?.targetId]);
    const second = await json<{ items: TargetBody[]; nextCursor: string | null }>(
      await harness.request(`${targetsPath(id)}?limit=1&cursor=${first.nextCursor}`, bearer(cast.admin)),
      200,
    );
    expect(second.items.map((item) => item.targetId)).toEqual([made[1]?.targetId]);
    expect(second.nextCursor).toBeNull();

    const path = `${targetsPath(id)}/${made[0]?.targetId}`;
    const ifMatch = (tag: string, body: unknown) =>
      harness.request(path, {
        method: "PATCH",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${cast.admin}`, "If-Match": tag },
        body: JSON.stringify(body),
      });
    const changed = await ifMatch('"r1"', { targetValue: 14, note: null });
    expect(changed.headers.get("ETag")).toBe('"r2"');
    expect(await json(changed, 200)).toMatchObject({ targetValue: 14, note: null, revision: 2 });
    const before = await databaseSnapshot(harness.storage);
    expect((await json<ProblemDetails>(await ifMatch('"r1"', { targetValue: 20 }), 412)).type).toMatch(
      /precondition-failed/,
    );
    expect(await databaseSnapshot(harness.storage)).toBe(before);
    expect((await harness.request(path, bearer(cast.admin, { method: "DELETE" }))).status).toBe(204);
    expect((await harness.request(path, bearer(cast.admin))).status).toBe(404);
  });

  it("makes one target for a retried POST with the same Idempotency-Key, and audits with ids only", async () => {
    const id = (await createOrganisation(harness, cast.admin, { name: "Idempotent target org" })).organisationId;
    const send = () =>
      harness.request(targetsPath(id), {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          Authorization: `Bearer ${cast.admin}`,
          "Idempotency-Key": "target-migration-share-2028",
        },
        body: JSON.stringify(TARGET),
      });
    const first = await json<TargetBody>(await send(), 201);
    const again = await send();
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect((await json<TargetBody>(again, 201)).targetId).toBe(first.targetId);
    const rows = await harness.storage.db
      .selectFrom("targets")
      .select("id")
      .where("organisation_id", "=", id)
      .execute();
    expect(rows.map((row) => row.id)).toEqual([first.targetId]);
    const events = await json<{ items: { action: string; resourceType: string }[] }>(
      await harness.request(`/v1/audit-events?resourceType=target&resourceId=${first.targetId}`, bearer(cast.admin)),
      200,
    );
    expect(events.items.map((event) => event.action)).toEqual(["create"]);
    const audit = JSON.stringify(
      await harness.storage.db.selectFrom("audit_events").selectAll().where("resource_type", "=", "target").execute(),
    );
    expect(audit).not.toContain(TARGET.note);
  });
});

describe("targets: refused input changes nothing", () => {
  it.each([
    [{ ...TARGET, measure: "agedOver55Share" }, "/measure", /migrationBackgroundShare/],
    [{ ...TARGET, targetValue: 101 }, "/targetValue", /100/],
    [{ ...TARGET, baselineValue: -1 }, "/baselineValue", /0/],
    [{ ...TARGET, targetDate: "2025-12-31" }, "/targetDate", /after the baseline date/],
    [{ ...TARGET, targetDate: "2026-01-01" }, "/targetDate", /after the baseline date/],
    [{ ...TARGET, baselineDate: "2026-13-01" }, "/baselineDate", /exists/],
    [{ ...TARGET, employees: 12 }, "/employees", /Personal data is never accepted/],
  ])("POST %o: 400 naming %s", async (body, pointer, message) => {
    const { token, organisationId } = cast.employer;
    const before = await databaseSnapshot(harness.storage);
    const problem = await json<ProblemDetails>(
      await harness.request(targetsPath(organisationId), jsonBody("POST", body, token)),
      400,
    );
    expect(problem.errors?.find((error) => error.pointer === pointer)?.message).toMatch(message);
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });

  it.each([
    // A firm of 6: any share of its workforce describes fewer than 10 people.
    [6, {}, TARGET, /workforce of 6 describes fewer than 10 people/],
    // The management share needs the number of managers, and at least 10 of them.
    [35, {}, { ...TARGET, measure: "migrationBackgroundManagementShare" }, /Give managerCount/],
    [35, { managerCount: 4 }, { ...TARGET, measure: "migrationBackgroundManagementShare" }, /4 managers/],
    [300, { hiresCount: 9 }, { ...TARGET, measure: "migrationBackgroundHiresShare" }, /9 people hired/],
    // Learning participation of a group of about 9 people with a migration background (3 % of 300).
    [
      300,
      { migrationBackgroundShare: 3 },
      { ...TARGET, measure: "learningParticipationWithMigrationBackground" },
      /about 9 people/,
    ],
  ])(
    "refuses, for an organisation of %i with workforce figures %o, a target %o, as the workforce context would",
    async (headcount, workforce, body, message) => {
      const id = (await createOrganisation(harness, cast.admin, { headcount })).organisationId;
      if (Object.keys(workforce).length > 0) await putWorkforce(id, workforce);
      const before = await databaseSnapshot(harness.storage);
      const problem = await json<ProblemDetails>(
        await harness.request(targetsPath(id), jsonBody("POST", body, cast.admin)),
        400,
      );
      expect(problem.type).toMatch(/validation-failed/);
      expect(problem.errors?.[0]?.pointer).toBe("/measure");
      expect(problem.errors?.map((error) => error.message).join(" ")).toMatch(message);
      expect(await databaseSnapshot(harness.storage)).toBe(before);
    },
  );

  it("accepts the management share once the workforce context gives enough managers, and refuses a PATCH to a share too small", async () => {
    const id = (await createOrganisation(harness, cast.admin, { headcount: 35 })).organisationId;
    await putWorkforce(id, { managerCount: 12 });
    const target = await createTarget(cast.admin, id, { ...TARGET, measure: "migrationBackgroundManagementShare" });
    expect(target.measure).toBe("migrationBackgroundManagementShare");
    const before = await databaseSnapshot(harness.storage);
    const problem = await json<ProblemDetails>(
      await harness.request(
        `${targetsPath(id)}/${target.targetId}`,
        jsonBody("PATCH", { measure: "migrationBackgroundHiresShare" }, cast.admin),
      ),
      400,
    );
    expect(problem.errors?.[0]?.message).toMatch(/Give hiresCount/);
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });
});

describe("each submitted round evaluates the targets from the figures frozen with it", () => {
  it("is on track at or above the line, behind below it, and noData when the round has no figure", async () => {
    const id = (await createOrganisation(harness, cast.admin, { name: "Target round org", headcount: 120 }))
      .organisationId;
    await putWorkforce(id, { hiresCount: 40 });
    const target = await createTarget(cast.admin, id);
    const hires = await createTarget(cast.admin, id, { ...TARGET, measure: "migrationBackgroundHiresShare" });
    // Tokens are checked against the same clock: a fresh one after each move.
    let admin = cast.admin;
    const read = async (targetId: string) =>
      (await json<TargetBody>(await harness.request(`${targetsPath(id)}/${targetId}`, bearer(admin)), 200))
        .lastEvaluation;
    const submitRoundOn = async (date: string) => {
      clock.set(date);
      admin = await adminToken(harness);
      const round = await startAssessment(harness, admin, id);
      await submit(harness, admin, (await answerAll(harness, admin, round, 2)).assessmentId);
      return round.assessmentId;
    };

    // Halfway along the line (2027-01-01): 10 % is expected, 10 % measured is on track.
    await putWorkforce(id, { migrationBackgroundShare: 10, hiresCount: 40 });
    const first = await submitRoundOn("2027-01-01T10:00:00Z");
    expect(await read(target.targetId)).toEqual({
      assessmentId: first,
      submittedAt: "2027-01-01T10:00:00.000Z",
      value: 10,
      expectedValue: 10,
      progress: "onTrack",
    });
    // The hires share was not given, so the round has no figure for it.
    expect(await read(hires.targetId)).toMatchObject({ assessmentId: first, value: null, progress: "noData" });

    // Later the line stands higher: the same 10 % is now behind. The live figures changing after a
    // round do not change what the round shows: only the snapshot counts.
    const second = await submitRoundOn("2027-07-02T10:00:00Z");
    await json(
      await harness.request(
        `/v1/organisations/${id}/workforce-context`,
        jsonBody("PUT", { migrationBackgroundShare: 30 }, admin),
      ),
      200,
    );
    expect(await read(target.targetId)).toMatchObject({
      assessmentId: second,
      value: 10,
      expectedValue: 11,
      progress: "behind",
    });

    // After the target date the line is the target itself.
    const third = await submitRoundOn("2028-03-01T10:00:00Z");
    expect(await read(target.targetId)).toMatchObject({
      assessmentId: third,
      value: 30,
      expectedValue: 12,
      progress: "onTrack",
    });
    clock.set("2026-12-01T09:00:00Z");
  });

  it("reads a target below its baseline the other way: on track at or below the line", async () => {
    const id = (await createOrganisation(harness, cast.admin, { name: "Falling target org", headcount: 120 }))
      .organisationId;
    const target = await createTarget(cast.admin, id, { ...TARGET, baselineValue: 30, targetValue: 20 });
    await putWorkforce(id, { migrationBackgroundShare: 26 });
    clock.set("2027-01-01T10:00:00Z");
    const admin = await adminToken(harness);
    const round = await startAssessment(harness, admin, id);
    await submit(harness, admin, (await answerAll(harness, admin, round, 2)).assessmentId);
    const page = await json<{ items: TargetBody[] }>(await harness.request(targetsPath(id), bearer(admin)), 200);
    clock.set("2026-12-01T09:00:00Z");
    expect(page.items.find((item) => item.targetId === target.targetId)?.lastEvaluation).toMatchObject({
      value: 26,
      expectedValue: 25,
      progress: "behind",
    });
  });
});
