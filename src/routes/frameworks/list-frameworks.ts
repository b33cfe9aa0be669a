import { z } from "@hono/zod-openapi";
import { optionalPrincipal } from "../../auth/authenticate.js";
import { negotiateLanguage } from "../../http/content-negotiation.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { listFrameworkVersions } from "../../store/frameworks.js";
import { recordView } from "./framework-reader.js";
import { FrameworkVersionSummarySchema, LanguageQuerySchema } from "./framework-schemas.js";

export const listFrameworksRoute = defineRoute({
  method: "get",
  path: "/frameworks",
  operationId: "listFrameworks",
  readsHeaders: ["Accept-Language"],
  writesHeaders: ["Content-Language"],
  tags: ["Framework"],
  summary: "The versions of the practice framework (menukaart)",
  description:
    "Open data: no token needed. Published and retired versions, oldest first; an admin token also shows drafts.",
  request: { query: LanguageQuerySchema },
  responses: {
    200: {
      description: "The versions.",
      content: {
        "application/json": {
          schema: z.object({ items: z.array(FrameworkVersionSummarySchema) }).openapi("FrameworkVersionList"),
        },
      },
    },
  },
});

export function registerListFrameworks(router: ApiRouter): void {
  router.openapi(listFrameworksRoute, async (c) => {
    const lang = negotiateLanguage(c);
    const principal = await optionalPrincipal(c);
    const records = await listFrameworkVersions(c.get("deps").storage.db, {
      includeDrafts: principal?.role === "admin",
    });
    c.header("Content-Language", lang);
    c.header("Vary", "Accept-Language, Authorization");
    c.header("Cache-Control", principal === null ? "public, max-age=60" : "private, no-store");
    return c.json({ items: records.map((record) => recordView(record, lang)) }, 200);
  });
}
