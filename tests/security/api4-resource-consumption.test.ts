import { afterEach, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { AppDeps, Clock } from "../../src/app-env.js";
import type { ProblemDetails } from "../../src/errors.js";
import type { RateLimitSettings } from "../../src/http/rate-limit.js";
import { createInProcessRateLimiter } from "../../src/http/rate-limiter.js";
import { DEFAULT_MAX_BODY_BYTES } from "../../src/openapi/define-route.js";
import { MAX_PAGE_SIZE } from "../../src/store/cursor.js";
import type { Harness, HarnessOptions } from "../harness/harness.js";
import {
  adminToken,
  bearer,
  createClient,
  createOrganisation,
  json,
  jsonBody,
  ORGANISATION_INPUT,
  tokenFor,
} from "../support/api-client.js";
import { builtInFramework } from "../support/built-in-framework.js";
import { TEST_SETTINGS } from "../support/test-settings.js";

/**
 * OWASP API4:2023 Unrestricted resource consumption: request bodies are capped (413), pages are
 * capped (400 above the maximum), and requests are rate limited per client and per address (429
 * with RateLimit headers and Retry-After).
 */

let harness: Harness;
async function start(options: HarnessOptions = {}): Promise<Harness> {
  harness = await createHarness(options);
  return harness;
}
afterEach(async () => {
  await harness.close();
});

async function problemOf(response: Response, status: number): Promise<ProblemDetails> {
  expect(response.status).toBe(status);
  expect(response.headers.get("Content-Type")).toBe("application/problem+json");
  const problem = (await response.json()) as ProblemDetails;
  expect(problem.status).toBe(status);
  expect(problem.requestId).toBe(response.headers.get("X-Request-Id"));
  return problem;
}

async function organisationCount(admin: string): Promise<number> {
  const page = await json<{ items: unknown[] }>(
    await harness.request("/v1/organisations?limit=100", bearer(admin)),
    200,
  );
  return page.items.length;
}

describe("request body limit", () => {
  it("refuses a body over 256 KiB with 413 problem details and stores nothing", async () => {
    await start();
    const admin = await adminToken(harness);
    const before = await organisationCount(admin);
    const body = { ...ORGANISATION_INPUT, name: "x".repeat(DEFAULT_MAX_BODY_BYTES) };
    const problem = await problemOf(await harness.request("/v1/organisations", jsonBody("POST", body, admin)), 413);
    expect(problem.type).toBe("https://inclusiebenchmark.nl/problems/payload-too-large");
    expect(problem.detail).toContain("256 KiB");
    expect(await organisationCount(admin)).toBe(before);
  });

  it("refuses an oversized body even when Content-Length is not sent (streamed)", async () => {
    await start();
    const admin = await adminToken(harness);
    const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 5) {
          controller.enqueue(new TextEncoder().encode(JSON.stringify(ORGANISATION_INPUT)));
          controller.close();
          return;
        }
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const response = await harness.request("/v1/organisations", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${admin}` },
      body: stream,
      duplex: "half",
    } as RequestInit);
    await problemOf(response, 413);
  });

  it("accepts a framework draft over 256 KiB (admins post whole content documents) and refuses one over 1 MiB", async () => {
    await start();
    const admin = await adminToken(harness);
    const draft = builtInFramework();
    draft.version = `${2800 + Math.floor(Math.random() * 90)}.1`;
    draft.predecessor = "2026.1";
    // Pretty-printed and indented: the same document, well over 256 KiB.
    const large = JSON.stringify(draft, null, 8);
    expect(large.length).toBeGreaterThan(DEFAULT_MAX_BODY_BYTES);
    expect(large.length).toBeLessThan(1024 * 1024);
    const created = await harness.request("/v1/frameworks", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${admin}` },
      body: large,
    });
    expect(created.status, await created.clone().text()).toBe(201);

    const huge = JSON.stringify({ ...draft, version: "2799.1" }, null, 8) + " ".repeat(1024 * 1024);
    const refused = await harness.request("/v1/frameworks", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${admin}` },
      body: huge,
    });
    expect((await problemOf(refused, 413)).detail).toContain("1024 KiB");
    expect((await harness.request("/v1/frameworks/2799.1", bearer(admin))).status).toBe(404);
  });
});

describe("page size cap", () => {
  it("every list operation in the contract caps limit at the maximum page size and refuses more with 400", async () => {
    await start();
    const admin = await adminToken(harness);
    const organisation = await createOrganisation(harness, admin);
    const assessment = await json<{ assessmentId: string }>(
      await harness.request(
        `/v1/organisations/${organisation.organisationId}/assessments`,
        jsonBody("POST", {}, admin),
      ),
      201,
    );
    const webhook = await json<{ webhookId: string }>(
      await harness.request(
        "/v1/webhooks",
        jsonBody(
          "POST",
          { url: "https://hr-tool.example.nl/hooks", eventTypes: ["benchmark.release.published"] },
          admin,
        ),
      ),
      201,
    );
    const document = await json<{
      paths: Record<
        string,
        Record<string, { parameters?: { name: string; in: string; schema?: { maximum?: number } }[] }>
      >;
    }>(await harness.request("/v1/openapi.json"), 200);
    const withLimit = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => operation.parameters?.some((parameter) => parameter.name === "limit"))
        .map(([method, operation]) => ({
          method,
          path,
          maximum: operation.parameters?.find((parameter) => parameter.name === "limit")?.schema?.maximum,
        })),
    );
    // The three paged lists and the recommendations at least; audit events join them.
    expect(withLimit.length).toBeGreaterThanOrEqual(4);
    for (const { method, path, maximum } of withLimit) {
      expect(method, path).toBe("get");
      expect(maximum, path).toBeDefined();
      expect(maximum as number, path).toBeLessThanOrEqual(MAX_PAGE_SIZE);
      const url = `/v1${path
        .replace("{organisationId}", organisation.organisationId)
        .replace("{assessmentId}", assessment.assessmentId)
        .replace("{webhookId}", webhook.webhookId)}`;
      const over = await harness.request(`${url}?limit=${(maximum as number) + 1}`, bearer(admin));
      const problem = await problemOf(over, 400);
      expect(
        problem.errors?.map((error) => `${error.in} ${error.pointer}`),
        path,
      ).toContain("query /limit");
      const atMost = await harness.request(`${url}?limit=${maximum}`, bearer(admin));
      expect(atMost.status, `${path}: ${await atMost.clone().text()}`).toBe(200);
    }
  });
});

/** A clock the test moves by hand: windows end without waiting. */
function manualClock(): Clock & { advance(seconds: number): void } {
  let now = Date.now();
  return {
    now: () => new Date(now),
    advance: (seconds) => {
      now += seconds * 1000;
    },
  };
}

function lowLimits(overrides: Partial<RateLimitSettings>): Partial<AppDeps> {
  return { settings: { ...TEST_SETTINGS, rateLimits: { ...TEST_SETTINGS.rateLimits, ...overrides } } };
}

describe("rate limiting per client", () => {
  it("counts down in RateLimit, then answers 429 with Retry-After; another client is unaffected", async () => {
    const clock = manualClock();
    await start({
      deps: { clock, ...lowLimits({ client: { name: "default", limit: 3, windowSeconds: 60 } }) },
    });
    // The admin's tokens are fetched before its quota is counted: the token endpoint has its own.
    const admin = await adminToken(harness);
    const other = await createClient(harness, admin, { name: "Branche", role: "sector", sections: ["C"] });
    const otherToken = await tokenFor(harness, other);
    // Creating the client used 1 of the admin's 3.
    const seen: string[] = [];
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await harness.request("/v1/clients", bearer(admin));
      expect(response.status).toBe(200);
      expect(response.headers.get("RateLimit-Policy")).toBe('"default";q=3;w=60');
      seen.push(response.headers.get("RateLimit") ?? "");
    }
    expect(seen).toEqual(['"default";r=1;t=60', '"default";r=0;t=60']);

    clock.advance(18);
    const refused = await harness.request("/v1/clients", bearer(admin));
    const problem = await problemOf(refused, 429);
    expect(problem.type).toBe("https://inclusiebenchmark.nl/problems/too-many-requests");
    expect(refused.headers.get("Retry-After")).toBe("42");
    expect(refused.headers.get("RateLimit")).toBe('"default";r=0;t=42');
    expect(refused.headers.get("RateLimit-Policy")).toBe('"default";q=3;w=60');

    const unaffected = await harness.request("/v1/benchmarks", bearer(otherToken));
    expect(unaffected.status).toBe(200);
    expect(unaffected.headers.get("RateLimit")).toBe('"default";r=2;t=60');

    clock.advance(42);
    const nextWindow = await harness.request("/v1/clients", bearer(admin));
    expect(nextWindow.status).toBe(200);
    expect(nextWindow.headers.get("RateLimit")).toBe('"default";r=2;t=60');
  });

  it("refuses before the operation runs: a rate-limited write stores nothing", async () => {
    await start({ deps: lowLimits({ client: { name: "default", limit: 2, windowSeconds: 60 } }) });
    const admin = await adminToken(harness);
    const stored = async () => (await harness.storage.db.selectFrom("organisations").select("id").execute()).length;
    const before = await stored();
    await createOrganisation(harness, admin);
    await createOrganisation(harness, admin);
    expect(await stored()).toBe(before + 2);
    const refused = await harness.request("/v1/organisations", jsonBody("POST", ORGANISATION_INPUT, admin));
    await problemOf(refused, 429);
    expect(await stored()).toBe(before + 2);
  });
});

describe("rate limiting per address, for requests without a valid token", () => {
  const byTestAddress = {
    clientAddress: (c: { req: { header(name: string): string | undefined } }) => c.req.header("X-Test-Address"),
  };

  it("limits each address on its own, and counts an invalid token against the address", async () => {
    await start({
      deps: { ...byTestAddress, ...lowLimits({ anonymous: { name: "anonymous", limit: 2, windowSeconds: 30 } }) },
    });
    const from = (address: string, init: RequestInit = {}) => ({
      ...init,
      headers: { ...(init.headers as Record<string, string>), "X-Test-Address": address },
    });
    expect((await harness.request("/v1/frameworks", from("192.0.2.1"))).status).toBe(200);
    const forged = await harness.request("/v1/organisations", from("192.0.2.1", bearer("not.a.token")));
    expect(forged.status).toBe(401);
    expect(forged.headers.get("RateLimit")).toBe('"anonymous";r=0;t=30');
    const refused = await harness.request("/v1/frameworks", from("192.0.2.1"));
    await problemOf(refused, 429);
    expect(refused.headers.get("Retry-After")).toBe("30");

    const elsewhere = await harness.request("/v1/frameworks", from("192.0.2.2"));
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.headers.get("RateLimit-Policy")).toBe('"anonymous";q=2;w=30');
    expect(elsewhere.headers.get("RateLimit")).toBe('"anonymous";r=1;t=30');
  });
});

describe("the in-process limiter", () => {
  it("holds a bounded number of keys however many callers there are", async () => {
    const limiter = createInProcessRateLimiter({ maxKeys: 100 });
    const policy = { name: "default", limit: 5, windowSeconds: 60 };
    const now = new Date();
    for (let caller = 0; caller < 1000; caller += 1) {
      expect((await limiter.consume(`address:${caller}`, policy, now)).allowed).toBe(true);
    }
    expect(limiter.size()).toBeLessThanOrEqual(100);
    // Ended windows are dropped first.
    const later = new Date(now.getTime() + 61_000);
    await limiter.consume("address:late", policy, later);
    expect(limiter.size()).toBe(1);
  });

  it("never lets a key through past its limit within a window", async () => {
    const limiter = createInProcessRateLimiter();
    const policy = { name: "default", limit: 10, windowSeconds: 60 };
    const now = new Date();
    const decisions = await Promise.all(Array.from({ length: 50 }, () => limiter.consume("client:x", policy, now)));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(10);
  });
});
