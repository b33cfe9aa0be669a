import { z } from "@hono/zod-openapi";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { servedDocument } from "../../openapi/document.js";

export const getOpenApiDocumentRoute = defineRoute({
  method: "get",
  path: "/openapi.json",
  operationId: "getOpenApiDocument",
  tags: ["Documentation"],
  summary: "This OpenAPI 3.1 document",
  description:
    "The contract of this API, generated from its code. The same file is committed as `openapi/openapi.json` (which names the production server).",
  responses: {
    200: {
      description: "The OpenAPI document, with this server's own URL as its server.",
      headers: {
        "Access-Control-Allow-Origin": {
          description: "`*`: the contract is public, any page may read it.",
          schema: { type: "string", enum: ["*"] },
        },
      },
      content: { "application/json": { schema: z.record(z.string(), z.unknown()) } },
    },
  },
});

/** `document` is built once per app, on first use, from the routes registered on the router. */
export function registerGetOpenApiDocument(router: ApiRouter, document: () => object): void {
  router.openapi(getOpenApiDocumentRoute, (c) => {
    c.header("Cache-Control", "no-cache");
    // ADR /core/publish-openapi: any page may read the contract.
    c.header("Access-Control-Allow-Origin", "*");
    return c.json(servedDocument(document(), new URL(c.req.url).origin) as Record<string, unknown>, 200);
  });
}
