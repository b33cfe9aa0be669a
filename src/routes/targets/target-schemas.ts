import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../app-env.js";
import { freeText } from "../../domain/free-text.js";
import { evaluateTarget, TARGET_MEASURES, type TargetEvaluation } from "../../domain/plan-evaluation.js";
import { sharesDescribingTooFewPeople } from "../../domain/workforce-minimum-people.js";
import { ApiError, invalidField, validationFailed } from "../../errors.js";
import { listSubmittedRounds, type SubmittedRound } from "../../store/assessments.js";
import type { Organisation } from "../../store/organisations.js";
import type { TargetFields, TargetRecord } from "../../store/targets.js";
import { EMPTY_WORKFORCE, getWorkforce } from "../../store/workforce.js";
import { IsoDateSchema } from "../iso-date.js";
import { OrganisationIdSchema } from "../organisations/organisation-schemas.js";
import { pageSchema } from "../pagination.js";

export const TargetIdSchema = z
  .string()
  .regex(/^tgt_[a-z2-7]{24}$/, "not a target id")
  .openapi({ example: "tgt_x5c6b7nhpjr2s3k3vq7zq2m4", description: "Opaque and unguessable." });

export const TargetParamsSchema = z.object({
  organisationId: OrganisationIdSchema.openapi({ param: { name: "organisationId", in: "path" } }),
  targetId: TargetIdSchema.openapi({ param: { name: "targetId", in: "path" } }),
});

const TargetMeasureSchema = z.enum(TARGET_MEASURES).openapi("TargetMeasure", {
  description:
    "The workforce share (see the workforce context) the target is about: the shares each submitted round freezes, so every round can evaluate it.",
});

const percentage = (description: string) => z.number().min(0).max(100).openapi({ description });

const fields = {
  measure: TargetMeasureSchema,
  baselineValue: percentage("Where the share stood at the baseline date (0–100)."),
  baselineDate: IsoDateSchema.openapi({ description: "The date of the baseline (YYYY-MM-DD)." }),
  targetValue: percentage(
    "The share to reach by the target date (0–100); below the baseline for a share to bring down.",
  ),
  targetDate: IsoDateSchema.openapi({
    description: "When the target should be reached (YYYY-MM-DD), after the baseline date.",
  }),
  note: freeText({
    max: 1000,
    multiline: true,
    description: "Why this target, in a few words. No personal data.",
  }).nullable(),
};

export const CreateTargetSchema = z.strictObject({ ...fields, note: fields.note.optional() }).openapi("CreateTarget");
export const UpdateTargetSchema = z
  .strictObject({
    measure: fields.measure.optional(),
    baselineValue: fields.baselineValue.optional(),
    baselineDate: fields.baselineDate.optional(),
    targetValue: fields.targetValue.optional(),
    targetDate: fields.targetDate.optional(),
    note: fields.note.optional(),
  })
  .openapi("UpdateTarget", { description: "Only the fields you send change; a null note clears it." });

const TargetEvaluationSchema = z
  .object({
    assessmentId: z.string(),
    submittedAt: z.string().openapi({ format: "date-time" }),
    value: z.number().nullable().openapi({ description: "The share frozen with that round; null when it had none." }),
    expectedValue: z.number().openapi({
      description: "Where the straight line from baseline to target stands at the round's submission date.",
    }),
    progress: z.enum(["onTrack", "behind", "noData"]).openapi({
      description:
        "onTrack: the share is at least as far along the line as the date asks (in the target's direction); behind: it is not; noData: the round has no figure for this share.",
    }),
  })
  .openapi("TargetEvaluation");

export const TargetSchema = z
  .object({
    targetId: TargetIdSchema,
    organisationId: OrganisationIdSchema,
    measure: TargetMeasureSchema,
    baselineValue: z.number(),
    baselineDate: z.string().openapi({ format: "date" }),
    targetValue: z.number(),
    targetDate: z.string().openapi({ format: "date" }),
    note: z.string().nullable(),
    revision: z.number().int().openapi({ description: 'Counts the changes; the ETag is `"r<revision>"`.' }),
    lastEvaluation: TargetEvaluationSchema.nullable().openapi({
      description: "What the organisation's latest submitted round shows; null before any round is submitted.",
    }),
    createdAt: z.string().openapi({ format: "date-time" }),
    updatedAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("Target");

export const TargetPageSchema = pageSchema(TargetSchema, "TargetPage");

export const targetEtag = (target: TargetRecord) => `"r${target.revision}"`;

export const targetNotFound = (targetId: string) =>
  new ApiError("not-found", { detail: `There is no target ${targetId} that you may see.` });

/** The round's figure for a target, as frozen at submission (null: the round has none). */
export function measuredIn(round: SubmittedRound, measure: TargetRecord["measure"]): number | null {
  const value = round.workforce?.[measure];
  return typeof value === "number" ? value : null;
}

/** Evaluates targets against the organisation's latest submitted round. */
export async function targetEvaluator(
  c: Context<AppEnv>,
  organisationId: string,
): Promise<(target: TargetRecord) => TargetEvaluation | null> {
  const latest = (await listSubmittedRounds(c.get("deps").storage.db, organisationId)).at(-1);
  if (latest === undefined) return () => null;
  return (target) => evaluateTarget(target, latest, measuredIn(latest, target.measure));
}

export function targetView(target: TargetRecord, evaluation: TargetEvaluation | null): z.infer<typeof TargetSchema> {
  const { id, ...rest } = target;
  return { targetId: id, ...rest, lastEvaluation: evaluation };
}

/**
 * A target is refused where the workforce context would refuse its share: a share describing fewer
 * than WORKFORCE_MIN_PEOPLE people (the management share with too few managers, any share of a small
 * workforce) is a statement about those people. Checked against the organisation's headcount and the
 * group sizes (managerCount, hiresCount, migrationBackgroundShare) in its workforce context now.
 */
export async function checkTarget(c: Context<AppEnv>, organisation: Organisation, fields: TargetFields): Promise<void> {
  if (fields.targetDate <= fields.baselineDate) {
    throw invalidField("body", "/targetDate", `must be after the baseline date (${fields.baselineDate})`);
  }
  const deps = c.get("deps");
  const workforce = (await getWorkforce(deps.storage.db, organisation.id)) ?? EMPTY_WORKFORCE;
  const learning =
    fields.measure === "learningParticipationWithMigrationBackground" ||
    fields.measure === "learningParticipationWithoutMigrationBackground";
  const figures = {
    ...EMPTY_WORKFORCE,
    managerCount: workforce.managerCount,
    hiresCount: workforce.hiresCount,
    migrationBackgroundShare: learning ? workforce.migrationBackgroundShare : null,
    ...(learning
      ? {
          learningParticipationWithMigrationBackground: fields.targetValue,
          learningParticipationWithoutMigrationBackground: fields.targetValue,
        }
      : {}),
    [fields.measure]: fields.targetValue,
  };
  const refused = sharesDescribingTooFewPeople(figures, organisation.headcount, deps.settings.workforce.minPeople);
  if (refused.length > 0) {
    throw validationFailed(
      refused.map((refusal) => ({
        in: "body",
        pointer: "/measure",
        message: `The workforce context would refuse ${refusal.field} here, so no target can measure it: ${refusal.message}`,
      })),
    );
  }
}
