import type { Context } from "hono";
import { API_VERSION } from "../api-version.js";
import type { AppEnv } from "../app-env.js";
import type { RateLimitOutcome } from "./rate-limit.js";
import type { RateLimitPolicy } from "./rate-limiter.js";
import { API_CSP, SECURITY_HEADERS, STRICT_HTML_CSP } from "./security-headers.js";
import { leavesUnreadBody } from "./unread-body.js";

/**
 * The headers the app puts on every response, decided in one place: `API-Version`, `X-Request-Id`, the
 * security headers a route did not set itself (src/http/security-headers.ts), `Cache-Control: no-store`
 * unless the route said otherwise, the RateLimit headers of the quotas the request was counted against,
 * and `Connection: close` after a refused unread body (src/http/unread-body.ts).
 *
 * Applied two ways, with the same function so the two cannot drift: onto a response's `Headers` by the
 * outermost middleware (request-context.ts), and into the plain header object of a response a route
 * builds with `finalResponse`. The second is the common reads' path: on Node, @hono/node-server writes
 * a response whose headers were given as a plain object and never touched straight to
 * `ServerResponse.writeHead`, where every undici `Headers` (made by the first `c.header` or
 * `c.res.headers` access) is built, validated per `set`, sorted and iterated again per request (issue 20:
 * ~10 % of a health request's CPU, bench/RESULTS.md "Fixed cost per request, session 6").
 *
 * Names are lower case, as `Headers` yields them and as they went on the wire before.
 */

const SECURITY_HEADER_ENTRIES = Object.entries(SECURITY_HEADERS).map(
  ([name, value]) => [name.toLowerCase(), value] as const,
);

/**
 * Calls `set` for every header the app adds to a response of `status` whose own headers `own` reads
 * (by lower-case name; null when absent).
 */
export function applyAppHeaders(
  c: Context<AppEnv>,
  status: number,
  own: (name: string) => string | null | undefined,
  set: (name: string, value: string) => void,
): void {
  set("api-version", API_VERSION);
  set("x-request-id", c.get("requestId"));
  const outcomes = c.get("rateLimits");
  if (outcomes !== undefined && outcomes.length > 0) {
    for (const [name, value] of rateLimitHeaders(outcomes)) set(name, value);
  }
  for (const [name, value] of SECURITY_HEADER_ENTRIES) {
    if (own(name) == null) set(name, value);
  }
  if (own("content-security-policy") == null) {
    const html = (own("content-type") ?? "").toLowerCase().startsWith("text/html");
    set("content-security-policy", html ? STRICT_HTML_CSP : API_CSP);
  }
  // Responses that say nothing about caching are not cached: most of this API is organisation data.
  if (own("cache-control") == null) set("cache-control", "no-store");
  if (leavesUnreadBody(c, status)) set("connection", "close");
}

/**
 * A response that already carries the app's headers, built from a status, a plain header object and
 * bytes (or a string, or null), with no `Headers` object made on the way. The outermost middleware
 * leaves it as it is (it recognises it by identity). Headers set with `c.header` before are kept (hono
 * merges them, the ordinary way: build the headers here instead where the path is hot); a response some
 * middleware replaces later simply gets the app's headers the ordinary way too.
 */
export function finalResponse(
  c: Context<AppEnv>,
  status: number,
  body: Uint8Array<ArrayBuffer> | string | null,
  headers: Readonly<Record<string, string>>,
): Response {
  const all: Record<string, string> = {};
  for (const name in headers) all[name.toLowerCase()] = headers[name] as string;
  applyAppHeaders(
    c,
    status,
    (name) => all[name],
    (name, value) => {
      all[name] = value;
    },
  );
  // Headers set with c.header before (a shared helper's) live in hono's own Headers: let hono merge
  // them (ours win where both set one) and the outer middleware treat the result as any response.
  if (c.get("headersOnContext") === true) {
    // (The status's type only: hono types c.body per status class; any status goes through.)
    return body === null ? c.body(null, status as 200, all) : c.body(body, status as 200, all);
  }
  const response = new Response(body, { status, headers: all });
  c.set("finalResponse", response);
  return response;
}

/**
 * The RateLimit headers for the quotas a request was counted against (lower-case names): put on every
 * response by applyAppHeaders, and on the 429 itself (rate-limit.ts).
 */
export function rateLimitHeaders(outcomes: readonly RateLimitOutcome[]): [string, string][] {
  const headers: [string, string][] = [
    ["ratelimit-policy", outcomes.map(({ policy }) => policyHeaderItem(policy)).join(", ")],
    [
      "ratelimit",
      outcomes
        .map(({ policy, decision }) => `"${policy.name}";r=${decision.remaining};t=${decision.resetSeconds}`)
        .join(", "),
    ],
  ];
  let retryAfter = -1;
  for (const { decision } of outcomes) {
    if (!decision.allowed) retryAfter = Math.max(retryAfter, decision.resetSeconds);
  }
  if (retryAfter >= 0) headers.push(["retry-after", String(retryAfter)]);
  return headers;
}

function policyHeaderItem(policy: RateLimitPolicy): string {
  return `"${policy.name}";q=${policy.limit};w=${policy.windowSeconds}`;
}
