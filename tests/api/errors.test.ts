import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import { API_VERSION } from "../../src/api-version.js";
import type { ProblemDetails } from "../../src/errors.js";
import type { Harness } from "../harness/harness.js";
import { routerWithProbes } from "../support/probe-router.js";

let harness: Harness;
beforeEach(async () => {
  harness = await createHarness({ router: routerWithProbes() });
});
afterEach(async () => {
  await harness.close();
});

async function problemOf(response: Response): Promise<ProblemDetails> {
  expect(response.headers.get("Content-Type")).toBe("application/problem+json");
  expect(response.headers.get("API-Version")).toBe(API_VERSION);
  const body = (await response.json()) as ProblemDetails;
  expect(body.status).toBe(response.status);
  expect(typeof body.title).toBe("string");
  expect(typeof body.detail).toBe("string");
  expect(body.requestId).toBe(response.headers.get("X-Request-Id"));
  return body;
}

const json = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});

describe("problem details for every failure", () => {
  it("answers an unknown route with 404", async () => {
    const response = await harness.request("/v1/no-such-thing");
    expect(response.status).toBe(404);
    const problem = await problemOf(response);
    expect(problem.type).toBe("https://inclusiebenchmark.nl/problems/not-found");
    expect(problem.instance).toBe("/v1/no-such-thing");
  });

  it("answers a path outside /v1 and a trailing slash with 404", async () => {
    expect((await harness.request("/health")).status).toBe(404);
    expect((await harness.request("/v1/health/")).status).toBe(404);
  });

  it("answers a wrong method with 405 and Allow", async () => {
    const response = await harness.request("/v1/health", { method: "DELETE" });
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
    const problem = await problemOf(response);
    expect(problem.type).toBe("https://inclusiebenchmark.nl/problems/method-not-allowed");
    expect(problem.detail).toContain("DELETE");
  });

  it("finds the allowed methods of a parameterised path", async () => {
    const response = await harness.request("/v1/probes/prb_abcd", { method: "PUT" });
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
  });

  it("answers OPTIONS on an existing path with 204 and Allow", async () => {
    const response = await harness.request("/v1/probes", { method: "OPTIONS" });
    expect(response.status).toBe(204);
    expect(response.headers.get("Allow")).toBe("POST, OPTIONS");
  });

  it("answers an undeclared content type with 415 and Accept-Post", async () => {
    const response = await harness.request("/v1/probes", {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: "name=x",
    });
    expect(response.status).toBe(415);
    expect(response.headers.get("Accept-Post")).toBe("application/json");
    const problem = await problemOf(response);
    expect(problem.detail).toContain("text/plain");
  });

  it("answers a body without Content-Type with 415", async () => {
    const response = await harness.request("/v1/probes", { method: "POST", body: "{}" });
    expect(response.status).toBe(415);
    await problemOf(response);
  });

  it("accepts a Content-Type with parameters", async () => {
    const response = await harness.request("/v1/probes", {
      method: "POST",
      headers: { "Content-Type": "application/json; charset=utf-8" },
      body: JSON.stringify({ name: "A", headcount: 3 }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ name: "A", headcount: 3 });
  });

  it("answers malformed JSON with 400 malformed-request", async () => {
    const response = await harness.request("/v1/probes", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: '{"name": "A",',
    });
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.type).toBe("https://inclusiebenchmark.nl/problems/malformed-request");
  });

  it("lists every invalid body field with a JSON pointer, never raw zod output", async () => {
    const response = await harness.request(
      "/v1/probes",
      json({ name: "", headcount: 2.5, profile: { colour: "blue" }, extra: true }),
    );
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.type).toBe("https://inclusiebenchmark.nl/problems/validation-failed");
    const errors = problem.errors ?? [];
    const pointers = errors.map((error) => `${error.in} ${error.pointer}`);
    expect(pointers.sort()).toEqual(["body /extra", "body /headcount", "body /name", "body /profile/colour"]);
    for (const error of errors) expect(error.message.length).toBeGreaterThan(0);
    expect(JSON.stringify(problem)).not.toContain("ZodError");
    expect(problem.detail).toContain("/headcount");
  });

  it("names invalid path and query parameters", async () => {
    const badPath = await problemOf(await harness.request("/v1/probes/nope"));
    expect(badPath.errors).toEqual([{ in: "path", pointer: "/probeId", message: expect.any(String) }]);
    const badQuery = await problemOf(await harness.request("/v1/probes/prb_abcd?limit=1000"));
    expect(badQuery.errors).toEqual([{ in: "query", pointer: "/limit", message: expect.any(String) }]);
    const fine = await harness.request("/v1/probes/prb_abcd?limit=10");
    expect(await fine.json()).toEqual({ probeId: "prb_abcd", limit: 10 });
  });

  it("refuses a body over 1 MiB with 413 problem details", async () => {
    const response = await harness.request("/v1/probes", json({ name: "x".repeat(1024 * 1024 + 10), headcount: 1 }));
    expect(response.status).toBe(413);
    expect((await problemOf(response)).type).toBe("https://inclusiebenchmark.nl/problems/payload-too-large");
  });

  it("turns an unexpected error into a 500 without leaking its details, and logs it", async () => {
    const response = await harness.request("/v1/probes-that-fail", { headers: { "X-Request-Id": "boom-1" } });
    expect(response.status).toBe(500);
    const problem = await problemOf(response);
    expect(problem.type).toBe("https://inclusiebenchmark.nl/problems/internal-error");
    expect(problem.detail).toContain("boom-1");
    expect(JSON.stringify(problem)).not.toContain("secret internal detail");
    const logged = harness.logs.find((entry) => entry.message === "unhandled error");
    expect(logged).toMatchObject({ level: "error", requestId: "boom-1" });
    expect(String(logged?.error)).toContain("secret internal detail");
  });
});
