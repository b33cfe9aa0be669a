import { z } from "@hono/zod-openapi";
import { afterEach, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import { finalResponse } from "../../src/http/app-headers.js";
import { defineRoute } from "../../src/openapi/define-route.js";
import type { Harness } from "../harness/harness.js";
import { adminToken, bearer } from "../support/api-client.js";
import { routerWithProbes } from "../support/probe-router.js";

/**
 * Every response carries the app's headers (API-Version, X-Request-Id, the security headers, the
 * RateLimit headers, Cache-Control and a Content-Security-Policy unless the route set its own). They
 * reach a response two ways (src/http/app-headers.ts): the outer middleware sets them on the `Headers`
 * of whatever a route returned, or a route builds its answer with `finalResponse`, which puts them
 * into a plain header object (the common reads, so the Node adapter writes them without a `Headers`).
 * The same answer built both ways must carry the same headers, to the value.
 */

const CASES: {
  name: string;
  status: 200 | 304;
  body: string | null;
  headers: Record<string, string>;
  /** Set with c.header before the answer is built (as a shared helper may do). */
  onContext?: Record<string, string>;
}[] = [
  { name: "json", status: 200, body: '{"ok":true}', headers: { "Content-Type": "application/json" } },
  {
    name: "public",
    status: 200,
    body: '{"ok":true}',
    headers: {
      "Content-Type": "application/json",
      ETag: '"abc"',
      "Cache-Control": "public, max-age=3600",
      Vary: "Accept, Accept-Language",
      "Content-Language": "nl",
    },
  },
  { name: "html", status: 200, body: "<p>hi</p>", headers: { "Content-Type": "text/html; charset=UTF-8" } },
  {
    name: "own-policy",
    status: 200,
    body: "<p>hi</p>",
    headers: { "Content-Type": "text/html; charset=UTF-8", "Content-Security-Policy": "default-src 'self'" },
  },
  { name: "not-modified", status: 304, body: null, headers: { ETag: '"abc"', "Cache-Control": "no-store" } },
  {
    name: "context-header",
    status: 200,
    body: '{"ok":true}',
    headers: { "Content-Type": "application/json" },
    onContext: { "Benchmark-Release": "7; cut-at=2026-12-01T00:00:00.000Z" },
  },
];

function routerWithBothPaths() {
  const router = routerWithProbes();
  for (const { name, status, body, headers, onContext = {} } of CASES) {
    const route = (path: string) =>
      defineRoute({
        method: "get",
        path,
        operationId: `${path.replaceAll("/", "")}Probe`,
        responses: {
          [status]:
            body === null
              ? { description: "A probe." }
              : {
                  description: "A probe.",
                  content: {
                    [(headers["Content-Type"] ?? "").split(";")[0] as string]: {
                      schema: body.startsWith("{") ? z.object({ ok: z.boolean() }) : z.string(),
                    },
                  },
                },
        },
      });
    // The ordinary way: headers on `c`, a body from c.body; the app's headers added by the middleware.
    router.openapi(route(`/probes-plain-${name}`), (c) => {
      for (const [header, value] of Object.entries({ ...onContext, ...headers })) c.header(header, value);
      return body === null ? c.body(null, status) : c.body(body, status as 200);
    });
    router.openapi(route(`/probes-final-${name}`), (c) => {
      for (const [header, value] of Object.entries(onContext)) c.header(header, value);
      return finalResponse(c, status, body, headers);
    });
  }
  return router;
}

/** Every header, lower-cased and sorted; the RateLimit remainder blanked (each request spends one). */
function headerList(response: Response): [string, string][] {
  const entries: [string, string][] = [];
  response.headers.forEach((value, name) => {
    entries.push([name.toLowerCase(), name.toLowerCase() === "ratelimit" ? value.replace(/;r=\d+/g, ";r=_") : value]);
  });
  return entries.sort(([a], [b]) => a.localeCompare(b));
}

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

describe("the app's headers, set by the middleware or built in by finalResponse", () => {
  it("are the same, to the value, for the same answer built either way", async () => {
    harness = await createHarness({ router: routerWithBothPaths() });
    for (const { name, status, onContext = {} } of CASES) {
      const ask = (path: string) => harness.request(path, { headers: { "X-Request-Id": `same-${name}` } });
      const plain = await ask(`/v1/probes-plain-${name}`);
      const built = await ask(`/v1/probes-final-${name}`);
      expect([plain.status, built.status], name).toEqual([status, status]);
      expect(headerList(built), name).toEqual(headerList(plain));
      expect(await built.text(), name).toBe(await plain.text());
      // And they are the app's headers, not merely equal absences.
      const headers = new Map(headerList(built));
      expect(headers.get("x-request-id"), name).toBe(`same-${name}`);
      expect(headers.get("x-content-type-options"), name).toBe("nosniff");
      expect(headers.get("ratelimit-policy"), name).toMatch(/^"anonymous";q=\d+;w=\d+$/);
      expect(headers.get("content-security-policy"), name).toMatch(/frame-ancestors 'none'|default-src 'self'/);
      for (const [header, value] of Object.entries(onContext)) expect(headers.get(header.toLowerCase())).toBe(value);
    }
  });

  it("are on the routes that build their answers with finalResponse, as on any other", async () => {
    harness = await createHarness();
    const admin = await adminToken(harness);
    const responses = [
      await harness.request("/v1/health"),
      await harness.request("/v1/frameworks/2026.1"),
      await harness.request("/v1/organisations", bearer(admin)),
    ];
    const framework = responses[1] as Response;
    responses.push(
      await harness.request("/v1/frameworks/2026.1", {
        headers: { "If-None-Match": framework.headers.get("ETag") ?? "" },
      }),
    );
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 304]);
    const appHeaderNames = (response: Response) =>
      headerList(response)
        .map(([name]) => name)
        .filter((name) => !["content-type", "content-length", "etag", "vary", "content-language"].includes(name));
    // Health and the framework (finalResponse) next to the organisation list (the middleware's way).
    const expected = [
      "api-version",
      "cache-control",
      "content-security-policy",
      "ratelimit",
      "ratelimit-policy",
      "referrer-policy",
      "strict-transport-security",
      "x-content-type-options",
      "x-frame-options",
      "x-request-id",
    ];
    for (const response of responses) expect(appHeaderNames(response)).toEqual(expected);
  });
});
