import { localizeContent } from "../../domain/framework/localize.js";
import { practicesCsv } from "../../domain/framework/practices-csv.js";
import { negotiateLanguage, negotiateMediaType } from "../../http/content-negotiation.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { conditionalHeaders, type FrameworkReader, recordView } from "./framework-reader.js";
import {
  CSV_MEDIA_TYPE,
  csvContent,
  FrameworkParamsSchema,
  FrameworkSchema,
  LanguageQuerySchema,
} from "./framework-schemas.js";

export const getFrameworkRoute = defineRoute({
  method: "get",
  path: "/frameworks/{version}",
  operationId: "getFramework",
  readsHeaders: ["Accept-Language", "If-None-Match"],
  writesHeaders: ["ETag", "Content-Language"],
  tags: ["Framework"],
  summary: "A whole framework version: phases, scale, scoring, sources and every practice",
  description:
    "Open data. JSON by default; `Accept: text/csv` gives the practices as one CSV row each (also at `/frameworks/{version}/practices.csv`). Supports `If-None-Match`.",
  request: { params: FrameworkParamsSchema, query: LanguageQuerySchema },
  responses: {
    200: {
      description: "The framework version in the negotiated language (see Content-Language).",
      content: { "application/json": { schema: FrameworkSchema }, ...csvContent },
    },
    304: { description: "Your copy (If-None-Match) is current." },
    406: problemResponse("Only JSON and CSV are offered."),
  },
});

export function registerGetFramework(router: ApiRouter, reader: FrameworkReader): void {
  router.openapi(getFrameworkRoute, async (c) => {
    const { version } = c.req.valid("param");
    const lang = negotiateLanguage(c);
    const mediaType = negotiateMediaType(c, ["application/json", CSV_MEDIA_TYPE]);
    const record = await reader.resolve(c, version);
    const representation = { record, requested: version, lang, mediaType, variant: "all" };
    const notModified = conditionalHeaders(c, representation);
    if (notModified !== null) return notModified;
    const content = await reader.content(c, record);
    if (mediaType === CSV_MEDIA_TYPE) {
      const ids = content.practices.map((practice) => practice.id);
      c.header("Content-Disposition", `attachment; filename="menukaart-${record.version}-${lang}.csv"`);
      const csv = reader.rendered(representation, () => practicesCsv(content, ids, lang));
      return c.body(csv, 200, { "Content-Type": "text/csv; charset=utf-8" });
    }
    const json = reader.rendered(representation, () => {
      const {
        version: _version,
        title: _title,
        predecessor: _predecessor,
        ...localized
      } = localizeContent(content, lang);
      return JSON.stringify({ ...recordView(record, lang), ...localized });
    });
    return c.body(json, 200, { "Content-Type": "application/json" });
  });
}
