import { z } from "@hono/zod-openapi";
import { releasedPercentileRank } from "../../domain/benchmark/release-figures.js";
import { BandIdSchema, PhaseIdSchema } from "../../domain/framework/framework-schema.js";
import { type Answer, type Scores, scoreAssessment } from "../../domain/scoring.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { getAnswers } from "../../store/assessments.js";
import { answerChangesFrom, checkAnswerChanges } from "../assessments/answer-checks.js";
import { AssessmentParamsSchema, UpdateAnswersSchema } from "../assessments/assessment-schemas.js";
import { answersMap, findVisibleAssessment } from "../assessments/assessment-view.js";
import { ReleaseReferenceSchema } from "../benchmarks/benchmark-schemas.js";
import type { FrameworkReader } from "../frameworks/framework-reader.js";
import { peersOf } from "./peer-context.js";

const PositionSchema = z.object({
  measure: z.string(),
  current: z.object({
    score: z.number().nullable(),
    band: BandIdSchema.nullable(),
    percentileRank: z.number().nullable(),
  }),
  whatIf: z.object({
    score: z.number().nullable(),
    band: BandIdSchema.nullable(),
    percentileRank: z.number().nullable(),
  }),
  change: z.number().nullable(),
});

export const createWhatIfRoute = defineRoute({
  method: "post",
  path: "/assessments/{assessmentId}/what-if",
  operationId: "createWhatIf",
  tags: ["Recommendations"],
  summary: "What would the scores be with these answers? Nothing is stored",
  description:
    "Hypothetical answers (same shape as PATCH, applied over the current ones): the new per-phase and overall scores, bands and percentile ranks among the same peers (as of the current benchmark release), next to the current ones. Nothing is stored, not even an Idempotency-Key.",
  // Stores nothing, so a retry is always safe and no response is kept.
  idempotent: false,
  access: { roles: ["admin", "employer", "integration"], scope: "assessments:read", othersSeeNotFound: true },
  request: {
    params: AssessmentParamsSchema,
    body: { required: true, content: { "application/json": { schema: UpdateAnswersSchema } } },
  },
  responses: {
    200: {
      description: "Current and hypothetical positions per measure.",
      content: {
        "application/json": {
          schema: z
            .object({
              assessmentId: z.string(),
              release: ReleaseReferenceSchema,
              peerGroupFallbackReason: z.string().nullable(),
              measures: z.array(PositionSchema.extend({ measure: z.union([z.literal("overall"), PhaseIdSchema]) })),
            })
            .openapi("WhatIf"),
        },
      },
    },
  },
});

function positions(scores: Scores) {
  return [
    { measure: "overall" as const, score: scores.overall.score, band: scores.overall.band },
    ...scores.phases.map((phase) => ({ measure: phase.phase, score: phase.score, band: phase.band })),
  ];
}

export function registerCreateWhatIf(router: ApiRouter, reader: FrameworkReader): void {
  router.openapi(createWhatIfRoute, async (c) => {
    const assessment = await findVisibleAssessment(c, c.req.valid("param").assessmentId);
    const content = await reader.contentOf(c, assessment.frameworkVersion);
    const changes = answerChangesFrom(c.req.valid("json").answers);
    checkAnswerChanges(content, assessment, changes);
    const answers = answersMap(await getAnswers(c.get("deps").storage.db, assessment.id));
    const hypothetical = new Map<string, Answer>(answers);
    for (const change of changes) {
      if (change.answer === null) hypothetical.delete(change.practiceId);
      else hypothetical.set(change.practiceId, change.answer);
    }
    const peers = await peersOf(c, assessment, content);
    // Ranks in steps of 5: answering any hypothetical score must not rebuild the peers' histogram.
    const rank = (measure: string, score: number | null) => {
      const figures = peers.choice.figures;
      const position = figures === null ? null : releasedPercentileRank(figures, measure, score);
      return position === null ? null : Math.round(position / 5) * 5;
    };
    const now = positions(scoreAssessment(content, assessment.context, answers));
    const then = positions(scoreAssessment(content, assessment.context, hypothetical));
    c.header("Cache-Control", "no-store");
    return c.json(
      {
        assessmentId: assessment.id,
        release: { id: peers.release.id, cutAt: peers.release.cutAt },
        peerGroupFallbackReason: peers.choice.fallbackReason,
        measures: now.map((current, index) => {
          const whatIf = then[index] ?? current;
          return {
            measure: current.measure,
            current: { score: current.score, band: current.band, percentileRank: rank(current.measure, current.score) },
            whatIf: { score: whatIf.score, band: whatIf.band, percentileRank: rank(whatIf.measure, whatIf.score) },
            change:
              current.score === null || whatIf.score === null
                ? null
                : Math.round((whatIf.score - current.score) * 10) / 10,
          };
        }),
      },
      200,
    );
  });
}
