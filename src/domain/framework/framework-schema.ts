import { z } from "@hono/zod-openapi";
import { freeText } from "../free-text.js";

/**
 * The practice framework (menukaart) as data. One schema is the type, the validation of content
 * files and drafts, and the OpenAPI description. A published version's content never changes.
 */

export const PHASES = [
  "werving_selectie",
  "kennismaking_onboarding",
  "doorstroom",
  "behoud_inclusie",
  "leren_ontwikkelen",
  "stages_eerste_baan",
  "leerwerktrajecten",
  "monitoring_doelen",
  "arbeidsmigranten",
] as const;
export const PhaseIdSchema = z.enum(PHASES).openapi("PhaseId");
export type PhaseId = z.infer<typeof PhaseIdSchema>;

/** Strongest first (DOMAIN.md). */
export const EVIDENCE_LEVELS = ["strong", "moderate", "promising", "contested", "unverified"] as const;
export const EvidenceLevelSchema = z.enum(EVIDENCE_LEVELS).openapi("EvidenceLevel");
export type EvidenceLevel = z.infer<typeof EvidenceLevelSchema>;

export const GOALS = ["instroom", "doorstroom", "behoud", "leren"] as const;
export const GoalSchema = z.enum(GOALS).openapi("Goal");
export type Goal = z.infer<typeof GoalSchema>;

/** Size classes by headcount: micro 1–9, small 10–49, medium 50–249, large 250+. */
export const SIZE_CLASSES = ["micro", "small", "medium", "large"] as const;
export const SizeClassSchema = z.enum(SIZE_CLASSES).openapi("SizeClass");
export type SizeClass = z.infer<typeof SizeClassSchema>;

/** SBI 2008 sections. */
export const SBI_SECTIONS = [
  "A",
  "B",
  "C",
  "D",
  "E",
  "F",
  "G",
  "H",
  "I",
  "J",
  "K",
  "L",
  "M",
  "N",
  "O",
  "P",
  "Q",
  "R",
  "S",
  "T",
  "U",
] as const;
export const SbiSectionSchema = z.enum(SBI_SECTIONS).openapi("SbiSection");
export type SbiSection = z.infer<typeof SbiSectionSchema>;

export const EFFORT_LEVELS = ["low", "medium", "high"] as const;
export const EffortLevelSchema = z.enum(EFFORT_LEVELS).openapi("EffortLevel");

/** Workforce situations that make a practice more urgent (used by recommendations). */
export const FOCUS_GROUPS = [
  "learning_gap",
  "vulnerable_profile",
  "statushouders",
  "labour_migrants",
  "interns",
] as const;
export const FocusGroupSchema = z.enum(FOCUS_GROUPS).openapi("FocusGroup");

const text = (max: number) => freeText({ max, multiline: true });

export const LocalizedTextSchema = z
  .strictObject({ nl: text(2000), en: text(2000) })
  .openapi("LocalizedText", { description: "The same text in Dutch and English." });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

const SLUG = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
export const PracticeIdSchema = z
  .string()
  .regex(SLUG, "must be lower_snake_case")
  .max(64)
  .openapi({ description: "Stable across framework versions.", example: "structured_interviews" });
export const SourceIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/, "must be lower-case letters, digits, - or _")
  .max(64)
  .openapi({ example: "levashina-2014" });

export const SourceSchema = z
  .strictObject({
    id: SourceIdSchema,
    authors: text(400),
    year: z.number().int().min(1900).max(2100).nullable(),
    title: text(400),
    outlet: text(400).nullable(),
    url: z.url().nullable(),
    seed: z
      .string()
      .regex(/^\d{3}_[0-9a-f]{16}\.txt$/)
      .nullable()
      .openapi({ description: "File name of the source document in the project's seed set, when it is one." }),
    note: freeText({
      max: 600,
      multiline: true,
      description: "What was and was not checked of this source.",
    }).nullable(),
  })
  .openapi("Source");
export type Source = z.infer<typeof SourceSchema>;

export const PracticeSchema = z
  .strictObject({
    id: PracticeIdSchema,
    phase: PhaseIdSchema,
    name: LocalizedTextSchema,
    inPlace: LocalizedTextSchema.openapi({ description: 'What "in place" means: the practice at maturity 3.' }),
    question: LocalizedTextSchema.openapi({ description: "The question the employer answers on the 0–4 scale." }),
    evidence: z.strictObject({
      level: EvidenceLevelSchema,
      summary: LocalizedTextSchema.openapi({ description: "What the evidence says, in our own words." }),
      sources: z.array(SourceIdSchema).max(12),
    }),
    effort: z.strictObject({
      level: EffortLevelSchema,
      description: LocalizedTextSchema.openapi({ description: "What it takes: time, money, people." }),
    }),
    goals: z.array(GoalSchema).min(1),
    focusGroups: z.array(FocusGroupSchema),
    fit: z.strictObject({
      sizeClasses: z.array(SizeClassSchema).min(1).openapi({
        description: "Organisations of these sizes are asked this practice; for others it does not apply.",
      }),
      needsHrDepartment: z.boolean(),
      sectors: z.array(SbiSectionSchema).openapi({ description: "Where it is sector-specific; empty: every sector." }),
    }),
    applicability: z.strictObject({
      requiredFor: z.array(SizeClassSchema).openapi({
        description: "Size classes for which `notApplicable` is refused: the practice applies to every such employer.",
      }),
      notApplicableWhen: LocalizedTextSchema.nullable().openapi({
        description: "When an employer may answer `notApplicable` (e.g. it takes no interns); null: never.",
      }),
    }),
    relations: z.strictObject({
      reinforces: z.array(PracticeIdSchema),
      compensates: z.array(PracticeIdSchema),
      interferesWith: z
        .array(PracticeIdSchema)
        .openapi({ description: "Practices whose benefit this one undoes when it is missing: fix this one first." }),
    }),
  })
  .openapi("Practice");
export type Practice = z.infer<typeof PracticeSchema>;

export const PhaseSchema = z
  .strictObject({ id: PhaseIdSchema, name: LocalizedTextSchema, description: LocalizedTextSchema })
  .openapi("Phase");

export const MaturityLevelSchema = z
  .strictObject({ level: z.number().int().min(0).max(4), label: LocalizedTextSchema, description: LocalizedTextSchema })
  .openapi("MaturityLevel");

export const BANDS = ["beginnend", "ontwikkelend", "gevorderd", "voorhoede"] as const;
export const BandIdSchema = z.enum(BANDS).openapi("BandId");

export const ScoringSchema = z
  .strictObject({
    evidenceWeights: z.strictObject({
      strong: z.number().positive(),
      moderate: z.number().positive(),
      promising: z.number().positive(),
      contested: z.number().positive(),
      unverified: z.number().positive(),
    }),
    bands: z
      .array(z.strictObject({ id: BandIdSchema, minScore: z.number().min(0).max(100), label: LocalizedTextSchema }))
      .length(4),
  })
  .openapi("Scoring", { description: "Part of the version: a published version scores the same forever." });

/** A framework version label: year and number, e.g. 2026.1 (at most four digits after the dot). */
export const FrameworkVersionLabelSchema = z
  .string()
  .regex(/^\d{4}\.\d{1,4}$/, "must be a version such as 2026.1")
  .openapi({ example: "2026.1" });

export const FrameworkContentSchema = z
  .strictObject({
    version: FrameworkVersionLabelSchema,
    title: LocalizedTextSchema,
    predecessor: FrameworkVersionLabelSchema.nullable(),
    phases: z.array(PhaseSchema).length(PHASES.length),
    maturityScale: z.array(MaturityLevelSchema).length(5),
    scoring: ScoringSchema,
    sources: z.array(SourceSchema).min(1),
    practices: z.array(PracticeSchema).min(1).max(500),
  })
  .openapi("FrameworkContent");
export type FrameworkContent = z.infer<typeof FrameworkContentSchema>;
