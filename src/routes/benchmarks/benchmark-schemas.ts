import { z } from "@hono/zod-openapi";
import { PEER_GROUP_LEVELS } from "../../domain/benchmark/peer-groups.js";
import {
  BandIdSchema,
  PhaseIdSchema,
  PracticeIdSchema,
  SbiSectionSchema,
  SizeClassSchema,
} from "../../domain/framework/framework-schema.js";
import { MaturitySchema } from "../assessments/assessment-schemas.js";
import { ProvinceCodeSchema } from "../organisations/organisation-schemas.js";
import { LabourMarketComparisonSchema } from "../reference/labour-market-schemas.js";

export const PeerGroupLevelSchema = z.enum(PEER_GROUP_LEVELS).openapi("PeerGroupLevel", {
  description: "sectionSizeRegion ⊂ sectionSize ⊂ section; size; all.",
});

export const ReleaseReferenceSchema = z
  .object({
    id: z.number().int().openapi({ description: "The benchmark release the peer figures come from." }),
    cutAt: z.string().openapi({ description: "When that release was cut (ISO 8601): the figures are as of then." }),
  })
  .openapi("BenchmarkReleaseReference", {
    description:
      "Others' figures come from a frozen benchmark release, never from the live data; they change only when a release refreshes them (docs/privacy.md).",
  });

export const PeerGroupSchema = z
  .object({
    level: PeerGroupLevelSchema,
    section: SbiSectionSchema.nullable(),
    sizeClass: SizeClassSchema.nullable(),
    region: ProvinceCodeSchema.nullable(),
    organisations: z.number().int().openapi({
      description:
        "Approximate: rounded to a step that grows with the group (10 below 100 organisations, 25 below 250, 50 below 500, 100 below 1000, then 250, …), never the exact count; as of the release.",
    }),
  })
  .openapi("PeerGroup");

export const RankBandSchema = z
  .object({
    from: z.number().int().min(0).max(100),
    to: z.number().int().min(0).max(100),
  })
  .openapi("RankBand", {
    description:
      "Where a score stands among the peers, no finer than the published quantiles: from the peers' p`from` up to p`to` (0 = below the lowest published point, 50 = the median, 100 = above the highest). The points are the deciles when they are published, else the quartiles; a score level with a point counts as at or above it. Never an exact percentile rank.",
  });

const quantile = (name: string) =>
  z
    .number()
    .nullable()
    .openapi({
      description: `The peers' ${name}, read from score histograms of 1-point bins (a whole number), as of the release; null when the measure is not shown (fewer than k peers with a score for it).`,
    });

const DistributionFields = {
  p25: quantile("first quartile"),
  median: quantile("median"),
  p75: quantile("third quartile"),
  deciles: z.array(z.number().nullable()).openapi({ description: "p10 … p90, at 1-point resolution." }),
};

export const MeasurePositionSchema = z
  .object({
    measure: z.union([z.literal("overall"), PhaseIdSchema]),
    score: z.number().nullable(),
    band: BandIdSchema.nullable(),
    rankBand: RankBandSchema.nullable().openapi({
      description: "Your score's band among the peers; null when the measure has no score or too few peers.",
    }),
    ...DistributionFields,
  })
  .openapi("MeasurePosition");

export const PracticeComparisonSchema = z
  .object({
    practiceId: PracticeIdSchema,
    phase: PhaseIdSchema,
    ownAnswer: MaturitySchema.nullable(),
    peerAdoptionRate: z.number().nullable().openapi({
      description:
        "Share (%) of the whole peer group at maturity 3 or 4, in the coarse steps of the level shares (2 · 100 / n points or more from 1, 2, 5, 10, 20, 25, 50); null when no group passes k.",
    }),
  })
  .openapi("PracticeComparison");

export const OrganisationBenchmarkSchema = z
  .object({
    organisationId: z.string(),
    assessmentId: z.string(),
    frameworkVersion: z.string(),
    release: ReleaseReferenceSchema,
    peerGroup: z
      .union([PeerGroupSchema, z.null()])
      .openapi({ description: "null when no group is large enough to show." }),
    requestedLevel: PeerGroupLevelSchema,
    fallbackReason: z
      .string()
      .nullable()
      .openapi({ description: "Why a broader group than requested is shown, if it is (as of the release)." }),
    minimumGroupSize: z.number().int(),
    measures: z.array(MeasurePositionSchema),
    practices: z.array(PracticeComparisonSchema),
    labourMarket: LabourMarketComparisonSchema.nullable().openapi({
      description:
        "The organisation's shares with a migration background (its workforce context, live) next to the labour-market availability for its section × province, or the broader cell used; null when no labour-market table is published.",
    }),
    dataNotice: z.string().nullable().openapi({ description: "Set when the benchmark rests on synthetic demo data." }),
  })
  .openapi("OrganisationBenchmark");

export const GroupAggregateSchema = z
  .object({
    frameworkVersion: z.string(),
    period: z.string(),
    group: PeerGroupSchema,
    measures: z.array(
      z.object({
        measure: z.string(),
        organisations: z
          .number()
          .int()
          .openapi({ description: "Members with a score for it, approximate (rounded as group sizes are)." }),
        ...DistributionFields,
      }),
    ),
    practices: z.array(
      z.object({
        practiceId: PracticeIdSchema,
        phase: PhaseIdSchema,
        adoptionRate: z.number().nullable().openapi({
          description: "Share (%) at maturity 3 or 4: the sum of the level shares 3 and 4.",
        }),
        levelShares: z.record(z.string(), z.number().nullable()).nullable().openapi({
          description:
            "Share (%) of the whole group per answer level (0–4, notApplicableOrUnanswered). Coarse: multiples of a step of at least 2 · 100 / n percentage points taken from 1, 2, 5, 10, 20, 25, 50, rounded together so that they add up to 100 (each is its exact share rounded down or up), so that all of a group's shares together reveal neither its size nor its counts.",
        }),
        suppressed: z.boolean(),
      }),
    ),
    trend: z.array(
      z.object({
        period: z.string(),
        organisations: z.number().int().openapi({ description: "Approximate, rounded as group sizes are." }),
        overallMedian: z.number().nullable(),
      }),
    ),
  })
  .openapi("GroupAggregate");

export const BenchmarkListSchema = z
  .object({
    frameworkVersion: z.string(),
    period: z.string(),
    release: ReleaseReferenceSchema,
    minimumGroupSize: z.number().int(),
    items: z.array(GroupAggregateSchema),
    nextCursor: z
      .string()
      .nullable()
      .openapi({ description: "Pass as `cursor` for the next page of groups; null on the last." }),
    dataNotice: z.string().nullable(),
  })
  .openapi("BenchmarkList");
