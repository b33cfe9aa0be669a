import { localizeContent } from "../../domain/framework/localize.js";
import { practicesCsv } from "../../domain/framework/practices-csv.js";
import { finalResponse } from "../../http/app-headers.js";
import { negotiateContentCoding } from "../../http/content-encoding.js";
import { negotiateLanguage, negotiateMediaType } from "../../http/content-negotiation.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { type FrameworkReader, notModifiedResponse, recordView } from "./framework-reader.js";
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
  readsHeaders: ["Accept-Language", "Accept-Encoding", "If-None-Match"],
  writesHeaders: ["ETag", "Content-Language", "Content-Encoding"],
  tags: ["Framework"],
  summary: "A whole framework version: phases, scale, scoring, sources and every practice",
  description:
    "Open data. JSON by default; `Accept: text/csv` gives the practices as one CSV row each (also at `/frameworks/{version}/practices.csv`). Supports `If-None-Match`; compressed (brotli or gzip) when `Accept-Encoding` asks for it.",
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
    // Only where the app compresses itself (Node); a Worker's responses are compressed by the edge.
    const compressor = c.get("deps").compression;
    const coding = compressor === undefined ? undefined : negotiateContentCoding(c);
    const representation = { record, requested: version, lang, mediaType, variant: "all", coding };
    // Built once per representation with its bytes (bench/RESULTS.md, "Token and framework, session 6").
    const headers = reader.headers(representation, () => ({
      "Content-Type": mediaType === CSV_MEDIA_TYPE ? "text/csv; charset=utf-8" : "application/json",
      ...(mediaType === CSV_MEDIA_TYPE
        ? { "Content-Disposition": `attachment; filename="menukaart-${record.version}-${lang}.csv"` }
        : {}),
      ...(coding === undefined || coding === null ? {} : { "Content-Encoding": coding }),
    }));
    const notModified = notModifiedResponse(c, headers);
    if (notModified !== null) return notModified;
    const content = await reader.content(c, record);
    const render =
      mediaType === CSV_MEDIA_TYPE
        ? () =>
            practicesCsv(
              content,
              content.practices.map((practice) => practice.id),
              lang,
            )
        : () => {
            const {
              version: _version,
              title: _title,
              predecessor: _predecessor,
              ...localized
            } = localizeContent(content, lang);
            return JSON.stringify({ ...recordView(record, lang), ...localized });
          };
    const body =
      compressor === undefined || coding === undefined || coding === null
        ? reader.rendered(representation, render)
        : reader.encoded(representation, render, coding, compressor);
    // One plain header object, no Headers on the way (finalResponse): the public reads are the most frequent.
    return finalResponse(c, 200, body, headers);
  });
}
