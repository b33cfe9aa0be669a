import type { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../app-env.js";
import type { FrameworkContent, Practice } from "../../domain/framework/framework-schema.js";
import { localizePractice } from "../../domain/framework/localize.js";
import { practicesCsv } from "../../domain/framework/practices-csv.js";
import { negotiateLanguage, negotiateMediaType } from "../../http/content-negotiation.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { conditionalHeaders, type FrameworkReader } from "./framework-reader.js";
import {
  CSV_MEDIA_TYPE,
  csvContent,
  FrameworkParamsSchema,
  PracticeFilterSchema,
  PracticeListSchema,
} from "./framework-schemas.js";

type PracticeFilter = z.infer<typeof PracticeFilterSchema>;

export function filterPractices(content: FrameworkContent, filter: PracticeFilter): Practice[] {
  return content.practices.filter(
    (practice) =>
      (filter.phase === undefined || practice.phase === filter.phase) &&
      (filter.evidenceLevel === undefined || practice.evidence.level === filter.evidenceLevel) &&
      (filter.sizeClass === undefined || practice.fit.sizeClasses.includes(filter.sizeClass)) &&
      (filter.goal === undefined || practice.goals.includes(filter.goal)),
  );
}

const filterVariant = (filter: PracticeFilter) =>
  [filter.phase, filter.evidenceLevel, filter.sizeClass, filter.goal].map((value) => value ?? "").join(".");

export const listPracticesRoute = defineRoute({
  method: "get",
  path: "/frameworks/{version}/practices",
  operationId: "listPractices",
  readsHeaders: ["Accept-Language", "If-None-Match"],
  writesHeaders: ["ETag", "Content-Language"],
  tags: ["Framework"],
  summary: "The practices of a version, filtered",
  description: "Open data. Filters combine (AND). `Accept: text/csv` for CSV. Supports `If-None-Match`.",
  request: { params: FrameworkParamsSchema, query: PracticeFilterSchema },
  responses: {
    200: {
      description: "The matching practices, in framework order.",
      content: { "application/json": { schema: PracticeListSchema }, ...csvContent },
    },
    304: { description: "Your copy (If-None-Match) is current." },
    406: problemResponse("Only JSON and CSV are offered."),
  },
});

export const listPracticesCsvRoute = defineRoute({
  method: "get",
  path: "/frameworks/{version}/practices.csv",
  operationId: "listPracticesCsv",
  readsHeaders: ["Accept-Language", "If-None-Match"],
  writesHeaders: ["ETag", "Content-Language"],
  tags: ["Framework"],
  summary: "The practices of a version as CSV (open-data export)",
  description: "The same rows as `Accept: text/csv` on the practices, for links and spreadsheets. Same filters.",
  request: { params: FrameworkParamsSchema, query: PracticeFilterSchema },
  responses: {
    200: { description: "One row per practice.", content: csvContent },
    304: { description: "Your copy (If-None-Match) is current." },
  },
});

async function answer(
  c: Context<AppEnv>,
  reader: FrameworkReader,
  version: string,
  filter: PracticeFilter,
  mediaType: string,
) {
  const lang = negotiateLanguage(c);
  const record = await reader.resolve(c, version);
  const notModified = conditionalHeaders(c, {
    record,
    requested: version,
    lang,
    mediaType,
    variant: filterVariant(filter),
  });
  if (notModified !== null) return notModified;
  const content = await reader.content(c, record);
  const practices = filterPractices(content, filter);
  if (mediaType === CSV_MEDIA_TYPE) {
    c.header("Content-Disposition", `attachment; filename="menukaart-${record.version}-${lang}.csv"`);
    const ids = practices.map((practice) => practice.id);
    return c.body(practicesCsv(content, ids, lang), 200, { "Content-Type": "text/csv; charset=utf-8" });
  }
  return c.json({ version: record.version, items: practices.map((practice) => localizePractice(practice, lang)) }, 200);
}

export function registerListPractices(router: ApiRouter, reader: FrameworkReader): void {
  router.openapi(listPracticesRoute, async (c) => {
    const mediaType = negotiateMediaType(c, ["application/json", CSV_MEDIA_TYPE]);
    return answer(c, reader, c.req.valid("param").version, c.req.valid("query"), mediaType);
  });
  router.openapi(listPracticesCsvRoute, async (c) =>
    answer(c, reader, c.req.valid("param").version, c.req.valid("query"), CSV_MEDIA_TYPE),
  );
}
