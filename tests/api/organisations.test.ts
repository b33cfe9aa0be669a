import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { ProblemDetails } from "../../src/errors.js";
import type { Harness } from "../harness/harness.js";
import { adminToken, bearer, createOrganisation, json, jsonBody, ORGANISATION_INPUT } from "../support/api-client.js";
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
