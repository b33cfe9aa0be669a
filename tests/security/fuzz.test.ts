import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Harness } from "../harness/harness.js";
import { basic, TEST_ADMIN } from "../support/api-client.js";
import { databaseSnapshot } from "../support/database-snapshot.js";
import {
  buildWorld,
  documentOperations,
  fillPath,
  type Operation,
  openApiDocument,
  pathValuesFor,
  problemDetailsDefect,
  validBody,
  type World,
} from "../support/operations.js";
import { arbitraryFromSchema, junkValue, mutatedBody } from "../support/schema-arbitrary.js";

/**
 * Fuzzing every operation of the OpenAPI document with fast-check: bodies from the operation's JSON
 * schema, valid bodies with one thing broken, junk (wrong types, huge strings, deep nesting, unicode,
 * prototype-pollution keys), query strings and headers (Content-Type, Accept, If-Match,
 * Idempotency-Key, Accept-Language), sent with the credentials of a role allowed to call it, on ids
 * that exist. Invariants: no response is a 5xx; every 4xx/5xx is problem details with the HTTP
 * status; a 4xx stores nothing. Deterministic seed; fewer runs inside workerd, where each request and
 * database snapshot is slower.
 */

let harness: Harness;
let world: World;
const SEED = 20261123;

beforeAll(async () => {
  harness = await createHarness();
  world = await buildWorld(harness);
}, 60_000);
afterAll(async () => {
  await harness.close();
});

/** Erasures last, on spare objects, so the others keep their fixtures. */
const LAST = ["deleteFramework", "deleteOrganisation"];
const operations = [...documentOperations()].sort((a, b) => LAST.indexOf(a.operationId) - LAST.indexOf(b.operationId));
const components = (
  openApiDocument() as unknown as { components: { schemas: Record<string, Record<string, unknown>> } }
).components.schemas;

interface Case {
  readonly pathJunk: string | null;
  readonly query: Record<string, string>;
  readonly headers: Record<string, string>;
  readonly body: { kind: string; text: string | Uint8Array<ArrayBuffer> } | null;
}

const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "application/merge-patch+json",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/problem+json",
  "json",
  "",
];

function caseArbitrary(operation: Operation): fc.Arbitrary<Case> {
  const valid = validBody(operation.operationId, world);
  const declared = operation.body === null ? [] : Object.entries(operation.body.content);
  const jsonText = (value: unknown) => JSON.stringify(value) ?? "null";
  const bodies: fc.Arbitrary<Case["body"]>[] = [
    fc.constant(null),
    junkValue().map((value) => ({ kind: "junk", text: jsonText(value) })),
    fc.string({ maxLength: 200 }).map((text) => ({ kind: "raw text", text })),
    fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ kind: "raw bytes", text: new Uint8Array(bytes) })),
    fc.constant({ kind: "huge", text: jsonText({ name: "x".repeat(1_200_000) }) }),
  ];
  for (const [, schema] of declared) {
    bodies.push(arbitraryFromSchema(components, schema).map((value) => ({ kind: "schema", text: jsonText(value) })));
  }
  if (valid !== undefined) {
    bodies.push(fc.constant({ kind: "valid", text: jsonText(valid) }));
    bodies.push(mutatedBody(valid).map((value) => ({ kind: "mutated", text: jsonText(value) })));
  }
  if (operation.operationId === "createToken") {
    bodies.push(
      fc
        .record({
          grant_type: fc.oneof(fc.constant("client_credentials"), fc.string({ maxLength: 30 })),
          scope: fc.option(fc.oneof(fc.constantFrom("clients:write", "benchmarks:read x"), fc.string()), {
            nil: undefined,
          }),
          client_id: fc.option(fc.string({ maxLength: 70 }), { nil: undefined }),
        })
        .map((form) => ({
          kind: "form",
          text: new URLSearchParams(
            Object.entries(form).filter((entry): entry is [string, string] => entry[1] !== undefined),
          ).toString(),
        })),
    );
  }
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === "query");
  const query = fc
    .tuple(
      ...queryParameters.map((parameter) =>
        fc.option(
          fc.oneof(
            arbitraryFromSchema(components, parameter.schema).map((value) => String(value)),
            fc.string({ maxLength: 40 }),
            fc.constantFrom("", "-1", "0", "101", "1e9", "%", "[]", "null"),
          ),
          { nil: undefined },
        ),
      ),
      fc.option(fc.tuple(fc.constantFrom("__proto__", "extra", "limit[]"), fc.string({ maxLength: 10 })), {
        nil: undefined,
      }),
    )
    .map((values) => {
      const result: Record<string, string> = {};
      queryParameters.forEach((parameter, index) => {
        const value = values[index] as string | undefined;
        if (value !== undefined) result[parameter.name] = value;
      });
      const extra = values[queryParameters.length] as [string, string] | undefined;
      if (extra !== undefined) result[extra[0]] = extra[1];
      return result;
    });
  // Latin-1 header bytes on Node; workerd only warns about them, noisily.
  const odd = harnessRuntime() === "node" ? ["", "*", "\u00e9t\u00e9"] : ["", "*"];
  const headerValue = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...odd));
  const headers = fc
    .record({
      contentType: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...(declared.length > 0 ? declared.map(([type]) => type) : [""])) },
        { weight: 2, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
      ),
      accept: fc.option(
        fc.oneof(
          fc.constantFrom("application/json", "text/csv", "*/*", "application/xml", "text/html;q=0"),
          headerValue,
        ),
        { nil: undefined },
      ),
      ifMatch: fc.option(fc.oneof(fc.constantFrom('"r1"', '"r2"', "*", 'W/"r1"'), headerValue), { nil: undefined }),
      idempotencyKey: fc.option(fc.oneof(fc.uuid(), headerValue, fc.constant("k".repeat(300))), { nil: undefined }),
      acceptLanguage: fc.option(fc.oneof(fc.constantFrom("nl", "en", "de", "en-GB,en;q=0.9", "*"), headerValue), {
        nil: undefined,
      }),
    })
    .map((parts) => {
      const result: Record<string, string> = {};
      if (parts.contentType !== "") result["Content-Type"] = parts.contentType;
      if (parts.accept !== undefined) result.Accept = parts.accept;
      if (parts.ifMatch !== undefined) result["If-Match"] = parts.ifMatch;
      if (parts.idempotencyKey !== undefined) result["Idempotency-Key"] = parts.idempotencyKey;
      if (parts.acceptLanguage !== undefined) result["Accept-Language"] = parts.acceptLanguage;
      return result;
    });
  const hasPathParameters = operation.path.includes("{");
  return fc.record({
    pathJunk: hasPathParameters
      ? fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) })
      : fc.constant(null),
    query,
    headers,
    body: fc.oneof(...bodies),
  });
}

/** The caller: an allowed role, the admin where it is one (it sees every object). */
function authorisation(operation: Operation): string | undefined {
  if (operation.operationId === "createToken") return basic(TEST_ADMIN);
  if (operation.access === null) return undefined;
  if (operation.access.roles.includes("admin")) return `Bearer ${world.cast.admin}`;
  if (operation.access.roles.includes("employer")) return `Bearer ${world.cast.employer.token}`;
  return `Bearer ${world.cast.sector.token}`;
}

function pathFor(operation: Operation, junk: string | null): string {
  const values: Record<string, string> = pathValuesFor(world, "admin", { draftAssessment: true });
  if (operation.operationId === "deleteOrganisation") values.organisationId = world.spareOrganisationId;
  if (operation.operationId === "replaceClientSections") values.clientId = world.cast.sector.clientId;
  if (junk !== null) {
    const names = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);
    values[names[junk.length % names.length] as string] = junk;
  }
  return fillPath(operation.path, values);
}

const NUM_RUNS = harnessRuntime() === "workers" ? 8 : 15;

function harnessRuntime(): "node" | "workers" {
  return "WebSocketPair" in globalThis ? "workers" : "node";
}

describe("cases the fuzzer found, kept as fixed tests", () => {
  it("Accept: text/html;q=0 refuses HTML: a refused report is problem details, not an HTML page", async () => {
    const path = `/v1/organisations/${world.cast.employer.organisationId}/report?token=not-a-token`;
    const refused = await harness.request(path, { headers: { Accept: "text/html;q=0" } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("Content-Type")).toBe("application/problem+json");
    // A browser's Accept still gets the page (control).
    const page = await harness.request(path, { headers: { Accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
    expect(page.status).toBe(401);
    expect(page.headers.get("Content-Type")).toContain("text/html");
  });
});

describe("fuzzing every operation of the document", () => {
  it("walks every operation (control)", () => {
    expect(operations.length).toBeGreaterThanOrEqual(39);
  });

  for (const operation of operations) {
    it(`${operation.method} ${operation.path}`, async () => {
      const statuses = new Map<number, number>();
      // The database as it stands: re-read after an accepted request, compared after a refused one.
      let current = await databaseSnapshot(harness.storage);
      await fc.assert(
        fc.asyncProperty(caseArbitrary(operation), async (input) => {
          const search = new URLSearchParams(input.query).toString();
          const url = `${pathFor(operation, input.pathJunk)}${search === "" ? "" : `?${search}`}`;
          const headers: Record<string, string> = { ...input.headers };
          const auth = authorisation(operation);
          if (auth !== undefined) headers.Authorization = auth;
          const response = await harness.request(url, {
            method: operation.method,
            headers,
            ...(input.body === null || operation.method === "GET" ? {} : { body: input.body.text }),
          });
          const text = await response.text();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          expect(response.status, `${operation.method} ${url}: ${text.slice(0, 500)}`).toBeLessThan(500);
          if (response.status >= 400) {
            expect(
              problemDetailsDefect(operation.operationId, response, text, headers.Accept),
              text.slice(0, 500),
            ).toBeNull();
            expect(await databaseSnapshot(harness.storage), `${response.status} stored something`).toBe(current);
          } else {
            current = await databaseSnapshot(harness.storage);
          }
        }),
        { seed: SEED, numRuns: NUM_RUNS, endOnFailure: true },
      );
      // Control: the runs reached the operation's own answers, not only one early refusal.
      expect(statuses.size, JSON.stringify([...statuses])).toBeGreaterThanOrEqual(
        NUM_RUNS >= 15 && operation.body !== null ? 2 : 1,
      );
    }, 60_000);
  }
});
