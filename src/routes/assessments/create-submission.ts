import { contributionAnswers } from "../../domain/benchmark/contribution-fold.js";
import { contributionHash } from "../../domain/benchmark/contribution-hash.js";
import { applicablePractices, scoreAssessment } from "../../domain/scoring.js";
import { ApiError } from "../../errors.js";
import { auditEvent } from "../../http/audit-trail.js";
import { jsonPointer } from "../../http/validation-hook.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import {
  type AssessmentRecord,
  assessmentWriteConflict,
  getAnswers,
  submitAssessment,
} from "../../store/assessments.js";
import { contributionWrites } from "../../store/benchmarks.js";
import { workforceSnapshot } from "../../store/workforce.js";
import { assessmentSubmittedEvent } from "../../webhooks/webhook-event-statements.js";
import type { FrameworkReader } from "../frameworks/framework-reader.js";
import { AssessmentParamsSchema, AssessmentSchema } from "./assessment-schemas.js";
import { answersMap, assessmentEtag, assessmentView, findVisibleAssessment } from "./assessment-view.js";

export const createSubmissionRoute = defineRoute({
  method: "post",
  path: "/assessments/{assessmentId}/submission",
  operationId: "submitAssessment",
  writesHeaders: ["Location", "ETag"],
  tags: ["Assessments"],
  summary: "Submit an assessment: it is scored and becomes immutable",
  description:
    "Checks completeness (every applicable practice answered, or the configured minimum share; the missing ones are listed in the 422), computes the scores per phase and overall, and stores them with the assessment in one atomic write. An organisation's benchmark contribution is its latest submitted assessment per framework version.",
  access: { roles: ["admin", "employer", "integration"], scope: "assessments:write", othersSeeNotFound: true },
  request: { params: AssessmentParamsSchema },
  responses: {
    201: { description: "Submitted, with its scores.", content: { "application/json": { schema: AssessmentSchema } } },
    409: problemResponse("Already submitted, or changed while submitting."),
    422: problemResponse("Not complete enough: `errors` lists the practices still to answer."),
  },
});

export function registerCreateSubmission(router: ApiRouter, reader: FrameworkReader): void {
  router.openapi(createSubmissionRoute, async (c) => {
    const assessment = await findVisibleAssessment(c, c.req.valid("param").assessmentId);
    if (assessment.status === "submitted") {
      throw new ApiError("conflict", {
        detail: "The assessment is submitted already; start a new round to answer again.",
      });
    }
    const deps = c.get("deps");
    const content = await reader.contentOf(c, assessment.frameworkVersion);
    // Read once: scored, frozen into the contribution and shown in the response (a submission changes no answer).
    const storedAnswers = await getAnswers(deps.storage.db, assessment.id);
    const answers = answersMap(storedAnswers);
    const applicable = applicablePractices(content, assessment.context);
    const missing = applicable.filter((practice) => !answers.has(practice.id));
    const minimum = deps.settings.assessments.minimumCoverage;
    const coverage = applicable.length === 0 ? 100 : (100 * (applicable.length - missing.length)) / applicable.length;
    if (coverage < minimum) {
      throw new ApiError("unprocessable-request", {
        detail: `${missing.length} of ${applicable.length} applicable practices are not answered; at least ${minimum}% must be before submitting.`,
        errors: missing.map((practice) => ({
          in: "body" as const,
          pointer: jsonPointer(["answers", practice.id]),
          message: "Not answered yet",
        })),
      });
    }
    const scores = scoreAssessment(content, assessment.context, answers);
    const now = deps.clock.now();
    // The organisation's benchmark contribution changes in the same atomic write as the assessment.
    const contributionRows = await contributionWrites(deps.storage, {
      organisationId: assessment.organisationId,
      assessmentId: assessment.id,
      frameworkVersion: assessment.frameworkVersion,
      submittedAt: now,
    });
    // The workforce figures are frozen into the contribution: a later PUT changes the employer's own
    // view, never what peers read (docs/privacy.md).
    const snapshot = await workforceSnapshot(deps.storage.db, assessment.organisationId);
    const contribution = {
      workforceSnapshot: snapshot,
      hash: await contributionHash(answers, scores, snapshot),
      answers: contributionAnswers(answers),
    };
    let submitted: AssessmentRecord;
    try {
      submitted = await submitAssessment(
        deps.storage,
        assessment.id,
        assessment.revision,
        scores,
        now,
        [
          ...contributionRows,
          auditEvent(c, "assessment", assessment.id, "submit"),
          // The outbox row commits with the submission (issue 19): no event without it, nor it without one.
          assessmentSubmittedEvent(
            deps.storage.db,
            {
              organisationId: assessment.organisationId,
              assessmentId: assessment.id,
              frameworkVersion: assessment.frameworkVersion,
            },
            now,
          ),
        ],
        contribution,
      );
    } catch (error) {
      if (assessmentWriteConflict(error) === null) throw error;
      throw new ApiError("conflict", {
        detail: "The assessment changed while it was submitted: read it again, then retry.",
      });
    }
    c.header("Location", `/v1/assessments/${assessment.id}`);
    c.header("ETag", assessmentEtag(submitted));
    // The scores just computed are those of the stored answers: the view need not score them again.
    return c.json(await assessmentView(c, reader, submitted, storedAnswers, scores), 201);
  });
}
