import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Harness } from "../harness/harness.js";
import { basic, type Credentials, TEST_ADMIN } from "../support/api-client.js";
import { databaseSnapshot } from "../support/database-snapshot.js";
import {
  buildWorld,
  type Caller,
  documentOperations,
  expectedAccess,
  fillPath,
  type Operation,
  pathValuesFor,
  problemDetailsDefect,
  ROLES_AND_ANONYMOUS,
  validBody,
  type World,
} from "../support/operations.js";

/**
 * OWASP API5:2023 Broken Function Level Authorisation: every role (and no token) × every operation of
 * the OpenAPI document, each sent as a valid request on objects the caller would own. The expected
 * answer is derived from the access each route declares (`defineRoute`'s `access`, read through
 * `declaredAccessByOperation`), not from a copy of the table: no token → 401; a role the route does not
 * name → 403, or 404 where the resource's existence is private; a denied call stores nothing. A role
 * the route names is let through (never 401/403, never the private 404, never a 5xx).
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

const tokenOf = (caller: Caller): string | undefined =>
  caller === "anonymous"
    ? undefined
    : caller === "admin"
      ? world.cast.admin
      : caller === "employer"
        ? world.cast.employer.token
        : caller === "integration"
          ? world.cast.integration.token
          : world.cast.sector.token;

const credentialsOf = (caller: Exclude<Caller, "anonymous">): Credentials =>
  caller === "admin" ? TEST_ADMIN : world.cast[caller];

/** Erasures last: they take the fixtures (and the employer's own client) away. */
const DESTRUCTIVE = ["deleteFramework", "deleteOrganisation"];

function requestFor(operation: Operation, caller: Caller): [string, RequestInit] {
  const values = pathValuesFor(world, caller, { draftAssessment: true });
  // The admin erases a spare organisation; the employer erases its own, the very last request here.
  if (operation.operationId === "deleteOrganisation" && caller === "admin") {
    values.organisationId = world.spareOrganisationId;
  }
  // Likewise the admin removes a spare action and target of the employer's plan, the employer its own.
  if ((operation.operationId === "deleteAction" || operation.operationId === "deleteTarget") && caller === "admin") {
    values.actionId = world.sparePlan.actionId;
    values.targetId = world.sparePlan.targetId;
  }
  const headers: Record<string, string> = {};
  const token = tokenOf(caller);
  if (operation.operationId === "createToken") {
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    if (caller !== "anonymous") headers.Authorization = basic(credentialsOf(caller));
    return [fillPath(operation.path, values), { method: "POST", headers, body: "grant_type=client_credentials" }];
  }
  if (token !== undefined) headers.Authorization = `Bearer ${token}`;
  const body = validBody(operation.operationId, world);
  if (operation.body !== null) headers["Content-Type"] = Object.keys(operation.body.content)[0] as string;
  return [
    fillPath(operation.path, values),
    { method: operation.method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) },
  ];
}

const operations = [...documentOperations()].sort(
  (a, b) => DESTRUCTIVE.indexOf(a.operationId) - DESTRUCTIVE.indexOf(b.operationId),
);

describe("every role × every operation", () => {
  it("walks every operation of the document, public and protected (control)", () => {
    expect(operations.length).toBeGreaterThanOrEqual(39);
    expect(operations.filter((operation) => operation.access === null).length).toBeGreaterThanOrEqual(10);
  });

  it("declares the policy the README states: clients and framework writes admin-only, sector reads aggregates only", () => {
    const allowedTo = (caller: Caller) =>
      operations
        .filter((operation) => operation.access !== null && expectedAccess(operation, caller) === "allowed")
        .map((operation) => operation.operationId)
        .sort();
    for (const operation of operations) {
      if (
        operation.path.startsWith("/clients") ||
        (operation.path.startsWith("/frameworks") && operation.method !== "GET")
      ) {
        expect(operation.access?.roles, operation.operationId).toEqual(["admin"]);
      }
    }
    // A sector client reads aggregates, and manages its own webhook subscriptions (release and
    // framework events only: tests/api/webhooks.test.ts).
    const webhookOperations = operations
      .filter((operation) => operation.path.startsWith("/webhooks"))
      .map((operation) => operation.operationId);
    expect(allowedTo("sector")).toEqual(["listBenchmarks", ...webhookOperations].sort());
    // Erasure: the admin or the employer itself, never an HR tool.
    expect(allowedTo("integration")).not.toContain("deleteOrganisation");
    expect(allowedTo("employer")).not.toContain("createOrganisation");
  });

  for (const operation of operations) {
    it(`${operation.method} ${operation.path} (${operation.operationId})`, async () => {
      const callers = [...ROLES_AND_ANONYMOUS].sort(
        // Denied callers first (their snapshot brackets only them), then the allowed ones.
        (a, b) =>
          Number(expectedAccess(operation, a) === "allowed") - Number(expectedAccess(operation, b) === "allowed"),
      );
      const before = await databaseSnapshot(harness.storage);
      let denied = 0;
      for (const caller of callers) {
        const expected =
          operation.operationId === "createToken" && caller === "anonymous"
            ? // The token endpoint authenticates with client credentials (HTTP Basic), not a bearer
              // token: none at all is an OAuth invalid_request (RFC 6749 §5.2), as problem details.
              400
            : expectedAccess(operation, caller);
        if (expected === "allowed") {
          if (denied > 0 && callers.indexOf(caller) === denied) {
            expect(await databaseSnapshot(harness.storage), "a denied call changed the database").toBe(before);
          }
          const [path, init] = requestFor(operation, caller);
          const response = await harness.request(path, init);
          const text = await response.text();
          expect(response.status, `${caller}: ${text}`).toBeLessThan(500);
          expect([401, 403], `${caller} was refused: ${text}`).not.toContain(response.status);
          if (operation.access?.othersSeeNotFound === true) {
            expect(response.status, `${caller} could not see its own object: ${text}`).not.toBe(404);
          }
          continue;
        }
        denied++;
        const [path, init] = requestFor(operation, caller);
        const response = await harness.request(path, init);
        const text = await response.text();
        expect(response.status, `${caller}: ${text}`).toBe(expected);
        expect(problemDetailsDefect(operation.operationId, response, text), caller).toBeNull();
      }
      if (callers.every((caller) => expectedAccess(operation, caller) !== "allowed")) {
        expect(await databaseSnapshot(harness.storage)).toBe(before);
      }
    });
  }
});
