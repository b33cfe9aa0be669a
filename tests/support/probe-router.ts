import { z } from "@hono/zod-openapi";
import type { ApiRouter } from "../../src/openapi/api-router.js";
import { defineRoute } from "../../src/openapi/define-route.js";
import { buildApiRouter } from "../../src/routes/register-routes.js";

/**
 * The real `/v1` router plus three probe routes declared the way every route is (defineRoute), so the
 * cross-cutting behaviour (validation, 415, malformed JSON, unexpected errors) is tested through the
 * same machinery on both runtimes before every resource has a route of each kind.
 */
export function routerWithProbes(): ApiRouter {
  const router = buildApiRouter();

  router.openapi(
    defineRoute({
      method: "post",
      path: "/probes",
      operationId: "createProbe",
      request: {
        body: {
          required: true,
          content: {
            "application/json": {
              schema: z
                .object({
                  name: z.string().min(1),
                  headcount: z.number().int().min(1),
                  profile: z.strictObject({ colour: z.enum(["green", "red"]) }).optional(),
                })
                .strict(),
            },
          },
        },
      },
      responses: {
        201: {
          description: "Created: the body as it was sent.",
          content: {
            "application/json": {
              schema: z.object({
                name: z.string(),
                headcount: z.number(),
                profile: z.object({ colour: z.enum(["green", "red"]) }).optional(),
              }),
            },
          },
        },
      },
    }),
    (c) => c.json(c.req.valid("json"), 201),
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/probes/{probeId}",
      operationId: "getProbe",
      request: {
        params: z.object({ probeId: z.string().regex(/^prb_[a-z0-9]{4}$/) }),
        query: z.object({ limit: z.coerce.number().int().min(1).max(100).optional() }),
      },
      responses: {
        200: {
          description: "Found: the parameters as they were read.",
          content: {
            "application/json": { schema: z.object({ probeId: z.string(), limit: z.number().optional() }) },
          },
        },
      },
    }),
    (c) => c.json({ ...c.req.valid("param"), ...c.req.valid("query") }, 200),
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/probes-that-fail",
      operationId: "failProbe",
      responses: { 200: { description: "Never" } },
    }),
    () => {
      throw new TypeError("secret internal detail at /srv/app.ts:12");
    },
  );

  return router;
}
