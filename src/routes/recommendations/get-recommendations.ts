import { z } from "@hono/zod-openapi";
import type { Context, TypedResponse } from "hono";
import type { AppEnv } from "../../app-env.js";
import {
  EffortLevelSchema,
  EvidenceLevelSchema,
  type Goal,
  GoalSchema,
  PhaseIdSchema,
  PracticeIdSchema,
} from "../../domain/framework/framework-schema.js";
import { citation, type Language, localizePractice } from "../../domain/framework/localize.js";
import { explainReason } from "../../domain/recommendation-text.js";
import { plannedInstead, recommend } from "../../domain/recommendations.js";
import { finalResponse } from "../../http/app-headers.js";
import { negotiateLanguage } from "../../http/content-negotiation.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { listOpenActions } from "../../store/actions.js";
import { type AssessmentRecord, getAnswers } from "../../store/assessments.js";
import { recommendationLiveInputs } from "../../store/recommendation-inputs.js";
import { getWorkforce } from "../../store/workforce.js";
import { AssessmentParamsSchema } from "../assessments/assessment-schemas.js";
import { answersMap, findVisibleAssessment } from "../assessments/assessment-view.js";
import { currentRelease, releaseHeader } from "../benchmark-releases/current-release.js";
import { ReleaseReferenceSchema } from "../benchmarks/benchmark-schemas.js";
import type { FrameworkReader } from "../frameworks/framework-reader.js";
import { labourMarketComparison } from "../reference/organisation-availability.js";
import { peersOf } from "./peer-context.js";

const ScoreChangeSchema = z.object({
  from: z.number().nullable(),
  to: z.number().nullable(),
  change: z.number().nullable(),
});

const PlannedActionSchema = z
  .object({
    actionId: z.string(),
    dueDate: z.string().openapi({ format: "date" }),
    status: z.enum(["planned", "inProgress"]),
  })
  .openapi("PlannedAction", { description: "The open action of the plan (the earliest due, if several)." });

const PlannedPracticeSchema = z
  .object({
    practiceId: PracticeIdSchema,
    name: z.string(),
    phase: PhaseIdSchema,
    currentMaturity: z.number().int(),
    action: PlannedActionSchema,
  })
  .openapi("PlannedPractice");

export const RecommendationSchema = z
  .object({
    rank: z.number().int(),
    practiceId: PracticeIdSchema,
    name: z.string(),
    phase: PhaseIdSchema,
    currentMaturity: z.number().int(),
    legalDuty: z
      .object({
        law: z.string(),
        article: z.string(),
        summary: z.string(),
        planned: z.boolean().openapi({
          description:
            "An open action (planned or in progress) is in the organisation's plan for it; a legal duty stays first until it is in place all the same.",
        }),
      })
      .nullable()
      .openapi({
        description:
          "Set when the practice is required by law and not in place (below maturity 3): such practices lead the list, before any ranking by evidence. Required by law is not an evidence level.",
      }),
    planned: PlannedActionSchema.nullable().openapi({
      description:
        "The open action for this practice in the organisation's plan, if any. Only a legal duty can be both planned and in this list: other practices with an open action are listed under `plannedPractices` instead.",
    }),
    why: z
      .array(z.string())
      .openapi({ description: "The answers and figures that triggered it, and the mechanism if any." }),
    mechanism: z.enum(["interference", "compensation", "reinforcement"]).nullable(),
    suggestedWith: z
      .array(PracticeIdSchema)
      .openapi({ description: "Practices it reinforces that you also lack: do them together." }),
    effort: z.object({ level: EffortLevelSchema, description: z.string() }),
    evidence: z.object({
      level: EvidenceLevelSchema,
      summary: z.string(),
      contested: z.boolean().openapi({ description: "True when the evidence is mixed or negative: read the summary." }),
      sources: z.array(z.object({ id: z.string(), citation: z.string(), url: z.string().nullable() })),
    }),
    peerAdoptionRate: z.number().nullable().openapi({
      description:
        "Share (%) of your peers at maturity 3 or 4, when the group passes k (as of the current benchmark release): the benchmark's coarse adoption rate, in steps of at least 2 · 100 / n points taken from 1, 2, 5, 10, 20, 25, 50, never an exact share.",
    }),
    expectedGain: z
      .object({
        toMaturity: z.number().int().openapi({ description: "The next maturity level (one step up)." }),
        phase: ScoreChangeSchema,
        overall: ScoreChangeSchema,
      })
      .openapi({
        description:
          "The change in its phase score and in the overall score if brought to the next maturity level. Null changes for a legal duty: it is not part of the maturity score.",
      }),
    priority: z.number().openapi({ description: "The ranking score (docs/recommendations.md)." }),
  })
  .openapi("Recommendation");

const RecommendationListSchema = z
  .object({
    assessmentId: z.string(),
    frameworkVersion: z.string(),
    goal: GoalSchema.nullable(),
    release: ReleaseReferenceSchema,
    peerGroupFallbackReason: z.string().nullable(),
    items: z.array(RecommendationSchema),
    plannedPractices: z.array(PlannedPracticeSchema).openapi({
      description:
        "Practices that would be recommended but have an open action in the organisation's plan (POST /organisations/{organisationId}/actions): planned, with the due date, instead of recommended again.",
    }),
  })
  .openapi("RecommendationList");

export const getRecommendationsRoute = defineRoute({
  method: "get",
  path: "/assessments/{assessmentId}/recommendations",
  operationId: "getRecommendations",
  readsHeaders: ["Accept-Language"],
  writesHeaders: ["Content-Language"],
  tags: ["Recommendations"],
  summary: "The practices to do next, ranked for this organisation, each with why, effort, evidence and expected gain",
  description:
    "The practices this organisation should do next, ranked by evidence, gap, fit to its context and its goal, each with why (the answers that triggered it), what it takes, its evidence and the expected gain in score.",
  access: { roles: ["admin", "employer", "integration"], scope: "assessments:read", othersSeeNotFound: true },
  request: {
    params: AssessmentParamsSchema,
    query: z.object({
      goal: GoalSchema.optional().openapi({ description: "Weigh practices serving this goal higher." }),
      limit: z.coerce.number().int().min(1).max(20).default(5),
      lang: z.enum(["nl", "en"]).optional(),
    }),
  },
  responses: {
    200: {
      description: "Ranked, best first.",
      content: { "application/json": { schema: RecommendationListSchema } },
    },
  },
});

export function registerGetRecommendations(router: ApiRouter, reader: FrameworkReader): void {
  router.openapi(getRecommendationsRoute, async (c) => {
    const query = c.req.valid("query");
    const lang = negotiateLanguage(c);
    const assessment = await findVisibleAssessment(c, c.req.valid("param").assessmentId);
    // Named in Benchmark-Release below, with the answer's other headers (finalResponse).
    const release = await currentRelease(c.get("deps"));
    const liveInputs = await recommendationLiveInputs(c.get("deps").storage.db, assessment.organisationId);
    const key = (releaseId: number) =>
      [
        "recommendations",
        releaseId,
        assessment.id,
        assessment.revision,
        assessment.status,
        liveInputs,
        lang,
        query.goal ?? "",
        query.limit,
      ].join("\t");
    const answers = c.get("answers");
    let body = answers.get(key(release.id))?.body;
    let shownRelease = release;
    if (body === undefined) {
      const { items, planned, peers } = await rankedRecommendations(c, reader, assessment, { ...query, lang });
      const text = JSON.stringify({
        assessmentId: assessment.id,
        frameworkVersion: assessment.frameworkVersion,
        goal: query.goal ?? null,
        release: { id: peers.release.id, cutAt: peers.release.cutAt },
        peerGroupFallbackReason: peers.choice.fallbackReason,
        items,
        plannedPractices: planned,
      } satisfies z.infer<typeof RecommendationListSchema>);
      body = UTF8.encode(text) as Uint8Array<ArrayBuffer>;
      // Kept under what it was computed from: the release it used (the state read above may be older).
      answers.set(key(peers.release.id), { body, etag: "", headers: {} });
      shownRelease = peers.release;
    }
    // Organisation data is never kept by a cache. The kept bytes are the JSON of a RecommendationList
    // (typed so where it was rendered, above).
    return finalResponse(c, 200, body, {
      "Content-Type": "application/json",
      "Content-Language": lang,
      "Cache-Control": "no-store",
      "Benchmark-Release": releaseHeader(shownRelease),
    }) as unknown as TypedResponse<z.infer<typeof RecommendationListSchema>, 200, "json">;
  });
}

const UTF8 = new TextEncoder();

/** The ranked recommendations of an assessment the caller may see, as the API and the report show them. */
export async function rankedRecommendations(
  c: Context<AppEnv>,
  reader: FrameworkReader,
  assessment: AssessmentRecord,
  options: { goal?: Goal | undefined; limit: number; lang: Language },
): Promise<{
  items: z.infer<typeof RecommendationSchema>[];
  planned: z.infer<typeof PlannedPracticeSchema>[];
  peers: Awaited<ReturnType<typeof peersOf>>;
}> {
  const { lang } = options;
  const db = c.get("deps").storage.db;
  const content = await reader.contentOf(c, assessment.frameworkVersion);
  const answers = answersMap(await getAnswers(db, assessment.id));
  const peers = await peersOf(c, assessment, content);
  // The earliest due open action per practice (listOpenActions reads them by due date).
  const openActions = new Map<string, z.infer<typeof PlannedActionSchema>>();
  for (const action of await listOpenActions(db, assessment.organisationId)) {
    if (openActions.has(action.practiceId)) continue;
    openActions.set(action.practiceId, {
      actionId: action.id,
      dueDate: action.dueDate,
      status: action.status === "inProgress" ? "inProgress" : "planned",
    });
  }
  const workforce = await getWorkforce(db, assessment.organisationId);
  const labourMarket = await labourMarketComparison(db, assessment.context, workforce);
  const input = {
    content,
    context: assessment.context,
    answers,
    goal: options.goal,
    workforce,
    labourMarket:
      labourMarket === null
        ? undefined
        : {
            cell: labourMarket.cell,
            source: labourMarket.source,
            year: labourMarket.year,
            comparisons: labourMarket.figures.map((figure) => ({ ...figure, availability: labourMarket.availability })),
          },
    peerAdoption: peers.adoption,
    plannedPractices: new Set(openActions.keys()),
    limit: options.limit,
  };
  const recommendations = recommend(input);
  const names = new Map(content.practices.map((practice) => [practice.id, practice.name[lang]]));
  const sources = new Map(content.sources.map((source) => [source.id, source]));
  const items = recommendations.map((recommendation, index) => {
    const view = localizePractice(recommendation.practice, lang);
    return {
      rank: index + 1,
      practiceId: view.practiceId,
      name: view.name,
      phase: view.phase,
      currentMaturity: recommendation.currentMaturity,
      legalDuty:
        recommendation.legalDuty === null
          ? null
          : {
              law: recommendation.legalDuty.law,
              article: recommendation.legalDuty.article,
              summary: view.legalBasis?.summary ?? "",
              planned: recommendation.legalDuty.planned,
            },
      planned: openActions.get(recommendation.practice.id) ?? null,
      why: recommendation.reasons.map((reason) => explainReason(reason, lang, (id) => names.get(id) ?? id)),
      mechanism: recommendation.mechanism,
      suggestedWith: [...recommendation.suggestedWith],
      effort: view.effort,
      evidence: {
        level: view.evidence.level,
        summary: view.evidence.summary,
        contested: view.evidence.level === "contested",
        sources: view.evidence.sources.flatMap((id) => {
          const source = sources.get(id);
          return source === undefined ? [] : [{ id, citation: citation(source, lang), url: source.url }];
        }),
      },
      peerAdoptionRate: recommendation.peerAdoptionRate,
      expectedGain: recommendation.expectedGain,
      priority: recommendation.priority,
    };
  });
  const planned = plannedInstead(input).flatMap((practice) => {
    const action = openActions.get(practice.id);
    if (action === undefined) return [];
    const answer = answers.get(practice.id);
    return [
      {
        practiceId: practice.id,
        name: practice.name[lang],
        phase: practice.phase,
        currentMaturity: typeof answer === "number" ? answer : 0,
        action,
      },
    ];
  });
  return { items, planned, peers };
}
