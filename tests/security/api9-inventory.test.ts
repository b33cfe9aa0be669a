import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import { createApp } from "../../src/app.js";
import type { AppDeps } from "../../src/app-env.js";
import type { Harness } from "../harness/harness.js";
import { buildWorld, documentOperations, fillPath, pathValuesFor, type World } from "../support/operations.js";
import { TEST_SETTINGS } from "../support/test-settings.js";

/**
 * OWASP API9:2023 Improper Inventory Management: the OpenAPI document is the inventory. Every route
 * the app registers is in it, every operation in it is registered, and no method the document does
 * not list answers 2xx on a documented path.
 */

/** Routes outside the contract on purpose, each with its reason. */
const NOT_IN_DOCUMENT: Record<string, string> = {
  "GET /.well-known/jwks.json":
    "the token verification keys at the well-known location JWT libraries look (RFC 8414/7517), outside /v1 and linked from the document",
  "GET /": "a newcomer's first address: redirects to the docs page (302), serves nothing itself",
  "GET /v1": "a newcomer's first address: redirects to the docs page (302), serves nothing itself",
  "GET /v1/docs/": "the docs page with a trailing slash: redirects to /v1/docs (302)",
};

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function registeredRoutes(): string[] {
  // Only the route table matters here: the deps are never touched while building it.
  const app = createApp({ settings: TEST_SETTINGS } as AppDeps);
  return [
    ...new Set(
      app.routes
        .filter((route) => route.method !== "ALL" && !route.path.includes("*"))
        .map((route) => `${route.method} ${route.path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, "{$1}")}`),
    ),
  ].sort();
}

const documented = () =>
  documentOperations()
    .map((operation) => `${operation.method} /v1${operation.path}`)
    .sort();

describe("the OpenAPI document is the inventory", () => {
  it("reads both sides (control)", () => {
    expect(registeredRoutes().length).toBeGreaterThanOrEqual(40);
    expect(documented().length).toBeGreaterThanOrEqual(39);
  });

  it("documents every registered route, except the listed ones", () => {
    const undocumented = registeredRoutes().filter(
      (route) => !documented().includes(route) && !Object.hasOwn(NOT_IN_DOCUMENT, route),
    );
    expect(undocumented).toEqual([]);
  });

  it("registers every documented operation", () => {
    const routes = registeredRoutes();
    expect(documented().filter((operation) => !routes.includes(operation))).toEqual([]);
  });

  it("lists no exception that is not registered (a stale one would hide a future route)", () => {
    const routes = registeredRoutes();
    expect(Object.keys(NOT_IN_DOCUMENT).filter((route) => !routes.includes(route))).toEqual([]);
  });
});

describe("undocumented methods", () => {
  let harness: Harness;
  let world: World;
  beforeAll(async () => {
    harness = await createHarness();
    world = await buildWorld(harness);
  });
  afterAll(async () => {
    await harness.close();
  });

  it("never answer 2xx on a documented path, with the admin's token: 405 with Allow", async () => {
    const byPath = new Map<string, Set<string>>();
    for (const operation of documentOperations()) {
      byPath.set(operation.path, (byPath.get(operation.path) ?? new Set()).add(operation.method));
    }
    let probed = 0;
    for (const [path, methods] of byPath) {
      const url = fillPath(path, pathValuesFor(world, "admin", { draftAssessment: true }));
      for (const method of METHODS.filter((candidate) => !methods.has(candidate))) {
        const response = await harness.request(url, {
          method,
          headers: { Authorization: `Bearer ${world.cast.admin}`, "Content-Type": "application/json" },
          ...(method === "GET" ? {} : { body: "{}" }),
        });
        probed++;
        expect(response.status, `${method} ${url}`).toBe(405);
        const allow = (response.headers.get("Allow") ?? "").split(", ");
        for (const declared of methods) expect(allow, `${method} ${url}`).toContain(declared);
      }
    }
    expect(probed).toBeGreaterThan(50);
  });

  it("answer the well-known keys route with 405 for writes", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect((await harness.request("/.well-known/jwks.json", { method })).status).toBe(405);
    }
  });
});
