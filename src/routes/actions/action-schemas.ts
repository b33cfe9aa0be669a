import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../app-env.js";
import { PracticeIdSchema } from "../../domain/framework/framework-schema.js";
import { freeText } from "../../domain/free-text.js";
import { ACTION_STATUSES, type ActionEvaluation, evaluateAction } from "../../domain/plan-evaluation.js";
import { ApiError, invalidField } from "../../errors.js";
import type { ActionRecord } from "../../store/actions.js";
import { getAnswers, listAssessments, listSubmittedRounds } from "../../store/assessments.js";
import { latestPublishedVersion } from "../../store/frameworks.js";
import { answersMap } from "../assessments/assessment-view.js";
import type { FrameworkReader } from "../frameworks/framework-reader.js";
import { IsoDateSchema } from "../iso-date.js";
import { OrganisationIdSchema } from "../organisations/organisation-schemas.js";
import { pageSchema } from "../pagination.js";

export const ActionIdSchema = z
  .string()
  .regex(/^act_[a-z2-7]{24}$/, "not an action id")
  .openapi({ example: "act_m4x5c6b7nhpjr2s3k3vq7zq2", description: "Opaque and unguessable." });

export const ActionParamsSchema = z.object({
  organisationId: OrganisationIdSchema.openapi({ param: { name: "organisationId", in: "path" } }),
  actionId: ActionIdSchema.openapi({ param: { name: "actionId", in: "path" } }),
});

const ActionStatusSchema = z.enum(ACTION_STATUSES).openapi("ActionStatus", {
  description:
    "planned or inProgress: open (the practice is marked planned in the recommendations instead of being recommended again); done or dropped: closed.",
});

const fields = {
  practiceId: PracticeIdSchema.openapi({
    description:
      "A practice of the organisation's framework version (that of its latest assessment, else the latest published): any practice, not only a recommended one.",
  }),
  targetLevel: z
    .number()
    .int()
    .min(1)
    .max(4)
    .openapi({ description: "The maturity (1–4) the practice should reach; usually above the current level." }),
  owner: freeText({
    max: 100,
    description:
      "Who carries it out, as a role or a team (e.g. 'HR', 'Team leaders production'): never a person's name.",
  }).openapi({ example: "Team leaders production" }),
  dueDate: IsoDateSchema.openapi({ description: "When it should be done (YYYY-MM-DD)." }),
  status: ActionStatusSchema,
  note: freeText({
    max: 1000,
    multiline: true,
    description: "What is planned, in a few words. No personal data (no names, no figures about a person).",
  }).nullable(),
};

export const CreateActionSchema = z
  .strictObject({ ...fields, status: fields.status.default("planned"), note: fields.note.optional() })
  .openapi("CreateAction");
export const UpdateActionSchema = z
  .strictObject({
    practiceId: fields.practiceId.optional(),
    targetLevel: fields.targetLevel.optional(),
    owner: fields.owner.optional(),
    dueDate: fields.dueDate.optional(),
    status: fields.status.optional(),
    note: fields.note.optional(),
  })
  .openapi("UpdateAction", { description: "Only the fields you send change; a null note clears it." });

const ActionEvaluationSchema = z
  .object({
    assessmentId: z.string(),
    submittedAt: z.string().openapi({ format: "date-time" }),
    value: z.number().int().nullable().openapi({
      description:
        "The practice's maturity in that round; null when not answered, not applicable, or not in its version.",
    }),
    reached: z.boolean().openapi({ description: "The maturity reached the action's targetLevel." }),
  })
  .openapi("ActionEvaluation");

export const ActionSchema = z
  .object({
    actionId: ActionIdSchema,
    organisationId: OrganisationIdSchema,
    practiceId: PracticeIdSchema,
    targetLevel: z.number().int(),
    owner: z.string(),
    dueDate: z.string().openapi({ format: "date" }),
    status: ActionStatusSchema,
    note: z.string().nullable(),
    revision: z.number().int().openapi({ description: 'Counts the changes; the ETag is `"r<revision>"`.' }),
    lastEvaluation: ActionEvaluationSchema.nullable().openapi({
      description:
        "What the organisation's latest submitted round shows for the practice; null before any round is submitted.",
    }),
    createdAt: z.string().openapi({ format: "date-time" }),
    updatedAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("Action");

export const ActionPageSchema = pageSchema(ActionSchema, "ActionPage");

export const actionEtag = (action: ActionRecord) => `"r${action.revision}"`;

export const actionNotFound = (actionId: string) =>
  new ApiError("not-found", { detail: `There is no action ${actionId} that you may see.` });

/** Evaluates actions against the organisation's latest submitted round (one read of its answers). */
export async function actionEvaluator(
  c: Context<AppEnv>,
  organisationId: string,
): Promise<(action: ActionRecord) => ActionEvaluation | null> {
  const db = c.get("deps").storage.db;
  const latest = (await listSubmittedRounds(db, organisationId)).at(-1);
  if (latest === undefined) return () => null;
  const answers = answersMap(await getAnswers(db, latest.assessmentId));
  return (action) => evaluateAction(action, latest, answers.get(action.practiceId));
}

export function actionView(action: ActionRecord, evaluation: ActionEvaluation | null): z.infer<typeof ActionSchema> {
  const { id, ...rest } = action;
  return { actionId: id, ...rest, lastEvaluation: evaluation };
}

/**
 * Refuses a practice that is not in the organisation's framework version: that of its latest
 * assessment (the version it answers), else the latest published one.
 */
export async function checkPracticeExists(
  c: Context<AppEnv>,
  reader: FrameworkReader,
  organisationId: string,
  practiceId: string,
): Promise<void> {
  const db = c.get("deps").storage.db;
  const latest = (await listAssessments(db, organisationId, { limit: 1, after: null })).assessments[0];
  const version = latest?.frameworkVersion ?? (await latestPublishedVersion(db));
  if (version === undefined) {
    throw new ApiError("unprocessable-request", { detail: "No framework version is published yet." });
  }
  const content = await reader.contentOf(c, version);
  if (!content.practices.some((practice) => practice.id === practiceId)) {
    throw invalidField("body", "/practiceId", `${practiceId} is not a practice of framework version ${version}`);
  }
}
