import { z } from "@hono/zod-openapi";
import {
  BandIdSchema,
  EffortLevelSchema,
  EvidenceLevelSchema,
  FocusGroupSchema,
  FrameworkVersionLabelSchema,
  GoalSchema,
  LawfulRouteSchema,
  PhaseIdSchema,
  PracticeIdSchema,
  RelationKindSchema,
  SbiSectionSchema,
  ScoringSchema,
  SizeClassSchema,
  SourceSchema,
} from "../../domain/framework/framework-schema.js";

/** Response schemas of the framework endpoints: texts in the negotiated language (Content-Language). */

export const FrameworkVersionParamSchema = z
  .string()
  .regex(/^(\d{4}\.\d{1,4}|latest)$/, "must be a version such as 2026.1, or latest")
  .openapi({
    param: { name: "version", in: "path" },
    example: "2026.1",
    description: "A version, or `latest` for the newest published one.",
  });

export const FrameworkParamsSchema = z.object({ version: FrameworkVersionParamSchema });

/** A version named exactly (no `latest`): for the operations that change one. */
export const ExactFrameworkParamsSchema = z.object({
  version: FrameworkVersionLabelSchema.openapi({ param: { name: "version", in: "path" }, example: "2026.2" }),
});

export const LanguageQuerySchema = z.object({
  lang: z.enum(["nl", "en"]).optional().openapi({ description: "Overrides Accept-Language. Default: nl." }),
});

const ChangesSchema = z
  .object({
    added: z.array(PracticeIdSchema),
    changed: z.array(PracticeIdSchema),
    removed: z.array(PracticeIdSchema),
  })
  .openapi("PracticeChanges", {
    description: "Relative to the predecessor; scores compare across versions on the common practices.",
  });

export const FrameworkVersionSummarySchema = z
  .object({
    version: z.string().openapi({ example: "2026.1" }),
    status: z.enum(["draft", "published", "retired"]),
    title: z.string(),
    predecessor: z.string().nullable(),
    practiceCount: z.number().int(),
    changes: ChangesSchema,
    createdAt: z.string().openapi({ format: "date-time" }),
    publishedAt: z.string().nullable().openapi({ format: "date-time" }),
    retiredAt: z.string().nullable().openapi({ format: "date-time" }),
  })
  .openapi("FrameworkVersionSummary");

export const LocalizedPracticeSchema = z
  .object({
    practiceId: PracticeIdSchema,
    phase: PhaseIdSchema,
    name: z.string(),
    inPlace: z.string().openapi({ description: 'What "in place" means (maturity 3).' }),
    question: z.string().openapi({ description: "The question the employer answers on the 0–4 scale." }),
    evidence: z.object({
      level: EvidenceLevelSchema,
      summary: z.string(),
      sources: z.array(z.string()).openapi({ description: "Ids in the version's `sources`." }),
      evaluatedBy: z.array(z.string()).optional().openapi({
        description: "From 2026.2: the cited sources that evaluate the practice on an outcome (empty: none found).",
      }),
      justification: z
        .string()
        .optional()
        .openapi({ description: "From 2026.2: why this grade under the rubric (docs/evidence.md)." }),
    }),
    effort: z.object({ level: EffortLevelSchema, description: z.string() }),
    goals: z.array(GoalSchema),
    focusGroups: z.array(FocusGroupSchema),
    fit: z.object({
      sizeClasses: z.array(SizeClassSchema),
      needsHrDepartment: z.boolean(),
      sectors: z.array(SbiSectionSchema),
    }),
    applicability: z.object({
      requiredFor: z.array(SizeClassSchema),
      notApplicableWhen: z.string().nullable(),
    }),
    relations: z.object({
      reinforces: z.array(PracticeIdSchema),
      compensates: z.array(PracticeIdSchema),
      interferesWith: z.array(PracticeIdSchema),
    }),
    relationNotes: z
      .array(
        z.object({
          kind: RelationKindSchema,
          practice: PracticeIdSchema,
          sources: z.array(z.string()),
          byAnalogy: z.boolean(),
          explanation: z.string(),
        }),
      )
      .optional()
      .openapi({ description: "From 2026.2: each relation's source, and whether it is reasoned by analogy." }),
    legalBasis: z
      .object({ law: z.string(), article: z.string(), summary: z.string() })
      .nullable()
      .optional()
      .openapi({ description: "From 2026.2: the law that makes this practice a legal duty; null when none does." }),
    measurement: z
      .object({
        specialCategoryData: z.boolean(),
        lawfulRoutes: z.array(LawfulRouteSchema),
        guide: z.string(),
      })
      .nullable()
      .optional()
      .openapi({ description: "From 2026.2: what it needs to measure by migration background, and the lawful route." }),
  })
  .openapi("LocalizedPractice");

export const PracticeWithSourcesSchema = LocalizedPracticeSchema.extend({
  framework: z.object({ version: z.string(), status: z.enum(["draft", "published", "retired"]) }),
  sourceDetails: z.array(SourceSchema).openapi({ description: "The cited sources in full." }),
}).openapi("PracticeWithSources");

export const FrameworkSchema = FrameworkVersionSummarySchema.extend({
  phases: z.array(z.object({ phaseId: PhaseIdSchema, name: z.string(), description: z.string() })),
  maturityScale: z.array(z.object({ level: z.number().int(), label: z.string(), description: z.string() })),
  scoring: z.object({
    evidenceWeights: ScoringSchema.shape.evidenceWeights,
    bands: z.array(z.object({ bandId: BandIdSchema, minScore: z.number(), label: z.string() })),
  }),
  sources: z.array(SourceSchema),
  practices: z.array(LocalizedPracticeSchema),
  changeLog: z
    .array(z.object({ practiceId: PracticeIdSchema.nullable(), field: z.string(), note: z.string() }))
    .optional()
    .openapi({ description: "From 2026.3: every text changed against the predecessor, and why." }),
}).openapi("Framework");

export const PracticeListSchema = z
  .object({ version: z.string(), items: z.array(LocalizedPracticeSchema) })
  .openapi("PracticeList");

export const PracticeFilterSchema = LanguageQuerySchema.extend({
  phase: PhaseIdSchema.optional(),
  evidenceLevel: EvidenceLevelSchema.optional(),
  sizeClass: SizeClassSchema.optional().openapi({ description: "Practices that apply to organisations of this size." }),
  goal: GoalSchema.optional(),
});

export const CSV_MEDIA_TYPE = "text/csv";
export const csvContent = {
  [CSV_MEDIA_TYPE]: {
    schema: z.string().openapi({ description: "One row per practice, UTF-8 with BOM, header row." }),
  },
};
