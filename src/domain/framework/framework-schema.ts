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

/**
 * What kind of work a source is, so the grading rubric (docs/evidence.md) can be checked: only
 * meta-analyses, experiments, evaluations and studies can show an outcome; guidance, laws and reports
 * (policy documents, project descriptions) can only motivate a practice.
 */
export const SOURCE_KINDS = [
  "meta-analysis",
  "experiment",
  "evaluation",
  "study",
  "guidance",
  "law",
  "report",
] as const;
export const SourceKindSchema = z.enum(SOURCE_KINDS).openapi("SourceKind", {
  description:
    "meta-analysis (incl. systematic review), experiment (randomised or field experiment), evaluation (of a practice or programme, with an outcome), study (other empirical research), guidance (recommendations of an authoritative body), law, report (policy document or project description without an evaluation).",
});
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const SourceSchema = z
  .strictObject({
    id: SourceIdSchema,
    authors: text(400),
    year: z.number().int().min(1900).max(2100).nullable(),
    title: text(400),
    outlet: text(400)
      .nullable()
      .openapi({ description: "Journal with volume and pages, or the series it appeared in." }),
    url: z.url().nullable(),
    seed: z
      .string()
      .regex(/^\d{3}_[0-9a-f]{16}\.txt$/)
      .nullable()
      .optional()
      .openapi({
        description: "Only in versions before 2026.2: the file name of the source in the project's seed set.",
        example: null,
      }),
    note: text(600).nullable().optional().openapi({
      description: "Only in versions before 2026.2: what was and was not checked of this source.",
    }),
    kind: SourceKindSchema.optional().openapi({ description: "Required from version 2026.2." }),
    publisher: text(400).nullable().optional().openapi({
      description:
        "Who published it (a publisher, institute, ministry or legislature). Required from 2026.2 when there is no outlet.",
    }),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, "must be a DOI such as 10.1037/0033-2909.124.2.262")
      .nullable()
      .optional()
      .openapi({ description: "The DOI where one exists (from 2026.2).", example: "10.1037/0033-2909.124.2.262" }),
  })
  .openapi("Source");
export type Source = z.infer<typeof SourceSchema>;

/** The law that makes a practice a legal duty: shown as "required by law", not as an evidence level. */
export const LegalBasisSchema = z
  .strictObject({
    law: text(200).openapi({ example: "Algemene wet gelijke behandeling (AWGB)" }),
    article: text(200).openapi({ example: "art. 1a en art. 5 lid 1" }),
    summary: LocalizedTextSchema.openapi({ description: "What the law requires of the employer, in plain words." }),
  })
  .openapi("LegalBasis");
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

/** Lawful ways to learn about migration background without holding it per person (docs/measurement.md). */
export const LAWFUL_ROUTES = ["anonymousSurvey", "cbsBarometer", "uavgArticle25", "aggregateHrData"] as const;
export const LawfulRouteSchema = z.enum(LAWFUL_ROUTES).openapi("LawfulRoute");

export const MeasurementSchema = z
  .strictObject({
    specialCategoryData: z.boolean().openapi({
      description:
        "True when doing the practice needs migration background linked to individuals: data revealing ethnic origin (AVG art. 9).",
    }),
    lawfulRoutes: z.array(LawfulRouteSchema).max(LAWFUL_ROUTES.length),
    guide: z
      .string()
      .regex(/^docs\/measurement\.md(#[a-z0-9-]+)?$/, "must point into docs/measurement.md")
      .openapi({ example: "docs/measurement.md#anonymous-survey" }),
  })
  .openapi("Measurement", { description: "What the practice needs to measure, and the lawful route for it." });
export type Measurement = z.infer<typeof MeasurementSchema>;

export const RELATION_KINDS = ["reinforces", "compensates", "interferesWith"] as const;
export const RelationKindSchema = z.enum(RELATION_KINDS).openapi("RelationKind");

/** Why two practices are linked: each relation carries its own source, and says when it is reasoned by analogy. */
export const RelationNoteSchema = z
  .strictObject({
    kind: RelationKindSchema,
    practice: PracticeIdSchema,
    sources: z.array(SourceIdSchema).min(1).max(6),
    byAnalogy: z.boolean().openapi({
      description:
        "True when the source shows the mechanism elsewhere (e.g. in learning) and it is applied here by reasoning.",
    }),
    explanation: LocalizedTextSchema,
  })
  .openapi("RelationNote");
export type RelationNote = z.infer<typeof RelationNoteSchema>;

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
      evaluatedBy: z.array(SourceIdSchema).max(12).optional().openapi({
        description:
          "The cited sources that evaluate this practice (or its mechanism) on an outcome; empty when none was found. Required from 2026.2.",
      }),
      justification: LocalizedTextSchema.optional().openapi({
        description: "Why this grade under the rubric (docs/evidence.md), in one line. Required from 2026.2.",
      }),
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
    relationNotes: z.array(RelationNoteSchema).max(60).optional().openapi({
      description: "One per relation above: its source and whether it is by analogy. Required from 2026.2.",
    }),
    legalBasis: LegalBasisSchema.nullable().optional().openapi({
      description: "Set when the practice is a legal duty; null when it is not. Required (possibly null) from 2026.2.",
    }),
    measurement: MeasurementSchema.nullable().optional().openapi({
      description: "Set when the practice measures by migration background; null otherwise. Required from 2026.2.",
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

/**
 * One entry in a version's list of changes against its predecessor (from 2026.3): which text changed
 * and why. The framework data carries it so the change list is published with the version itself.
 */
export const ChangeLogEntrySchema = z
  .strictObject({
    practice: PracticeIdSchema.nullable().openapi({
      description: "The practice changed; null for the version's own parts.",
    }),
    field: z
      .string()
      .regex(/^[a-zA-Z]+(?:\/[a-zA-Z0-9]+)*$/, "must be a path such as evidence/summary")
      .max(120)
      .openapi({
        description: "Where in the practice (or the version): a path without the language.",
        example: "question",
      }),
    note: LocalizedTextSchema.openapi({ description: "What changed and why." }),
  })
  .openapi("FrameworkChangeLogEntry");
export type ChangeLogEntry = z.infer<typeof ChangeLogEntrySchema>;

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
    changeLog: z.array(ChangeLogEntrySchema).max(1000).optional().openapi({
      description: "From 2026.3: every text changed against the predecessor, and why (docs/evidence.md).",
    }),
  })
  .openapi("FrameworkContent");
export type FrameworkContent = z.infer<typeof FrameworkContentSchema>;
