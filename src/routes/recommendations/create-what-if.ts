import { z } from "@hono/zod-openapi";
import { measurePositions } from "../../domain/benchmark/release-figures.js";
import { BandIdSchema, PhaseIdSchema } from "../../domain/framework/framework-schema.js";
import { type Answer, scoreAssessment } from "../../domain/scoring.js";
import { auditEvent } from "../../http/audit-trail.js";
import { DAY_SECONDS, withinUsageLimit } from "../../http/usage-limit.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { getAnswers } from "../../store/assessments.js";
import { answerChangesFrom, checkAnswerChanges } from "../assessments/answer-checks.js";
import { AssessmentParamsSchema, UpdateAnswersSchema } from "../assessments/assessment-schemas.js";
import { answersMap, findVisibleAssessment } from "../assessments/assessment-view.js";
import { PeerGroupSchema, RankBandSchema, ReleaseReferenceSchema } from "../benchmarks/benchmark-schemas.js";
import { peerGroupView } from "../benchmarks/peer-group-choice.js";
import type { FrameworkReader } from "../frameworks/framework-reader.js";
import { peersOf } from "./peer-context.js";

const PointSchema = z.object({
  score: z.number().nullable().openapi({
    description:
      "The organisation's own score (0–100, one decimal), exact: its own data is not coarsened. null when nothing in the measure counts for it.",
  }),
  band: BandIdSchema.nullable(),
  rankBand: RankBandSchema.nullable().openapi({
    description:
      "The score's band between the peers' published quantiles of the current release (deciles, else quartiles), never an exact rank; null when the measure has no score or its peers are not shown (fewer than k).",
  }),
});

const PositionSchema = z.object({
  measure: z.string(),
  current: PointSchema.openapi({
    description:
      "As the answers stand, computed by the same code as the organisation benchmark's `measures`: for the organisation's latest submitted assessment exactly its score, band and rank band there (same release, same peer group).",
  }),
  whatIf: PointSchema.openapi({ description: "With the hypothetical answers applied over the current ones." }),
  change: z
    .number()
    .nullable()
    .openapi({ description: "whatIf.score − current.score, rounded to one decimal; null when either is null." }),
});

export const createWhatIfRoute = defineRoute({
  method: "post",
  path: "/assessments/{assessmentId}/what-if",
  operationId: "createWhatIf",
  tags: ["Recommendations"],
  summary: "What would the scores be with these answers? The answers are not stored",
  description:
    "Hypothetical answers (same shape as PATCH, applied over the current ones): the new per-phase and overall scores, bands and rank bands among the same peers as of the current benchmark release (the benchmark's bands between published quantiles, never finer), next to the current ones. Limited per organisation (all its assessments together) per day: 429 with Retry-After when spent. Every call is recorded in the audit log (without the answers). The answers are not stored, nor an Idempotency-Key.",
  // Stores no answers (only a counted use and an audit event), so a retry is safe and no response is kept.
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
              peerGroup: z.union([PeerGroupSchema, z.null()]).openapi({
                description:
                  "The peers the rank bands are among: the benchmark's own peer group (the same group, the same rounded size, as of the same release); null when no group is large enough to show.",
              }),
              peerGroupFallbackReason: z.string().nullable().openapi({
                description:
                  "Why the peers are a broader group than section × size class × region, as the benchmark's `fallbackReason` (as of the release); null when that group is shown.",
              }),
              measures: z.array(PositionSchema.extend({ measure: z.union([z.literal("overall"), PhaseIdSchema]) })),
            })
            .openapi("WhatIf"),
        },
      },
    },
  },
});

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
    // Every call is on record (which assessment, who, when; never the answers) and counted per
    // organisation, so a new draft does not reset the limit (docs/privacy.md, "Probing limits").
    const deps = c.get("deps");
    const record = auditEvent(c, "assessment", assessment.id, "what-if");
    if (c.get("principal").role === "admin") await deps.storage.writeAtomically([record]);
    else {
      await withinUsageLimit(
        c,
        {
          subjectId: assessment.organisationId,
          kind: "what-if",
          limit: deps.settings.usageLimits.whatIfPerOrganisationPerDay,
          windowSeconds: DAY_SECONDS,
        },
        "What-if calls for this organisation",
        (countUse) => deps.storage.writeAtomically([countUse, record]),
      );
    }
    const peers = await peersOf(c, assessment, content);
    // The benchmark's own computation (measurePositions) over the benchmark's own scores: a submitted
    // assessment's stored ones, a draft's as its answers stand. Rank bands read the published
    // quantiles only, so any number of hypothetical scores reveals no more than the benchmark does.
    const currentScores = assessment.scores ?? scoreAssessment(content, assessment.context, answers);
    const now = measurePositions(currentScores, peers.choice.figures);
    const then = measurePositions(scoreAssessment(content, assessment.context, hypothetical), peers.choice.figures);
    const point = ({ score, band, rankBand }: (typeof now)[number]) => ({ score, band, rankBand });
    c.header("Cache-Control", "no-store");
    return c.json(
      {
        assessmentId: assessment.id,
        release: { id: peers.release.id, cutAt: peers.release.cutAt },
        peerGroup: peerGroupView(peers.choice),
        peerGroupFallbackReason: peers.choice.fallbackReason,
        measures: now.map((current, index) => {
          const whatIf = then[index] ?? current;
          return {
            measure: current.measure,
            current: point(current),
            whatIf: point(whatIf),
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
