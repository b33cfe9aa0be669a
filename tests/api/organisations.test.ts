import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { ProblemDetails } from "../../src/errors.js";
import { getOrganisation, updateOrganisation } from "../../src/store/organisations.js";
import type { Harness } from "../harness/harness.js";
import {
  adminToken,
  bearer,
  createClient,
  createOrganisation,
  json,
  jsonBody,
  ORGANISATION_INPUT,
  requestToken,
  tokenFor,
} from "../support/api-client.js";
import { databaseSnapshot } from "../support/database-snapshot.js";

let harness: Harness;
let admin: string;
beforeEach(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
});
afterEach(async () => {
  await harness.close();
});

describe("POST /v1/organisations", () => {
  it("registers an organisation with an opaque id, derived section and size class", async () => {
    const response = await harness.request("/v1/organisations", jsonBody("POST", ORGANISATION_INPUT, admin));
    const created = await json<Record<string, unknown>>(response, 201);
    expect(created.organisationId).toMatch(/^org_[a-z2-7]{24}$/);
    expect(response.headers.get("Location")).toBe(`/v1/organisations/${created.organisationId}`);
    expect(created).toMatchObject({
      name: "Bakkerij De Korenaar",
      kvkNumber: "12345678",
      sbiSection: "C",
      sbiCode: "1071",
      headcount: 35,
      sizeClass: "small",
      region: "NL-UT",
      hasHrDepartment: false,
      legalForm: null,
    });
    const fetched = await json(
      await harness.request(`/v1/organisations/${created.organisationId}`, bearer(admin)),
      200,
    );
    expect(fetched).toEqual(created);
  });

  it.each([
    [1, "micro"],
    [9, "micro"],
    [10, "small"],
    [49, "small"],
    [50, "medium"],
    [249, "medium"],
    [250, "large"],
  ])("puts headcount %i in size class %s", async (headcount, sizeClass) => {
    expect((await createOrganisation(harness, admin, { headcount })).sizeClass).toBe(sizeClass);
  });

  it.each([
    [{ kvkNumber: "1234567" }, "/kvkNumber"],
    [{ kvkNumber: "1234567a" }, "/kvkNumber"],
    [{ headcount: 0 }, "/headcount"],
    [{ headcount: 12.5 }, "/headcount"],
    [{ region: "NL-XX" }, "/region"],
    [{ sbiSection: "Z" }, "/sbiSection"],
    [{ sbiCode: "0400" }, "/sbiCode"],
    [{ sbiSection: "Q" }, "/sbiCode"],
    [{ sbiCode: undefined }, "/sbiSection"],
    [{ hasHrDepartment: "yes" }, "/hasHrDepartment"],
    [{ name: "" }, "/name"],
    [{ email: "hr@example.nl" }, "/email"],
    [{ dateOfBirth: "1970-01-01" }, "/dateOfBirth"],
  ])("refuses %o naming %s, and stores nothing", async (overrides, pointer) => {
    const before = await databaseSnapshot(harness.storage);
    const body = { ...ORGANISATION_INPUT, ...overrides };
    const problem = await json<ProblemDetails>(
      await harness.request("/v1/organisations", jsonBody("POST", body, admin)),
      400,
    );
    expect(problem.errors?.map((error) => error.pointer)).toContain(pointer);
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });

  it("filters the list by section and size class", async () => {
    await createOrganisation(harness, admin, { sbiCode: "8610", headcount: 300 });
    await createOrganisation(harness, admin, { sbiCode: "1071", headcount: 5 });
    const list = await json<{ items: { sbiSection: string; sizeClass: string }[] }>(
      await harness.request("/v1/organisations?sbiSection=Q&sizeClass=large", bearer(admin)),
      200,
    );
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ sbiSection: "Q", sizeClass: "large" });
    expect((await harness.request("/v1/organisations?sizeClass=huge", bearer(admin))).status).toBe(400);
  });
});

describe("PATCH /v1/organisations/{organisationId}", () => {
  it("changes only the fields sent and derives size class and section again", async () => {
    const created = await createOrganisation(harness, admin);
    const patched = await json<Record<string, unknown>>(
      await harness.request(
        `/v1/organisations/${created.organisationId}`,
        jsonBody("PATCH", { headcount: 260, sbiCode: "8610", legalForm: "stichting" }, admin),
      ),
      200,
    );
    expect(patched).toMatchObject({
      name: "Bakkerij De Korenaar",
      headcount: 260,
      sizeClass: "large",
      sbiSection: "Q",
      sbiCode: "8610",
      legalForm: "stichting",
    });
    const cleared = await json<Record<string, unknown>>(
      await harness.request(
        `/v1/organisations/${created.organisationId}`,
        jsonBody("PATCH", { legalForm: null }, admin),
      ),
      200,
    );
    expect(cleared.legalForm).toBeNull();
  });

  it("refuses a section that contradicts the kept SBI code, and server-owned fields, changing nothing", async () => {
    const created = await createOrganisation(harness, admin);
    for (const [body, pointer] of [
      [{ sbiSection: "Q" }, "/sbiCode"],
      [{ sizeClass: "large" }, "/sizeClass"],
      [{ organisationId: "org_aaaaaaaaaaaaaaaaaaaaaaaa" }, "/organisationId"],
      [{ createdAt: "2020-01-01T00:00:00Z" }, "/createdAt"],
    ] as const) {
      const before = await databaseSnapshot(harness.storage);
      const problem = await json<ProblemDetails>(
        await harness.request(`/v1/organisations/${created.organisationId}`, jsonBody("PATCH", body, admin)),
        400,
      );
      expect(problem.errors?.map((error) => error.pointer)).toContain(pointer);
      expect(await databaseSnapshot(harness.storage)).toBe(before);
    }
  });
});

describe("the workforce context", () => {
  const figures = {
    referenceYear: 2025,
    migrationBackgroundShare: 31.5,
    migrationBackgroundManagementShare: 8,
    managerCount: 12,
    learningParticipationWithMigrationBackground: 22,
    learningParticipationWithoutMigrationBackground: 41,
    agedOver55Share: 18,
  };

  it("stores organisation-level figures and gives them back, all others null", async () => {
    const created = await createOrganisation(harness, admin);
    const path = `/v1/organisations/${created.organisationId}/workforce-context`;
    const empty = await json<Record<string, unknown>>(await harness.request(path, bearer(admin)), 200);
    expect(empty.migrationBackgroundShare).toBeNull();
    const stored = await json<Record<string, unknown>>(
      await harness.request(path, jsonBody("PUT", figures, admin)),
      200,
    );
    expect(stored).toMatchObject({ ...figures, routineWorkShare: null, atMostMbo2Share: null });
    expect(await json(await harness.request(path, bearer(admin)), 200)).toEqual(stored);
  });

  it("stores the shares of labour migrants, agency workers and statushouders, and where the figures came from", async () => {
    const created = await createOrganisation(harness, admin, { sbiCode: "1011", headcount: 450 });
    const path = `/v1/organisations/${created.organisationId}/workforce-context`;
    const body = {
      labourMigrantShare: 55,
      agencyWorkerShare: 48.5,
      statushouderShare: 1.5,
      hiresCount: 120,
      migrationBackgroundHiresShare: 70,
      source: "hrSystem",
    };
    const stored = await json<Record<string, unknown>>(await harness.request(path, jsonBody("PUT", body, admin)), 200);
    expect(stored).toMatchObject({ ...body, managerCount: null, migrationBackgroundShare: null });
    expect(await json(await harness.request(path, bearer(admin)), 200)).toEqual(stored);
  });

  it.each([
    // A firm of 6: every share of its workforce describes fewer than 10 people.
    [6, { labourMigrantShare: 50 }, "/labourMigrantShare", /workforce of 6 describes fewer than 10 people/],
    [6, { agedOver55Share: 30, source: "survey" }, "/agedOver55Share", /fewer than 10 people/],
    // A firm of 20 has one or two managers: their share is a statement about them.
    [20, { migrationBackgroundManagementShare: 50 }, "/migrationBackgroundManagementShare", /Give managerCount/],
    [
      20,
      { migrationBackgroundManagementShare: 50, managerCount: 2 },
      "/migrationBackgroundManagementShare",
      /2 managers describes fewer than 10 people/,
    ],
    [300, { migrationBackgroundHiresShare: 40, hiresCount: 9 }, "/migrationBackgroundHiresShare", /9 people hired/],
    [
      300,
      { learningParticipationWithMigrationBackground: 20, learningParticipationWithoutMigrationBackground: 40 },
      "/learningParticipationWithMigrationBackground",
      /Give migrationBackgroundShare/,
    ],
    // 3 % of 300 is 9 people with a migration background: their learning participation describes them.
    [
      300,
      {
        migrationBackgroundShare: 3,
        learningParticipationWithMigrationBackground: 20,
        learningParticipationWithoutMigrationBackground: 40,
      },
      "/learningParticipationWithMigrationBackground",
      /about 9 people/,
    ],
    [300, { source: "gossip" }, "/source", /survey/],
  ])(
    "refuses, for an organisation of %i, %o naming %s, and stores nothing",
    async (headcount, body, pointer, message) => {
      const created = await createOrganisation(harness, admin, { headcount });
      const before = await databaseSnapshot(harness.storage);
      const problem = await json<ProblemDetails>(
        await harness.request(
          `/v1/organisations/${created.organisationId}/workforce-context`,
          jsonBody("PUT", body, admin),
        ),
        400,
      );
      expect(problem.type).toMatch(/validation-failed/);
      const error = problem.errors?.find((candidate) => candidate.pointer === pointer);
      expect(error?.message).toMatch(message);
      expect(await databaseSnapshot(harness.storage)).toBe(before);
    },
  );

  it("accepts the same shares once they describe enough people", async () => {
    const created = await createOrganisation(harness, admin, { headcount: 300 });
    const path = `/v1/organisations/${created.organisationId}/workforce-context`;
    const body = {
      migrationBackgroundShare: 4,
      migrationBackgroundManagementShare: 50,
      managerCount: 10,
      learningParticipationWithMigrationBackground: 20,
      learningParticipationWithoutMigrationBackground: 40,
    };
    expect(await json(await harness.request(path, jsonBody("PUT", body, admin)), 200)).toMatchObject(body);
  });

  it.each([
    [{ migrationBackgroundShare: 101 }, "/migrationBackgroundShare", /100/],
    [
      { learningParticipationWithMigrationBackground: 20 },
      "/learningParticipationWithoutMigrationBackground",
      /both groups/,
    ],
    [{ employees: [{ name: "Fatima", dateOfBirth: "1990-01-01" }] }, "/employees", /Personal data is never accepted/],
    [{ bsn: "123456782" }, "/bsn", /Personal data is never accepted/],
    [{ email: "hr@example.nl" }, "/email", /Personal data is never accepted/],
    [{ turnover: 12 }, "/turnover", /closed/],
  ])("refuses %o naming %s, and stores nothing", async (body, pointer, message) => {
    const created = await createOrganisation(harness, admin);
    const before = await databaseSnapshot(harness.storage);
    const problem = await json<ProblemDetails>(
      await harness.request(
        `/v1/organisations/${created.organisationId}/workforce-context`,
        jsonBody("PUT", body, admin),
      ),
      400,
    );
    const error = problem.errors?.find((candidate) => candidate.pointer === pointer);
    expect(error?.message).toMatch(message);
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });
});

describe("DELETE /v1/organisations/{organisationId}", () => {
  it("lets an employer erase its own organisation, with its client and everything about it", async () => {
    const created = await createOrganisation(harness, admin);
    const employer = await createClient(harness, admin, {
      name: "E",
      role: "employer",
      organisationId: created.organisationId,
    });
    const token = await tokenFor(harness, employer);
    await harness.request(
      `/v1/organisations/${created.organisationId}/workforce-context`,
      jsonBody("PUT", { agedOver55Share: 20 }, token),
    );
    expect(
      (await harness.request(`/v1/organisations/${created.organisationId}`, bearer(token, { method: "DELETE" })))
        .status,
    ).toBe(204);
    expect((await harness.request(`/v1/organisations/${created.organisationId}`, bearer(admin))).status).toBe(404);
    const leftovers = await harness.storage.db
      .selectFrom("organisation_workforce")
      .select("organisation_id")
      .where("organisation_id", "=", created.organisationId)
      .execute();
    expect(leftovers).toEqual([]);
    expect((await requestToken(harness, employer)).status).toBe(401);
  });

  it("is refused to an integration client, even for an organisation it acts for", async () => {
    const tool = await createClient(harness, admin, { name: "HR tool", role: "integration" });
    const toolToken = await tokenFor(harness, tool);
    const created = await createOrganisation(harness, toolToken);
    const before = await databaseSnapshot(harness.storage);
    expect(
      (await harness.request(`/v1/organisations/${created.organisationId}`, bearer(toolToken, { method: "DELETE" })))
        .status,
    ).toBe(404);
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });
});

describe("registering a KvK number twice", () => {
  const register = (body: Record<string, unknown>, token: string, headers: Record<string, string> = {}) => {
    const init = jsonBody("POST", body, token);
    return harness.request("/v1/organisations", {
      ...init,
      headers: { ...(init.headers as Record<string, string>), ...headers },
    });
  };

  it("answers the same client 409 naming its organisation, and changes nothing", async () => {
    const tool = await tokenFor(harness, await createClient(harness, admin, { name: "HR tool", role: "integration" }));
    const first = await json<{ organisationId: string }>(await register(ORGANISATION_INPUT, tool), 201);
    const before = await databaseSnapshot(harness.storage);
    // Another name, the same KvK number: the same employer.
    const problem = await json<ProblemDetails & { existingId?: string }>(
      await register({ ...ORGANISATION_INPUT, name: "Korenaar Bakkerij BV" }, tool),
      409,
    );
    expect(problem.type).toBe("https://inclusiebenchmark.nl/problems/conflict");
    expect(problem.existingId).toBe(first.organisationId);
    expect(problem.detail).toContain(first.organisationId);
    expect(await databaseSnapshot(harness.storage)).toBe(before);
    // The admin's own registrations are held to the same rule.
    const adminInput = { ...ORGANISATION_INPUT, kvkNumber: "12345679" };
    const mine = await json<{ organisationId: string }>(await register(adminInput, admin), 201);
    expect((await json<{ existingId?: string }>(await register(adminInput, admin), 409)).existingId).toBe(
      mine.organisationId,
    );
  });

  it("lets another client register the same KvK number, revealing nothing of the first", async () => {
    const first = await tokenFor(harness, await createClient(harness, admin, { name: "Tool A", role: "integration" }));
    const second = await tokenFor(harness, await createClient(harness, admin, { name: "Tool B", role: "integration" }));
    const ours = await json<{ organisationId: string }>(await register(ORGANISATION_INPUT, first), 201);
    const response = await register(ORGANISATION_INPUT, second);
    const theirs = await json<{ organisationId: string }>(response, 201);
    expect(theirs.organisationId).not.toBe(ours.organisationId);
    expect(JSON.stringify(theirs)).not.toContain(ours.organisationId);
    // Registrations without a KvK number are never duplicates of each other.
    const { kvkNumber: _kvk, ...withoutKvk } = ORGANISATION_INPUT;
    expect((await register(withoutKvk, first)).status).toBe(201);
    expect((await register(withoutKvk, first)).status).toBe(201);
  });

  it("holds a registration whose KvK number another registration had until an admin confirms it; only admins see it", async () => {
    // Numbers of this test only (on Workers the file's tests share one database).
    const unique = () => String(10_000_000 + Math.floor(Math.random() * 89_999_999));
    const [number, borrowedLater, ownFirst, ownLater] = [unique(), unique(), unique(), unique()];
    const input = { ...ORGANISATION_INPUT, kvkNumber: number };
    const first = await tokenFor(harness, await createClient(harness, admin, { name: "Tool A", role: "integration" }));
    const second = await tokenFor(harness, await createClient(harness, admin, { name: "Tool B", role: "integration" }));
    const ours = await json<Record<string, unknown>>(await register(input, first), 201);
    const theirs = await json<Record<string, unknown>>(await register(input, second), 201);
    // The registering client cannot tell from the answer whether the number was registered before.
    expect(Object.keys(theirs).sort()).toEqual(Object.keys(ours).sort());
    expect(theirs).not.toHaveProperty("kvkHeld");
    const asAdmin = async (id: unknown) =>
      json<Record<string, unknown>>(await harness.request(`/v1/organisations/${id}`, bearer(admin)), 200);
    expect((await asAdmin(ours.organisationId)).kvkHeld).toBe(false);
    expect((await asAdmin(theirs.organisationId)).kvkHeld).toBe(true);
    const own = await json<Record<string, unknown>>(
      await harness.request(`/v1/organisations/${theirs.organisationId}`, bearer(second)),
      200,
    );
    expect(own).not.toHaveProperty("kvkHeld");

    // A number given later (PATCH) is held the same way, and released when the number is its own again.
    const third = await json<Record<string, unknown>>(await register({ ...input, kvkNumber: ownFirst }, second), 201);
    const patch = async (kvkNumber: string) =>
      json(
        await harness.request(`/v1/organisations/${third.organisationId}`, jsonBody("PATCH", { kvkNumber }, second)),
        200,
      );
    expect((await asAdmin(third.organisationId)).kvkHeld).toBe(false);
    await json(await register({ ...input, kvkNumber: borrowedLater }, first), 201);
    await patch(borrowedLater);
    expect((await asAdmin(third.organisationId)).kvkHeld).toBe(true);
    await patch(ownLater);
    expect((await asAdmin(third.organisationId)).kvkHeld).toBe(false);

    // An admin's registration of a number already registered is held too: nobody merges by accident.
    const byAdmin = await json<Record<string, unknown>>(
      await register({ ...input, name: "Korenaar (admin)" }, admin),
      201,
    );
    expect(byAdmin.kvkHeld).toBe(true);

    // Only an admin confirms, and it is audited.
    const confirm = (id: unknown, token: string, kvkNumber = number) =>
      harness.request(`/v1/organisations/${id}/kvk-confirmation`, jsonBody("POST", { kvkNumber }, token));
    const before = await databaseSnapshot(harness.storage);
    expect((await confirm(theirs.organisationId, second)).status).toBe(403);
    // The confirmation holds for the number the admin checked only.
    const changed = await json<ProblemDetails>(await confirm(theirs.organisationId, admin, borrowedLater), 409);
    expect(changed.detail).toContain(number);
    expect((await confirm(theirs.organisationId, admin, "1234")).status).toBe(400);
    expect(await databaseSnapshot(harness.storage)).toBe(before);
    expect((await json<Record<string, unknown>>(await confirm(theirs.organisationId, admin), 200)).kvkHeld).toBe(false);
    expect((await asAdmin(theirs.organisationId)).kvkHeld).toBe(false);
    const audit = await json<{ items: { action: string; resourceId: string }[] }>(
      await harness.request("/v1/audit-events?action=confirm-kvk", bearer(admin)),
      200,
    );
    const ids = [ours, theirs, third, byAdmin].map((organisation) => organisation.organisationId);
    expect(audit.items.filter((event) => ids.includes(event.resourceId)).map((event) => event.resourceId)).toEqual([
      theirs.organisationId,
    ]);
    expect((await confirm("org_aaaaaaaaaaaaaaaaaaaaaaaa", admin)).status).toBe(404);
  });

  it("holds a borrowed number written back by an update built from a stale read (the database decides)", async () => {
    // Two PATCHes at once: one gives the registration a number of its own, the other (read before it)
    // writes the borrowed number back with another field. The write is what the store receives then.
    const unique = () => String(10_000_000 + Math.floor(Math.random() * 89_999_999));
    const [borrowed, own] = [unique(), unique()];
    const first = await tokenFor(harness, await createClient(harness, admin, { name: "Tool A", role: "integration" }));
    const second = await tokenFor(harness, await createClient(harness, admin, { name: "Tool B", role: "integration" }));
    await json(await register({ ...ORGANISATION_INPUT, kvkNumber: borrowed }, first), 201);
    const theirs = await json<{ organisationId: string }>(
      await register({ ...ORGANISATION_INPUT, kvkNumber: borrowed }, second),
      201,
    );
    const stale = await getOrganisation(harness.storage.db, theirs.organisationId);
    if (stale === undefined) throw new Error("the registration just made is gone");
    await json(
      await harness.request(
        `/v1/organisations/${theirs.organisationId}`,
        jsonBody("PATCH", { kvkNumber: own }, second),
      ),
      200,
    );
    expect((await getOrganisation(harness.storage.db, theirs.organisationId))?.kvkHeld).toBe(false);
    const { kvkHeld: _held, createdAt: _created, updatedAt: _updated, ...profile } = stale;
    await updateOrganisation(harness.storage, { ...profile, name: "Renamed meanwhile" }, new Date());
    const after = await getOrganisation(harness.storage.db, theirs.organisationId);
    expect(after?.kvkNumber).toBe(borrowed);
    expect(after?.kvkHeld).toBe(true);
  });

  it("still replays the first registration for a retry with the same Idempotency-Key", async () => {
    const tool = await tokenFor(harness, await createClient(harness, admin, { name: "HR tool", role: "integration" }));
    const key = { "Idempotency-Key": "register-korenaar-1" };
    const created = await json<{ organisationId: string }>(await register(ORGANISATION_INPUT, tool, key), 201);
    const replay = await register(ORGANISATION_INPUT, tool, key);
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    expect((await json<{ organisationId: string }>(replay, 201)).organisationId).toBe(created.organisationId);
  });

  it("refuses a PATCH that gives an organisation a KvK number the client registered for another, changing nothing", async () => {
    const tool = await tokenFor(harness, await createClient(harness, admin, { name: "HR tool", role: "integration" }));
    const first = await json<{ organisationId: string }>(await register(ORGANISATION_INPUT, tool), 201);
    const second = await json<{ organisationId: string }>(
      await register({ ...ORGANISATION_INPUT, kvkNumber: "87654321" }, tool),
      201,
    );
    const before = await databaseSnapshot(harness.storage);
    const patch = (kvkNumber: string) =>
      harness.request(`/v1/organisations/${second.organisationId}`, jsonBody("PATCH", { kvkNumber }, tool));
    const problem = await json<ProblemDetails & { existingId?: string }>(
      await patch(ORGANISATION_INPUT.kvkNumber as string),
      409,
    );
    expect(problem.existingId).toBe(first.organisationId);
    expect(await databaseSnapshot(harness.storage)).toBe(before);
    // Its own number again, or a number it never registered, is fine.
    expect((await patch("87654321")).status).toBe(200);
    expect((await patch("11223344")).status).toBe(200);
  });

  it("lets a client register again once it no longer acts for its earlier registration", async () => {
    const client = await createClient(harness, admin, { name: "HR tool", role: "integration" });
    const tool = await tokenFor(harness, client);
    const first = await json<{ organisationId: string }>(await register(ORGANISATION_INPUT, tool), 201);
    const unlink = await harness.request(
      `/v1/clients/${client.clientId}/organisations/${first.organisationId}`,
      bearer(admin, { method: "DELETE" }),
    );
    expect(unlink.status).toBe(204);
    // A 409 would name an organisation this client can no longer open.
    expect((await register(ORGANISATION_INPUT, tool)).status).toBe(201);
  });
});
