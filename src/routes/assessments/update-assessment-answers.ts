import { ApiError } from "../../errors.js";
import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { assessmentWriteConflict, getAnswers, getAssessment, saveAnswers } from "../../store/assessments.js";
import type { FrameworkReader } from "../frameworks/framework-reader.js";
import { answerChangesFrom, checkAnswerChanges } from "./answer-checks.js";
import { AssessmentParamsSchema, AssessmentSchema, UpdateAnswersSchema } from "./assessment-schemas.js";
import { assessmentEtag, assessmentView, findVisibleAssessment } from "./assessment-view.js";

export const updateAssessmentAnswersRoute = defineRoute({
  method: "patch",
  path: "/assessments/{assessmentId}",
  operationId: "updateAssessmentAnswers",
  readsHeaders: ["If-Match"],
  writesHeaders: ["ETag"],
  tags: ["Assessments"],
  summary: "Set or clear answers of a draft assessment (partial)",
  description:
    'Every change of answers raises `revision` by one; the ETag is `"r<revision>"`. Send `If-Match` with the ETag you read to be sure no one changed the assessment since (412 if someone did). A PATCH that changes nothing (every answer already as sent) leaves the revision and ETag as they are. A submitted assessment is immutable (409): start a new round.',
  access: { roles: ["admin", "employer", "integration"], scope: "assessments:write", othersSeeNotFound: true },
  request: {
    params: AssessmentParamsSchema,
    body: {
      required: true,
      content: {
        "application/merge-patch+json": { schema: UpdateAnswersSchema },
        "application/json": { schema: UpdateAnswersSchema },
      },
    },
  },
  responses: {
    200: {
      description: "The assessment as it is now, with its new ETag.",
      content: { "application/json": { schema: AssessmentSchema } },
    },
    409: problemResponse("The assessment is submitted, or changed concurrently (retry after reading it again)."),
    412: problemResponse("If-Match does not match: someone changed the assessment since you read it."),
  },
});

export function registerUpdateAssessmentAnswers(router: ApiRouter, reader: FrameworkReader): void {
  router.openapi(updateAssessmentAnswersRoute, async (c) => {
    const assessment = await findVisibleAssessment(c, c.req.valid("param").assessmentId);
    if (assessment.status === "submitted") {
      throw new ApiError("conflict", {
        detail: "A submitted assessment is immutable: start a new round to answer again.",
      });
    }
    const ifMatch = c.req.header("If-Match");
    if (
      ifMatch !== undefined &&
      ifMatch.trim() !== "*" &&
      ifMatch.split(",").every((tag) => tag.trim() !== assessmentEtag(assessment))
    ) {
      throw new ApiError("precondition-failed", {
        detail: `The assessment is at ${assessmentEtag(assessment)}, not ${ifMatch}: read it again, then retry.`,
      });
    }
    const content = await reader.contentOf(c, assessment.frameworkVersion);
    const changes = answerChangesFrom(c.req.valid("json").answers);
    checkAnswerChanges(content, assessment, changes);

    const deps = c.get("deps");
    // A PATCH that changes nothing (every answer already as sent) is no change: the revision, and so
    // the ETag, stay as they are, and nothing is written or audited.
    const stored = new Map(
      (await getAnswers(deps.storage.db, assessment.id)).map((answer) => [answer.practiceId, answer]),
    );
    const changesSomething = changes.some((change) => {
      const current = stored.get(change.practiceId);
      if (change.answer === null) return current !== undefined;
      return current === undefined || current.answer !== change.answer || current.comment !== change.comment;
    });
    if (!changesSomething) {
      c.header("ETag", assessmentEtag(assessment));
      return c.json(await assessmentView(c, reader, assessment), 200);
    }
    try {
      await saveAnswers(deps.storage, assessment.id, assessment.revision, changes, deps.clock.now(), [
        auditEvent(c, "assessment", assessment.id, "update-answers"),
      ]);
    } catch (error) {
      const conflict = assessmentWriteConflict(error);
      if (conflict === null) throw error;
      if (conflict === "stale" && ifMatch !== undefined) {
        throw new ApiError("precondition-failed", {
          detail: "Someone changed the assessment since you read it: read it again, then retry.",
        });
      }
      throw new ApiError("conflict", {
        detail:
          conflict === "submitted"
            ? "The assessment was submitted meanwhile: it is immutable now."
            : "The assessment changed while you wrote: read it again, then retry.",
      });
    }
    const updated = await getAssessment(deps.storage.db, assessment.id);
    if (updated === undefined) throw new Error(`assessment ${assessment.id} vanished while it was updated`);
    c.header("ETag", assessmentEtag(updated));
    return c.json(await assessmentView(c, reader, updated), 200);
  });
}
