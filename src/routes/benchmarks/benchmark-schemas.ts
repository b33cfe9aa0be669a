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
    organisations: z.number().int().openapi({ description: "Rounded to a multiple of 5, as of the release." }),
  })
  .openapi("PeerGroup");

const DistributionFields = {
  p25: z.number().nullable(),
  median: z.number().nullable(),
  p75: z.number().nullable(),
  deciles: z.array(z.number().nullable()).openapi({ description: "p10 … p90, at 1-point resolution." }),
};

export const MeasurePositionSchema = z
  .object({
    measure: z.union([z.literal("overall"), PhaseIdSchema]),
    score: z.number().nullable(),
    band: BandIdSchema.nullable(),
    percentileRank: z
      .number()
      .nullable()
      .openapi({ description: "Share (%) of the peer group scoring below you, half of those level with you counted." }),
    ...DistributionFields,
  })
  .openapi("MeasurePosition");

export const PracticeComparisonSchema = z
  .object({
    practiceId: PracticeIdSchema,
    phase: PhaseIdSchema,
    ownAnswer: MaturitySchema.nullable(),
    peerAdoptionRate: z
      .number()
      .nullable()
      .openapi({ description: "Share (%) of the whole peer group at maturity 3 or 4; null when no group passes k." }),
  })
  .openapi("PracticeComparison");

export const OrganisationBenchmarkSchema = z
  .object({
    organisationId: z.string(),
    assessmentId: z.string(),
    frameworkVersion: z.string(),
    release: ReleaseReferenceSchema,
    peerGroup: PeerGroupSchema.nullable().openapi({ description: "null when no group is large enough to show." }),
    requestedLevel: PeerGroupLevelSchema,
    fallbackReason: z
      .string()
      .nullable()
      .openapi({ description: "Why a broader group than requested is shown, if it is (as of the release)." }),
    minimumGroupSize: z.number().int(),
    measures: z.array(MeasurePositionSchema),
    practices: z.array(PracticeComparisonSchema),
    dataNotice: z.string().nullable().openapi({ description: "Set when the benchmark rests on synthetic demo data." }),
  })
  .openapi("OrganisationBenchmark");

export const GroupAggregateSchema = z
  .object({
    frameworkVersion: z.string(),
    period: z.string(),
    group: PeerGroupSchema,
    measures: z.array(z.object({ measure: z.string(), organisations: z.number().int(), ...DistributionFields })),
    practices: z.array(
      z.object({
        practiceId: PracticeIdSchema,
        phase: PhaseIdSchema,
        adoptionRate: z.number().nullable(),
        levelShares: z.record(z.string(), z.number().nullable()).nullable(),
        suppressed: z.boolean(),
      }),
    ),
    trend: z.array(
      z.object({ period: z.string(), organisations: z.number().int(), overallMedian: z.number().nullable() }),
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
    dataNotice: z.string().nullable(),
  })
  .openapi("BenchmarkList");
