import { z } from "@hono/zod-openapi";
import { PracticeIdSchema } from "../../domain/framework/framework-schema.js";
import { localizePractice } from "../../domain/framework/localize.js";
import { ApiError } from "../../errors.js";
import { negotiateLanguage } from "../../http/content-negotiation.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { conditionalHeaders, type FrameworkReader } from "./framework-reader.js";
import { FrameworkVersionParamSchema, LanguageQuerySchema, PracticeWithSourcesSchema } from "./framework-schemas.js";

export const getPracticeRoute = defineRoute({
  method: "get",
  path: "/frameworks/{version}/practices/{practiceId}",
  operationId: "getPractice",
  readsHeaders: ["Accept-Language", "If-None-Match"],
  writesHeaders: ["ETag", "Content-Language"],
  tags: ["Framework"],
  summary: "One practice, with its evidence and the sources it cites",
  description:
    "One practice of a framework version in the negotiated language: its question and maturity scale, the contexts it fits, its evidence level and the sources that grade it.",
  request: {
    params: z.object({
      version: FrameworkVersionParamSchema,
      practiceId: PracticeIdSchema.openapi({ param: { name: "practiceId", in: "path" } }),
    }),
    query: LanguageQuerySchema,
  },
  responses: {
    200: { description: "The practice.", content: { "application/json": { schema: PracticeWithSourcesSchema } } },
    304: { description: "Your copy (If-None-Match) is current." },
  },
});

export function registerGetPractice(router: ApiRouter, reader: FrameworkReader): void {
  router.openapi(getPracticeRoute, async (c) => {
    const { version, practiceId } = c.req.valid("param");
    const lang = negotiateLanguage(c);
    const record = await reader.resolve(c, version);
    const content = await reader.content(c, record);
    const practice = content.practices.find((candidate) => candidate.id === practiceId);
    if (practice === undefined) {
      throw new ApiError("not-found", { detail: `Framework ${record.version} has no practice ${practiceId}.` });
    }
    const notModified = conditionalHeaders(c, {
      record,
      requested: version,
      lang,
      mediaType: "application/json",
      variant: practiceId,
    });
    if (notModified !== null) return notModified;
    const cited = new Set(practice.evidence.sources);
    return c.json(
      {
        ...localizePractice(practice, lang),
        framework: { version: record.version, status: record.status },
        sourceDetails: content.sources.filter((source) => cited.has(source.id)),
      },
      200,
    );
  });
}
