import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.js";
import { IDEMPOTENCY_HEADER } from "./idempotency.js";
import { setResponseHeader } from "./request-context.js";

/**
 * CORS is off unless CORS_ALLOWED_ORIGINS names origins: then a browser page on exactly one of those
 * origins may call the API (with a bearer token; no cookies, so no credentials mode). Any other
 * origin gets no Access-Control-* header at all, so the browser keeps the response from the page.
 */

export const CORS_ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
export const CORS_ALLOWED_HEADERS = [
  "Authorization",
  "Content-Type",
  IDEMPOTENCY_HEADER,
  "If-Match",
  "If-None-Match",
  "Accept-Language",
  "X-Request-Id",
].join(", ");
export const CORS_EXPOSED_HEADERS = [
  "API-Version",
  "ETag",
  "Location",
  "RateLimit",
  "RateLimit-Policy",
  "Retry-After",
  "X-Request-Id",
  "Content-Language",
  "Idempotent-Replayed",
].join(", ");
const PREFLIGHT_MAX_AGE_SECONDS = "600";

function varyOnOrigin(headers: Headers): string {
  const vary = headers.get("Vary");
  if (vary === null || vary.trim() === "") return "Origin";
  return vary.split(",").some((name) => name.trim().toLowerCase() === "origin") ? vary : `${vary}, Origin`;
}

export function cors(allowedOrigins: readonly string[]): MiddlewareHandler<AppEnv> {
  const allowed = new Set(allowedOrigins);
  return async (c, next) => {
    const origin = c.req.header("Origin");
    const isAllowed = origin !== undefined && allowed.has(origin);
    if (isAllowed && c.req.method === "OPTIONS" && c.req.header("Access-Control-Request-Method") !== undefined) {
      return new Response(null, {
        status: 204,
        headers: {
          "Access-Control-Allow-Origin": origin,
          "Access-Control-Allow-Methods": CORS_ALLOWED_METHODS,
          "Access-Control-Allow-Headers": CORS_ALLOWED_HEADERS,
          "Access-Control-Max-Age": PREFLIGHT_MAX_AGE_SECONDS,
          Vary: "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
        },
      });
    }
    await next();
    // The answer depends on Origin whenever an allowlist exists, so shared caches must key on it.
    setResponseHeader(c, "Vary", varyOnOrigin(c.res.headers));
    if (!isAllowed) return;
    setResponseHeader(c, "Access-Control-Allow-Origin", origin);
    setResponseHeader(c, "Access-Control-Expose-Headers", CORS_EXPOSED_HEADERS);
  };
}
