import type { Context } from "hono";
import type { AppEnv } from "../../app-env.js";
import type { FrameworkContent } from "../../domain/framework/framework-schema.js";
import {
  type Answer,
  applicablePractices,
  FEW_PRACTICES,
  type Scores,
  scoreAssessment,
  scoreChanges,
} from "../../domain/scoring.js";
import { ApiError } from "../../errors.js";
import {
  type AssessmentRecord,
  getAnswers,
  getAssessment,
  previousSubmitted,
  type StoredAnswer,
} from "../../store/assessments.js";
import { canSeeOrganisation } from "../../store/organisations.js";
import type { FrameworkReader } from "../frameworks/framework-reader.js";

/** The assessment when it exists and the caller may see its organisation; else 404, as if it did not exist. */
export async function findVisibleAssessment(c: Context<AppEnv>, assessmentId: string): Promise<AssessmentRecord> {
  const db = c.get("deps").storage.db;
  const assessment = await getAssessment(db, assessmentId);
  if (assessment === undefined || !(await canSeeOrganisation(db, c.get("principal"), assessment.organisationId))) {
    throw new ApiError("not-found", { detail: `There is no assessment ${assessmentId} that you may see.` });
  }
  return assessment;
}

export const assessmentEtag = (assessment: AssessmentRecord) => `"r${assessment.revision}"`;

export function answersMap(answers: readonly StoredAnswer[]): Map<string, Answer> {
  return new Map(answers.map((answer) => [answer.practiceId, answer.answer]));
}

/** Change against the previous submitted round: same version, or the practices both versions share. */
export async function changeSincePrevious(
  c: Context<AppEnv>,
  reader: FrameworkReader,
  assessment: AssessmentRecord,
  content: FrameworkContent,
  answers: Map<string, Answer>,
) {
  const previous = await previousSubmitted(c.get("deps").storage.db, assessment);
  if (previous === undefined || previous.scores === null || previous.submittedAt === null) return null;
  let before = previous.scores;
  let after = assessment.scores;
  let comparedOn: "allPractices" | "commonPractices" = "allPractices";
  let common = content.practices.length;
  if (previous.frameworkVersion !== assessment.frameworkVersion || after === null) {
    const previousContent = await reader.contentOf(c, previous.frameworkVersion);
    const shared = new Set(previousContent.practices.map((practice) => practice.id));
    const commonIds = new Set(content.practices.map((practice) => practice.id).filter((id) => shared.has(id)));
    const previousAnswers = answersMap(await getAnswers(c.get("deps").storage.db, previous.id));
    before = scoreAssessment(previousContent, previous.context, previousAnswers, commonIds);
    after = scoreAssessment(content, assessment.context, answers, commonIds);
    comparedOn = previous.frameworkVersion === assessment.frameworkVersion ? "allPractices" : "commonPractices";
    common = commonIds.size;
  }
  return {
    previousAssessmentId: previous.id,
    previousFrameworkVersion: previous.frameworkVersion,
    previousSubmittedAt: previous.submittedAt,
    comparedOn,
    commonPractices: common,
    ...scoreChanges(before, after),
  };
}

/**
 * The stored scores with, per phase, how many practices they rest on. Counted from the answers each
 * time, so rounds stored before the count existed show it too (a submitted round's answers are fixed).
 */
export function scoresWithDepth(
  content: FrameworkContent,
  assessment: AssessmentRecord,
  answers: Map<string, Answer>,
  live?: Scores,
) {
  if (assessment.scores === null) return null;
  return withDepth(assessment.scores, live ?? scoreAssessment(content, assessment.context, answers));
}

export function withDepth(stored: Scores, live: Scores) {
  return {
    ...stored,
    phases: stored.phases.map((phase) => {
      const practicesScored = live.phases.find((candidate) => candidate.phase === phase.phase)?.practicesScored ?? 0;
      return { ...phase, practicesScored, fewPractices: phase.status === "scored" && practicesScored < FEW_PRACTICES };
    }),
  };
}

/**
 * `answersRead`: the assessment's answers when the caller has just read them (they are read otherwise);
 * `liveScores`: their scores when the caller has just computed them from those answers (a submission).
 */
export async function assessmentView(
  c: Context<AppEnv>,
  reader: FrameworkReader,
  assessment: AssessmentRecord,
  answersRead?: readonly StoredAnswer[],
  liveScores?: Scores,
) {
  const content = await reader.contentOf(c, assessment.frameworkVersion);
  const stored = answersRead ?? (await getAnswers(c.get("deps").storage.db, assessment.id));
  const answers = answersMap(stored);
  const applicable = applicablePractices(content, assessment.context);
  const phaseOf = new Map(content.practices.map((practice) => [practice.id, practice.phase]));
  const order = new Map(content.practices.map((practice, index) => [practice.id, index]));
  const missing = applicable.filter((practice) => !answers.has(practice.id)).map((practice) => practice.id);
  return {
    assessmentId: assessment.id,
    organisationId: assessment.organisationId,
    frameworkVersion: assessment.frameworkVersion,
    status: assessment.status,
    revision: assessment.revision,
    context: assessment.context,
    progress: { answered: applicable.length - missing.length, applicable: applicable.length, missing },
    answers: [...stored]
      .sort((a, b) => (order.get(a.practiceId) ?? 0) - (order.get(b.practiceId) ?? 0))
      .map((answer) => ({
        practiceId: answer.practiceId,
        phase: phaseOf.get(answer.practiceId) ?? "werving_selectie",
        maturity: answer.answer,
        comment: answer.comment,
        updatedAt: answer.updatedAt,
      })),
    scores: scoresWithDepth(content, assessment, answers, liveScores),
    changeSincePrevious:
      assessment.status === "submitted" ? await changeSincePrevious(c, reader, assessment, content, answers) : null,
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
    submittedAt: assessment.submittedAt,
  };
}
