import { z } from "@hono/zod-openapi";
import {
  BandIdSchema,
  PhaseIdSchema,
  PracticeIdSchema,
  SbiSectionSchema,
  SizeClassSchema,
} from "../../domain/framework/framework-schema.js";
import { freeText } from "../../domain/free-text.js";
import { OrganisationIdSchema, ProvinceCodeSchema } from "../organisations/organisation-schemas.js";
import { pageSchema } from "../pagination.js";

export const AssessmentIdSchema = z
  .string()
  .regex(/^asm_[a-z2-7]{24}$/, "not an assessment id")
  .openapi({ example: "asm_b7nhpjr2s3t4v5w6q2m4x5c6" });

export const AssessmentParamsSchema = z.object({
  assessmentId: AssessmentIdSchema.openapi({ param: { name: "assessmentId", in: "path" } }),
});

export const MaturitySchema = z
  .union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal("notApplicable")])
  .openapi("Maturity", {
    description:
      "0 not in place, 1 ad hoc, 2 partly in place, 3 structurally embedded, 4 embedded and evaluated; or notApplicable where the framework allows it (it then leaves the score's denominator).",
  });

export const AnswerInputSchema = z
  .strictObject({
    maturity: MaturitySchema,
    comment: freeText({ min: 0, max: 1000, multiline: true, description: "No personal data." }).nullable().optional(),
  })
  .openapi("AnswerInput");

export const UpdateAnswersSchema = z
  .strictObject({
    answers: z
      .record(PracticeIdSchema, z.union([AnswerInputSchema, z.null()]))
      .openapi({ description: "By practice id; null clears an answer. Practices not named are left as they are." }),
  })
  .openapi("UpdateAnswers");

const CoverageSchema = z.object({ answered: z.number().int(), applicable: z.number().int() });

export const ScoresSchema = z
  .object({
    overall: z.object({
      score: z.number().nullable(),
      band: BandIdSchema.nullable(),
      uncappedBand: BandIdSchema.nullable(),
      cappedBy: PhaseIdSchema.nullable().openapi({ description: "The weak phase that holds the overall band down." }),
      coverage: CoverageSchema,
    }),
    phases: z.array(
      z.object({
        phase: PhaseIdSchema,
        status: z.enum(["scored", "notApplicable"]),
        score: z.number().nullable(),
        band: BandIdSchema.nullable(),
        coverage: CoverageSchema,
        practicesScored: z.number().int().openapi({
          description: "How many practices the phase score rests on (applicable, not notApplicable, not a legal duty).",
        }),
        fewPractices: z.boolean().openapi({
          description: "True when the score rests on fewer than three practices: its band says little on its own.",
        }),
      }),
    ),
  })
  .openapi("Scores");

export const ChangeSincePreviousSchema = z
  .object({
    previousAssessmentId: AssessmentIdSchema,
    previousFrameworkVersion: z.string(),
    previousSubmittedAt: z.string(),
    comparedOn: z.enum(["allPractices", "commonPractices"]),
    commonPractices: z.number().int(),
    overall: z.number().nullable(),
    phases: z.array(
      z.object({
        phase: PhaseIdSchema,
        previous: z.number().nullable(),
        current: z.number().nullable(),
        change: z.number().nullable(),
      }),
    ),
  })
  .openapi("ChangeSincePrevious");

export const AssessmentSchema = z
  .object({
    assessmentId: AssessmentIdSchema,
    organisationId: OrganisationIdSchema,
    frameworkVersion: z.string(),
    status: z.enum(["draft", "submitted"]),
    revision: z.number().int().min(1).openapi({
      description:
        'Counts the changes of answers (1 when started; a PATCH that changes nothing leaves it). The ETag is `"r<revision>"`: send that as If-Match when you change answers.',
      example: 3,
    }),
    context: z.object({
      sizeClass: SizeClassSchema,
      sbiSection: SbiSectionSchema,
      region: ProvinceCodeSchema,
      hasHrDepartment: z.boolean(),
    }),
    progress: z.object({
      answered: z.number().int(),
      applicable: z.number().int(),
      missing: z.array(PracticeIdSchema).openapi({ description: "Applicable practices without an answer yet." }),
    }),
    answers: z.array(
      z.object({
        practiceId: PracticeIdSchema,
        phase: PhaseIdSchema,
        maturity: MaturitySchema,
        comment: z.string().nullable(),
        updatedAt: z.string(),
      }),
    ),
    scores: z.union([ScoresSchema, z.null()]).openapi({ description: "Once submitted." }),
    changeSincePrevious: z.union([ChangeSincePreviousSchema, z.null()]).openapi({
      description:
        "Against the organisation's previous submitted round; on the practices both versions share when they differ.",
    }),
    createdAt: z.string(),
    updatedAt: z.string(),
    submittedAt: z.string().nullable(),
  })
  .openapi("Assessment");

export const AssessmentSummarySchema = z
  .object({
    assessmentId: AssessmentIdSchema,
    frameworkVersion: z.string(),
    status: z.enum(["draft", "submitted"]),
    overallScore: z.number().nullable(),
    overallBand: BandIdSchema.nullable(),
    createdAt: z.string(),
    submittedAt: z.string().nullable(),
  })
  .openapi("AssessmentSummary");

export const AssessmentPageSchema = pageSchema(AssessmentSummarySchema, "AssessmentPage");
