import type { z } from "@hono/zod-openapi";
import type { FrameworkContent, Practice } from "../../domain/framework/framework-schema.js";
import { appliesTo, mayBeNotApplicable, type OrganisationContext } from "../../domain/scoring.js";
import { type InvalidParam, validationFailed } from "../../errors.js";
import { jsonPointer } from "../../http/validation-hook.js";
import type { AnswerChange, AssessmentRecord } from "../../store/assessments.js";
import type { UpdateAnswersSchema } from "./assessment-schemas.js";

/** Answers as the body gives them (by practice id; null clears one), as changes. */
export function answerChangesFrom(answers: z.infer<typeof UpdateAnswersSchema>["answers"]): AnswerChange[] {
  return Object.entries(answers).map(([practiceId, input]) => ({
    practiceId,
    answer: input === null ? null : input.maturity,
    comment: input?.comment ?? null,
  }));
}

function checkAnswer(
  practice: Practice | undefined,
  change: AnswerChange,
  context: OrganisationContext,
  version: string,
): string | null {
  if (practice === undefined) return `Framework ${version} has no practice ${change.practiceId}`;
  if (change.answer === null) return null;
  if (!appliesTo(practice, context)) {
    return `This practice does not apply to a ${context.sizeClass} organisation in section ${context.sbiSection}`;
  }
  if (change.answer === "notApplicable" && !mayBeNotApplicable(practice, context)) {
    return practice.applicability.requiredFor.includes(context.sizeClass)
      ? `This practice is required for ${context.sizeClass} organisations: answer 0–4`
      : "This practice cannot be answered notApplicable";
  }
  return null;
}

/** Refuses, with every field at fault, answers the framework does not allow for this organisation. */
export function checkAnswerChanges(
  content: FrameworkContent,
  assessment: AssessmentRecord,
  changes: readonly AnswerChange[],
): void {
  const practices = new Map(content.practices.map((practice) => [practice.id, practice]));
  const problems: InvalidParam[] = changes.flatMap((change) => {
    const message = checkAnswer(
      practices.get(change.practiceId),
      change,
      assessment.context,
      assessment.frameworkVersion,
    );
    return message === null
      ? []
      : [{ in: "body" as const, pointer: jsonPointer(["answers", change.practiceId]), message }];
  });
  if (problems.length > 0) throw validationFailed(problems);
}
