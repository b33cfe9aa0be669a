import { z } from "@hono/zod-openapi";
import { FrameworkVersionLabelSchema, SbiSectionSchema } from "../../domain/framework/framework-schema.js";
import { ApiError } from "../../errors.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { labourMarketRows, publishedLabourMarketVersions } from "../../store/labour-market.js";
import { ProvinceCodeSchema } from "../organisations/organisation-schemas.js";
import { LabourMarketTableViewSchema } from "./labour-market-schemas.js";

export const getLabourMarketRoute = defineRoute({
  method: "get",
  path: "/reference/labour-market",
  operationId: "getLabourMarket",
  tags: ["Reference data"],
  summary: "The published labour-market availability table (the newest, or a given version)",
  description:
    "Public reference data, like the framework: the share of the working population with a migration background per SBI section × province (and education level where the source has it), each row with its source, year and licence. Draft versions are not shown. Filter with `section` and `region` (a filter value matches that section or region exactly; rows for all sections or all regions have null there).",
  request: {
    query: z.object({
      version: FrameworkVersionLabelSchema.optional().openapi({
        description: "A published version; default: the newest.",
      }),
      section: SbiSectionSchema.optional(),
      region: ProvinceCodeSchema.optional(),
    }),
  },
  responses: {
    200: {
      description: "The table.",
      content: { "application/json": { schema: LabourMarketTableViewSchema } },
    },
    404: problemResponse("No labour-market table is published (or not that version)."),
  },
});

export function registerGetLabourMarket(router: ApiRouter): void {
  router.openapi(getLabourMarketRoute, async (c) => {
    const query = c.req.valid("query");
    const db = c.get("deps").storage.db;
    const published = await publishedLabourMarketVersions(db);
    const record =
      query.version === undefined
        ? published.at(-1)
        : published.find((candidate) => candidate.version === query.version);
    if (record === undefined || record.publishedAt === null) {
      throw new ApiError("not-found", {
        detail:
          query.version === undefined
            ? "No labour-market table is published yet."
            : `There is no published labour-market version ${query.version}.`,
      });
    }
    const rows = await labourMarketRows(db, record.version, { section: query.section, region: query.region });
    return c.json(
      {
        version: record.version,
        publishedAt: record.publishedAt,
        contentHash: record.contentHash,
        publishedVersions: published.map((candidate) => candidate.version),
        rows,
      },
      200,
    );
  });
}
