import type { Context, MiddlewareHandler } from "hono";
import type { AppDeps, AppEnv } from "../app-env.js";
import type { VerifiedTokenCache } from "../auth/verified-token-cache.js";
import type { AnswerCache } from "./answer-cache.js";
import { applyAppHeaders } from "./app-headers.js";
import type { ConcurrencyGate } from "./concurrency-gate.js";

/** A caller's request id is kept when it is short and plain, so it can be logged without escaping. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(header: string | undefined): string {
  return header !== undefined && SANE_REQUEST_ID.test(header) ? header : crypto.randomUUID();
}

export function setResponseHeader(c: Context, name: string, value: string): void {
  try {
    c.res.headers.set(name, value);
  } catch {
    // Responses passed through from fetch() have immutable headers: copy once, then set.
    c.res = new Response(c.res.body, c.res);
    c.res.headers.set(name, value);
  }
}

/** What one app shares between its requests (built once by createApp). */
export interface AppShared {
  readonly gate: ConcurrencyGate;
  readonly verifiedTokens: VerifiedTokenCache;
  readonly answers: AnswerCache;
}

/**
 * The response's own headers, writable: one copy only when they are immutable (a response passed
 * through from fetch()), so the app's headers are set in one pass on one object.
 */
function writableHeaders(c: Context<AppEnv>): Headers {
  const headers = c.res.headers;
  try {
    headers.set("X-Request-Id", c.get("requestId"));
    return headers;
  } catch {
    c.res = new Response(c.res.body, c.res);
    return c.res.headers;
  }
}

/**
 * The outermost middleware, and the only one every request passes besides the rate limit (and CORS
 * when configured): makes the deps, the request id and the app's shared objects available to every
 * handler; puts the app's headers (src/http/app-headers.ts: `API-Version`, `X-Request-Id`, the security
 * and RateLimit headers, `Connection: close` after a refused unread body) on every response that does
 * not carry them yet (errors and 429s included: the error handler and the rate limit run inside it);
 * and writes one log entry per request. One async layer instead of four:
 * issue 20 measured the chain's fixed cost per request, spread over the layers and their header calls.
 */
export function requestContext(deps: AppDeps, shared: AppShared): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = requestIdFrom(c.req.header("X-Request-Id"));
    c.set("deps", deps);
    c.set("requestId", requestId);
    c.set("gate", shared.gate);
    c.set("verifiedTokens", shared.verifiedTokens);
    c.set("answers", shared.answers);
    // finalResponse builds a response's headers as a plain object, without the Headers that `c.header`
    // fills: a header set that way first (by a shared helper, say) must not be lost, so it is noted here
    // and finalResponse then takes the ordinary path (src/http/app-headers.ts).
    const setHeader = c.header;
    c.header = ((name: string, value?: string, options?: { append?: boolean }) => {
      c.set("headersOnContext", true);
      setHeader(name, value, options);
    }) as typeof c.header;
    await next();
    const response = c.res;
    // A response built with finalResponse (src/http/app-headers.ts) carries the app's headers already,
    // as a plain object the Node adapter writes without building a Headers: touching it would undo that.
    if (response !== c.get("finalResponse")) {
      const headers = writableHeaders(c);
      applyAppHeaders(
        c,
        response.status,
        (name) => headers.get(name),
        (name, value) => headers.set(name, value),
      );
    }
    deps.log({
      level: "info",
      message: "request",
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      requestId,
    });
  };
}
