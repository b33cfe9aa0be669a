import type { Context, Hono } from "hono";
import type { AppEnv } from "../app-env.js";
import { ApiError, problemResponse } from "../errors.js";

interface RoutePattern {
  readonly method: string;
  readonly pattern: RegExp;
}

function patternFor(path: string): RegExp {
  const source = path
    .split("/")
    .map((segment) => (segment.startsWith(":") ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${source}$`);
}

/**
 * Answers a request no handler matched: 405 with `Allow` when the path exists under another method,
 * 204 with `Allow` for OPTIONS on an existing path, else 404. The route table is read from the app
 * once, on the first unmatched request.
 */
export function unmatchedRouteHandler(app: Hono<AppEnv>): (c: Context<AppEnv>) => Response {
  let routes: RoutePattern[] | undefined;
  const allowedMethods = (path: string): string[] => {
    routes ??= app.routes
      .filter((route) => route.method !== "ALL" && !route.path.includes("*"))
      .map((route) => ({ method: route.method, pattern: patternFor(route.path) }));
    const methods = new Set(routes.filter((route) => route.pattern.test(path)).map((route) => route.method));
    if (methods.has("GET")) methods.add("HEAD");
    return [...methods].sort();
  };

  return (c) => {
    const methods = allowedMethods(c.req.path);
    if (methods.length === 0) {
      return problemResponse(c, new ApiError("not-found", { detail: `There is no resource at ${c.req.path}.` }));
    }
    const allow = [...methods, "OPTIONS"].join(", ");
    if (c.req.method === "OPTIONS") return new Response(null, { status: 204, headers: { Allow: allow } });
    return problemResponse(
      c,
      new ApiError("method-not-allowed", {
        detail: `${c.req.method} is not allowed on ${c.req.path}; allowed: ${allow}.`,
        headers: { Allow: allow },
      }),
    );
  };
}
