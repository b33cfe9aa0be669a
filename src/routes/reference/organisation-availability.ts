import type { z } from "@hono/zod-openapi";
import type { Kysely } from "kysely";
import type { SbiSection } from "../../domain/framework/framework-schema.js";
import { availabilityFor, compareWithAvailability } from "../../domain/labour-market/availability.js";
import type { ProvinceCode } from "../../domain/organisation-profile.js";
import { labourMarketRowsAround, latestLabourMarketVersion } from "../../store/labour-market.js";
import type { DatabaseSchema } from "../../store/schema.js";
import type { WorkforceContext } from "../../store/workforce.js";
import type { LabourMarketComparisonSchema } from "./labour-market-schemas.js";

export type LabourMarketComparison = z.infer<typeof LabourMarketComparisonSchema>;

const FALLBACK_REASONS = {
  section: "The table has no figure for this section in this province; the section's figure for all provinces is used.",
  region:
    "The table has no figure for this section (in this province or nationally); the province's figure for all sections is used.",
  national: "The table has no figure for this section nor this province; the national figure is used.",
} as const;

/**
 * The organisation's workforce shares next to the availability for its cell (section × province, or
 * the next broader cell that has a figure), from the newest published labour-market table. Public
 * reference data, so read live, not from a benchmark release. Null when no table is published.
 */
export async function labourMarketComparison(
  db: Kysely<DatabaseSchema>,
  context: { readonly sbiSection: SbiSection; readonly region: ProvinceCode },
  workforce: WorkforceContext | undefined,
): Promise<LabourMarketComparison | null> {
  const version = await latestLabourMarketVersion(db);
  if (version === undefined) return null;
  const rows = await labourMarketRowsAround(db, version, context.sbiSection, context.region);
  const availability = availabilityFor(rows, context.sbiSection, context.region);
  if (availability === null) return null;
  const figures = compareWithAvailability(
    {
      migrationBackgroundShare: workforce?.migrationBackgroundShare ?? null,
      migrationBackgroundHiresShare: workforce?.migrationBackgroundHiresShare ?? null,
      migrationBackgroundManagementShare: workforce?.migrationBackgroundManagementShare ?? null,
    },
    availability.share,
  );
  const level = availability.cell.level;
  return {
    version,
    cell: availability.cell,
    fallbackReason: level === "sectionRegion" ? null : FALLBACK_REASONS[level],
    availability: availability.share,
    source: availability.source,
    year: availability.year,
    licence: availability.licence,
    byEducationLevel: [...availability.byEducationLevel],
    figures: figures.map(({ figure, own, difference, farBelow }) => ({ figure, own, difference, farBelow })),
  };
}
