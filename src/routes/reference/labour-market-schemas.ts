import { z } from "@hono/zod-openapi";
import { FrameworkVersionLabelSchema, SbiSectionSchema } from "../../domain/framework/framework-schema.js";
import { AVAILABILITY_CELL_LEVELS, AVAILABILITY_FIGURES } from "../../domain/labour-market/availability.js";
import { EducationLevelSchema } from "../../domain/labour-market/labour-market-table.js";
import { ProvinceCodeSchema } from "../organisations/organisation-schemas.js";

export const LabourMarketVersionParamsSchema = z.object({
  version: FrameworkVersionLabelSchema.openapi({ param: { name: "version", in: "path" }, example: "2026.1" }),
});

export const LabourMarketVersionSchema = z
  .object({
    version: z.string(),
    status: z.enum(["draft", "published"]),
    rowCount: z.number().int(),
    contentHash: z
      .string()
      .openapi({ description: "SHA-256 of the rows as stored: the same table gives the same hash." }),
    createdAt: z.string().openapi({ description: "When the draft was (last) loaded." }),
    publishedAt: z.string().nullable(),
  })
  .openapi("LabourMarketVersion");

export const LabourMarketRowViewSchema = z
  .object({
    section: SbiSectionSchema.nullable().openapi({ description: "null: all sections." }),
    region: ProvinceCodeSchema.nullable().openapi({ description: "null: all of the Netherlands." }),
    educationLevel: EducationLevelSchema.nullable().openapi({ description: "null: all education levels." }),
    share: z
      .number()
      .openapi({ description: "Share (%) of the working population in this cell with a migration background." }),
    source: z.string(),
    year: z.number().int(),
    licence: z.string(),
  })
  .openapi("LabourMarketRow");

export const LabourMarketTableViewSchema = z
  .object({
    version: z.string(),
    publishedAt: z.string(),
    contentHash: z.string(),
    publishedVersions: z.array(z.string()).openapi({ description: "Every published version, oldest first." }),
    rows: z.array(LabourMarketRowViewSchema),
  })
  .openapi("LabourMarketTable");

export const AvailabilityCellSchema = z
  .object({
    level: z.enum(AVAILABILITY_CELL_LEVELS).openapi({
      description:
        "sectionRegion (the organisation's section in its province), section (all provinces), region (all sections), national.",
    }),
    section: SbiSectionSchema.nullable(),
    region: ProvinceCodeSchema.nullable(),
  })
  .openapi("AvailabilityCell");

export const LabourMarketComparisonSchema = z
  .object({
    version: z.string().openapi({ description: "The labour-market table version the figure comes from." }),
    cell: AvailabilityCellSchema,
    fallbackReason: z.string().nullable().openapi({
      description: "Why a broader cell than the organisation's section × province is used, if it is.",
    }),
    availability: z.number().openapi({
      description:
        "Share (%) of the working population in the cell with a migration background (all education levels).",
    }),
    source: z.string(),
    year: z.number().int(),
    licence: z.string(),
    byEducationLevel: z
      .array(
        z.object({
          educationLevel: EducationLevelSchema,
          share: z.number(),
          source: z.string(),
          year: z.number().int(),
        }),
      )
      .openapi({ description: "The same cell per education level, where the table has it." }),
    figures: z.array(
      z.object({
        figure: z.enum(AVAILABILITY_FIGURES),
        own: z
          .number()
          .nullable()
          .openapi({ description: "The organisation's own share (its workforce context), or null." }),
        difference: z.number().nullable().openapi({ description: "Own minus availability, in percentage points." }),
        farBelow: z.boolean().openapi({
          description:
            "Below half of availability and at least 5 points below it: a trigger for the recruitment (whole workforce, hires) or progression (management) practices.",
        }),
      }),
    ),
  })
  .openapi("LabourMarketComparison", {
    description:
      "The organisation's workforce shares next to the labour-market availability for its cell: public reference data (docs/measurement.md), not others' contributions, so not from a benchmark release.",
  });
