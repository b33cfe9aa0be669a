import { z } from "@hono/zod-openapi";
import { API_VERSION } from "../../api-version.js";
import { ApiError } from "../../errors.js";
import { finalResponse } from "../../http/app-headers.js";
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

/** The answer never varies: its bytes are made once. */
const HEALTHY = new TextEncoder().encode(
  JSON.stringify({
    status: "ok",
    apiVersion: API_VERSION,
    checks: { database: "reachable" },
  } satisfies z.infer<typeof HealthSchema>),
) as Uint8Array<ArrayBuffer>;
const HEALTHY_HEADERS = { "Content-Type": "application/json", "Cache-Control": "no-store" };

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
    return finalResponse(c, 200, HEALTHY, HEALTHY_HEADERS);
  });
}
