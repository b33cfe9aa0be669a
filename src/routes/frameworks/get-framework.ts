import { localizeContent } from "../../domain/framework/localize.js";
import { practicesCsv } from "../../domain/framework/practices-csv.js";
import { finalResponse } from "../../http/app-headers.js";
import { negotiateContentCoding } from "../../http/content-encoding.js";
import { matchesIfNoneMatch, negotiateLanguage, negotiateMediaType } from "../../http/content-negotiation.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { type FrameworkReader, recordView, representationHeaders } from "./framework-reader.js";
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
    // Built as one plain header object (finalResponse): the public reads are the most frequent.
    const headers: Record<string, string> = representationHeaders(representation);
    if (matchesIfNoneMatch(c, headers.ETag as string)) return finalResponse(c, 304, null, headers);
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
    headers["Content-Type"] = mediaType === CSV_MEDIA_TYPE ? "text/csv; charset=utf-8" : "application/json";
    if (mediaType === CSV_MEDIA_TYPE) {
      headers["Content-Disposition"] = `attachment; filename="menukaart-${record.version}-${lang}.csv"`;
    }
    if (compressor === undefined || coding === undefined || coding === null) {
      return finalResponse(c, 200, reader.rendered(representation, render), headers);
    }
    headers["Content-Encoding"] = coding;
    return finalResponse(c, 200, reader.encoded(representation, render, coding, compressor), headers);
  });
}
