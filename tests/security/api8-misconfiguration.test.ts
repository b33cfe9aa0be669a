import { z } from "@hono/zod-openapi";
import { afterEach, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { ProblemDetails } from "../../src/errors.js";
import { defineRoute } from "../../src/openapi/define-route.js";
import { DOCS_PAGE_CSP } from "../../src/routes/docs/get-docs-page.js";
import type { Harness, HarnessOptions } from "../harness/harness.js";
import { adminToken, bearer } from "../support/api-client.js";
import { routerWithProbes } from "../support/probe-router.js";
import { TEST_SETTINGS } from "../support/test-settings.js";

/**
 * OWASP API8:2023 Security misconfiguration: the hardening headers on every kind of response, no
 * internals in errors, CORS off unless configured, and then only for the configured origins.
 */

const OWN_REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

/** The probes plus two HTML routes: one without a policy of its own, one (like the report page) with one. */
function routerWithHtmlProbes() {
  const router = routerWithProbes();
  router.openapi(
    defineRoute({
      method: "get",
      path: "/probes-html",
      operationId: "htmlProbe",
      responses: { 200: { description: "HTML", content: { "text/html": { schema: z.string() } } } },
    }),
    (c) => c.html("<p>plain</p>", 200),
  );
  router.openapi(
    defineRoute({
      method: "get",
      path: "/probes-html-with-policy",
      operationId: "htmlProbeWithPolicy",
      responses: { 200: { description: "HTML", content: { "text/html": { schema: z.string() } } } },
    }),
    (c) => {
      c.header("Content-Security-Policy", OWN_REPORT_CSP);
      return c.html("<style>p{color:red}</style><p>report</p>", 200);
    },
  );
  return router;
}

let harness: Harness;
async function start(options: HarnessOptions = {}): Promise<Harness> {
  harness = await createHarness({ router: routerWithHtmlProbes(), ...options });
  return harness;
}
afterEach(async () => {
  await harness.close();
});

function expectHardeningHeaders(response: Response): void {
  const hsts = response.headers.get("Strict-Transport-Security") ?? "";
  const maxAge = Number(/max-age=(\d+)/.exec(hsts)?.[1] ?? 0);
  expect(maxAge).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
  expect(hsts).toContain("includeSubDomains");
  expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
  expect(response.headers.get("Referrer-Policy")).toBe("no-referrer");
  expect(response.headers.get("X-Frame-Options")).toBe("DENY");
  expect(response.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
  expect(response.headers.get("X-Powered-By")).toBeNull();
}

describe("security headers", () => {
  it("are on a success, a problem, a 404, a 405 and an OPTIONS answer", async () => {
    await start();
    const responses = [
      await harness.request("/v1/health"),
      await harness.request("/v1/organisations"),
      await harness.request("/v1/no-such-thing"),
      await harness.request("/v1/health", { method: "DELETE" }),
      await harness.request("/v1/health", { method: "OPTIONS" }),
      await harness.request("/.well-known/jwks.json"),
    ];
    expect(responses.map((response) => response.status)).toEqual([200, 401, 404, 405, 204, 200]);
    for (const response of responses) expectHardeningHeaders(response);
  });

  it("make authenticated JSON no-store, including the responses that carry an ETag", async () => {
    await start();
    const admin = await adminToken(harness);
    for (const path of ["/v1/organisations", "/v1/clients", "/v1/benchmarks"]) {
      const response = await harness.request(path, bearer(admin));
      expect(response.status, path).toBe(200);
      expect(response.headers.get("Content-Type"), path).toMatch(/^application\/json/);
      expect(response.headers.get("Cache-Control"), path).toBe("no-store");
      expectHardeningHeaders(response);
    }
    // The benchmark list still answers an explicit If-None-Match.
    const first = await harness.request("/v1/benchmarks", bearer(admin));
    const etag = first.headers.get("ETag");
    expect(etag).not.toBeNull();
    const again = await harness.request("/v1/benchmarks", bearer(admin, { headers: { "If-None-Match": etag ?? "" } }));
    expect(again.status).toBe(304);
  });

  it("leave public open data cacheable as it declares", async () => {
    await start();
    const response = await harness.request("/v1/frameworks/2026.1");
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=3600");
    expectHardeningHeaders(response);
  });

  it("give the docs page a strict policy: own scripts only, no inline script, no eval", async () => {
    await start();
    const response = await harness.request("/v1/docs");
    expect(response.status).toBe(200);
    const csp = response.headers.get("Content-Security-Policy") ?? "";
    expect(csp).toBe(DOCS_PAGE_CSP);
    const directives = new Map(
      csp.split(";").map((directive) => {
        const [name = "", ...values] = directive.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get("default-src")).toEqual(["'none'"]);
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp).not.toContain("unsafe-eval");
    // The page itself has no inline script for the policy to forbid.
    const html = await response.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it("give any other HTML a strict default policy, and keep a policy a route set itself", async () => {
    await start();
    const plain = await harness.request("/v1/probes-html");
    expect(plain.headers.get("Content-Security-Policy")).toBe(
      "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    const own = await harness.request("/v1/probes-html-with-policy");
    expect(own.headers.get("Content-Security-Policy")).toBe(OWN_REPORT_CSP);
    expectHardeningHeaders(own);
  });
});

describe("errors reveal no internals", () => {
  it("answers an unexpected error with a bare 500 problem and logs the detail instead", async () => {
    await start();
    const response = await harness.request("/v1/probes-that-fail");
    expect(response.status).toBe(500);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    expectHardeningHeaders(response);
    const text = await response.text();
    for (const leak of ["secret internal detail", "/srv/app.ts", "TypeError", "stack", "at "]) {
      expect(text).not.toContain(leak);
    }
    const problem = JSON.parse(text) as ProblemDetails;
    expect(problem.type).toBe("https://inclusiebenchmark.nl/problems/internal-error");
    expect(harness.logs.some((entry) => String(entry.error).includes("secret internal detail"))).toBe(true);
  });

  it("answers invalid JSON without echoing parser internals", async () => {
    await start();
    const response = await harness.request("/v1/probes", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: '{"name": "x", ',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/SyntaxError|at JSON\.parse|node_modules/);
  });
});

const ALLOWED_ORIGIN = "https://hr.example.nl";

function accessControlHeaders(response: Response): string[] {
  const names: string[] = [];
  response.headers.forEach((_, name) => {
    if (name.toLowerCase().startsWith("access-control-")) names.push(name);
  });
  return names;
}

describe("CORS", () => {
  it("is off by default: no Access-Control-* header, not even for a preflight", async () => {
    await start();
    const simple = await harness.request("/v1/health", { headers: { Origin: ALLOWED_ORIGIN } });
    expect(simple.status).toBe(200);
    expect(accessControlHeaders(simple)).toEqual([]);
    const preflight = await harness.request("/v1/organisations", {
      method: "OPTIONS",
      headers: {
        Origin: ALLOWED_ORIGIN,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(accessControlHeaders(preflight)).toEqual([]);
  });

  it("serves an allowed origin, with the headers a browser client needs exposed", async () => {
    await start({ deps: { settings: { ...TEST_SETTINGS, corsAllowedOrigins: [ALLOWED_ORIGIN] } } });
    const admin = await adminToken(harness);
    const response = await harness.request("/v1/organisations", bearer(admin, { headers: { Origin: ALLOWED_ORIGIN } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe(ALLOWED_ORIGIN);
    expect(response.headers.get("Access-Control-Allow-Credentials")).toBeNull();
    const exposed = (response.headers.get("Access-Control-Expose-Headers") ?? "").split(/,\s*/);
    for (const name of [
      "API-Version",
      "ETag",
      "Location",
      "RateLimit",
      "RateLimit-Policy",
      "Retry-After",
      "X-Request-Id",
    ]) {
      expect(exposed).toContain(name);
    }
    expect(response.headers.get("Vary")).toMatch(/\bOrigin\b/);
    // A problem response is readable by the page too.
    const problem = await harness.request("/v1/organisations", { headers: { Origin: ALLOWED_ORIGIN } });
    expect(problem.status).toBe(401);
    expect(problem.headers.get("Access-Control-Allow-Origin")).toBe(ALLOWED_ORIGIN);
  });

  it("answers an allowed origin's preflight with the methods and headers the API uses", async () => {
    await start({ deps: { settings: { ...TEST_SETTINGS, corsAllowedOrigins: [ALLOWED_ORIGIN] } } });
    const preflight = await harness.request("/v1/assessments/asm_x", {
      method: "OPTIONS",
      headers: {
        Origin: ALLOWED_ORIGIN,
        "Access-Control-Request-Method": "PATCH",
        "Access-Control-Request-Headers": "authorization, content-type, if-match",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("Access-Control-Allow-Origin")).toBe(ALLOWED_ORIGIN);
    const methods = (preflight.headers.get("Access-Control-Allow-Methods") ?? "").split(/,\s*/);
    expect(methods).toEqual(expect.arrayContaining(["GET", "POST", "PUT", "PATCH", "DELETE"]));
    const headers = (preflight.headers.get("Access-Control-Allow-Headers") ?? "").toLowerCase().split(/,\s*/);
    expect(headers).toEqual(
      expect.arrayContaining(["authorization", "content-type", "idempotency-key", "if-match", "if-none-match"]),
    );
    expect(Number(preflight.headers.get("Access-Control-Max-Age"))).toBeGreaterThan(0);
  });

  it("gives any other origin nothing, on a request or a preflight", async () => {
    await start({ deps: { settings: { ...TEST_SETTINGS, corsAllowedOrigins: [ALLOWED_ORIGIN] } } });
    for (const origin of [
      "https://evil.example",
      "https://hr.example.nl.evil.example",
      "http://hr.example.nl",
      "null",
    ]) {
      const simple = await harness.request("/v1/health", { headers: { Origin: origin } });
      expect(simple.status).toBe(200);
      expect(accessControlHeaders(simple), origin).toEqual([]);
      const preflight = await harness.request("/v1/organisations", {
        method: "OPTIONS",
        headers: { Origin: origin, "Access-Control-Request-Method": "POST" },
      });
      expect(preflight.status).toBe(204);
      expect(accessControlHeaders(preflight), origin).toEqual([]);
      expect(preflight.headers.get("Allow")).toContain("POST");
    }
  });
});
