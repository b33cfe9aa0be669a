import type { Context, MiddlewareHandler } from "hono";
import { API_VERSION } from "../api-version.js";
import type { AppDeps, AppEnv } from "../app-env.js";

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

/**
 * The outermost middleware: makes the deps and the request id available to every handler, stamps
 * `API-Version` and `X-Request-Id` on every response (errors included: the error handler runs
 * inside it), and writes one log entry per request.
 */
export function requestContext(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = requestIdFrom(c.req.header("X-Request-Id"));
    c.set("deps", deps);
    c.set("requestId", requestId);
    await next();
    setResponseHeader(c, "API-Version", API_VERSION);
    setResponseHeader(c, "X-Request-Id", requestId);
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
