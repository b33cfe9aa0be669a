import { afterEach, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import { API_VERSION } from "../../src/api-version.js";
import type { Harness } from "../harness/harness.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("GET /v1/health", () => {
  it("answers 200 with the database reachable, the API version and a request id", async () => {
    harness = await createHarness();
    const response = await harness.request("/v1/health");
    expect(response.status).toBe(200);
    expect(response.headers.get("API-Version")).toBe(API_VERSION);
    expect(response.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await response.json()).toEqual({
      status: "ok",
      apiVersion: API_VERSION,
      checks: { database: "reachable" },
    });
  });

  it("answers HEAD like GET, without a body", async () => {
    harness = await createHarness();
    const response = await harness.request("/v1/health", { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(response.headers.get("API-Version")).toBe(API_VERSION);
    expect(await response.text()).toBe("");
  });

  it("answers 503 problem details when the database cannot be reached", async () => {
    harness = await createHarness({ unreachableDatabase: true });
    const response = await harness.request("/v1/health");
    expect(response.status).toBe(503);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    expect(response.headers.get("API-Version")).toBe(API_VERSION);
    expect(await response.json()).toMatchObject({
      type: "https://inclusiebenchmark.nl/problems/service-unavailable",
      title: "Service unavailable",
      status: 503,
      detail: "The database cannot be reached.",
      instance: "/v1/health",
    });
    expect(harness.logs.some((entry) => entry.message === "health check: database unreachable")).toBe(true);
  });
});

describe("request ids and logging", () => {
  it("keeps a sane X-Request-Id from the caller", async () => {
    harness = await createHarness();
    const response = await harness.request("/v1/health", { headers: { "X-Request-Id": "hr-tool.sync:42_a-b" } });
    expect(response.headers.get("X-Request-Id")).toBe("hr-tool.sync:42_a-b");
  });

  it.each([
    ["with spaces and quotes", 'a "b" c'],
    ["too long", "x".repeat(129)],
    ["with a newline escape", "abc%0d%0aSet-Cookie:x"],
  ])("replaces an insane X-Request-Id (%s) with a generated one", async (_label, value) => {
    harness = await createHarness();
    const response = await harness.request("/v1/health", { headers: { "X-Request-Id": value } });
    const id = response.headers.get("X-Request-Id");
    expect(id).not.toBe(value);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("writes one log entry per request with method, path, status, duration and request id", async () => {
    harness = await createHarness();
    await harness.request("/v1/health", { headers: { "X-Request-Id": "log-check-1" } });
    await harness.request("/v1/nothing-here", { headers: { "X-Request-Id": "log-check-2" } });
    const requests = harness.logs.filter((entry) => entry.message === "request");
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({ method: "GET", path: "/v1/health", status: 200, requestId: "log-check-1" });
    expect(requests[1]).toMatchObject({
      method: "GET",
      path: "/v1/nothing-here",
      status: 404,
      requestId: "log-check-2",
    });
    for (const entry of requests) expect(typeof entry.durationMs).toBe("number");
  });
});
