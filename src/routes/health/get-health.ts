import { z } from "@hono/zod-openapi";
import { API_VERSION } from "../../api-version.js";
import { ApiError } from "../../errors.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";

const HealthSchema = z
  .object({
    status: z.literal("ok"),
    apiVersion: z.string().openapi({ example: API_VERSION }),
    checks: z.object({ database: z.literal("reachable") }),
  })
  .openapi("Health");

export const getHealthRoute = defineRoute({
  method: "get",
  path: "/health",
  operationId: "getHealth",
  tags: ["Operations"],
  summary: "Is the API up and its database reachable?",
  description: "For load balancers and uptime checks. Needs no authentication and is never cached.",
  responses: {
    200: { description: "Up, with the database reachable.", content: { "application/json": { schema: HealthSchema } } },
    503: problemResponse("The database cannot be reached."),
  },
});

export function registerGetHealth(router: ApiRouter): void {
  router.openapi(getHealthRoute, async (c) => {
    try {
      await c.get("deps").storage.ping();
    } catch (error) {
      c.get("deps").log({
        level: "error",
        message: "health check: database unreachable",
        requestId: c.get("requestId"),
        error: error instanceof Error ? error.message : String(error),
      });
      throw new ApiError("service-unavailable", { detail: "The database cannot be reached." });
    }
    c.header("Cache-Control", "no-store");
    return c.json({ status: "ok" as const, apiVersion: API_VERSION, checks: { database: "reachable" as const } }, 200);
  });
}
