import type { Context } from "hono";
import type { AppEnv } from "../../app-env.js";
import type { PeerGroup } from "../../domain/benchmark/peer-groups.js";
import type { EvidenceLevel, PhaseId } from "../../domain/framework/framework-schema.js";
import { type Language, localizeContent } from "../../domain/framework/localize.js";
import { type Answer, appliesTo, isLegalDuty, type Scores, scoreAssessment } from "../../domain/scoring.js";
import { listAllActions } from "../../store/actions.js";
import { listSubmittedRounds } from "../../store/assessments.js";
import type { Organisation } from "../../store/organisations.js";
import { listAllTargets } from "../../store/targets.js";
import { getWorkforce, REPRESENTATION_FIGURES } from "../../store/workforce.js";
import { actionEvaluator } from "../actions/action-schemas.js";
import { changeSincePrevious, withDepth } from "../assessments/assessment-view.js";
import { organisationBenchmark } from "../benchmarks/get-organisation-benchmark.js";
import type { FrameworkReader } from "../frameworks/framework-reader.js";
import { rankedRecommendations } from "../recommendations/get-recommendations.js";
import { measuredIn, targetEvaluator } from "../targets/target-schemas.js";

/** How many recommendations a report shows. */
export const REPORT_RECOMMENDATIONS = 5;

/**
 * Everything the benchmark report shows, gathered from the same functions the JSON endpoints use
 * (benchmark, recommendations, change since the previous round), so the report never says anything
 * the API would not. Texts of the framework are resolved to `lang`; the page adds its own.
 */
export async function buildReportModel(
  c: Context<AppEnv>,
  reader: FrameworkReader,
  organisation: Organisation,
  lang: Language,
) {
  const deps = c.get("deps");
  const db = deps.storage.db;
  const { benchmark, assessment, choice, content, answers, release } = await organisationBenchmark(
    c,
    reader,
    organisation.id,
    {},
  );
  const scores = withDepth(assessment.scores as Scores, scoreAssessment(content, assessment.context, answers));
  const localized = localizeContent(content, lang);
  const { items: recommendations } = await rankedRecommendations(c, reader, assessment, {
    limit: REPORT_RECOMMENDATIONS,
    lang,
  });
  const change = await changeSincePrevious(c, reader, assessment, content, answers);
  // The organisation's own workforce figures are its live view; the peers' medians come from the
  // release, computed from the workforce snapshots frozen into their submissions.
  const workforce = await getWorkforce(db, organisation.id);
  const adoption = new Map(benchmark.practices.map((practice) => [practice.practiceId, practice]));
  const plan = await planModel(c, organisation.id, new Map(localized.practices.map((p) => [p.practiceId, p.name])));

  return {
    lang,
    generatedAt: deps.clock.now().toISOString(),
    organisation,
    framework: { version: content.version, title: localized.title },
    assessment: { id: assessment.id, submittedAt: assessment.submittedAt as string, scores },
    phases: localized.phases.map((phase) => ({ id: phase.phaseId as PhaseId, name: phase.name })),
    bands: localized.scoring.bands,
    maturityScale: localized.maturityScale,
    evidenceWeights: content.scoring.evidenceWeights,
    minimumGroupSize: release.minimumGroupSize,
    release: { id: release.id, cutAt: release.cutAt },
    peers: {
      chosen: choice.chosen,
      requested: choice.requested,
      fallbackKind: choice.fallbackKind,
      organisations: benchmark.peerGroup?.organisations ?? null,
    } satisfies {
      chosen: PeerGroup | null;
      requested: PeerGroup;
      fallbackKind: "notShown" | null;
      organisations: number | null;
    },
    measures: benchmark.measures,
    change,
    practices: localized.practices
      .filter((practice) => adoption.has(practice.practiceId))
      .map((practice) => ({
        id: practice.practiceId,
        name: practice.name,
        phase: practice.phase,
        evidenceLevel: practice.evidence.level as EvidenceLevel,
        ownAnswer: (adoption.get(practice.practiceId)?.ownAnswer ?? null) as Answer | null,
        peerAdoptionRate: adoption.get(practice.practiceId)?.peerAdoptionRate ?? null,
      })),
    recommendations,
    // Legal duties (versions from 2026.2 mark them): listed apart, since the maturity score leaves them out.
    legalDuties: content.practices
      .filter((practice) => isLegalDuty(practice) && appliesTo(practice, assessment.context))
      .map((practice) => {
        const answer = answers.get(practice.id) ?? null;
        return {
          id: practice.id,
          name: practice.name[lang],
          law: practice.legalBasis?.law ?? "",
          article: practice.legalBasis?.article ?? "",
          summary: practice.legalBasis?.summary[lang] ?? "",
          ownAnswer: answer,
          inPlace: typeof answer === "number" && answer >= 3,
        };
      }),
    representation:
      workforce === undefined
        ? null
        : REPRESENTATION_FIGURES.map((figure) => {
            const peer = choice.figures?.workforce[figure] ?? null;
            return {
              figure,
              own: workforce[figure],
              peerMedian: peer?.median ?? null,
              peerReporting: peer?.organisations ?? null,
            };
          }),
    plan,
    referenceYear: workforce?.referenceYear ?? null,
    // Public reference figures for the organisation's cell, as the benchmark shows them.
    labourMarket: benchmark.labourMarket,
    syntheticData: deps.settings.benchmarks.syntheticData,
  };
}

export type ReportModel = Awaited<ReturnType<typeof buildReportModel>>;

/**
 * The plan page: every action with what the latest round showed, and every target with the figure
 * each round froze (the measured points of its progress chart) and the latest round's evaluation.
 */
async function planModel(c: Context<AppEnv>, organisationId: string, practiceNames: ReadonlyMap<string, string>) {
  const db = c.get("deps").storage.db;
  const [actions, targets, rounds] = await Promise.all([
    listAllActions(db, organisationId),
    listAllTargets(db, organisationId),
    listSubmittedRounds(db, organisationId),
  ]);
  const evaluateAction = await actionEvaluator(c, organisationId);
  const evaluateTarget = await targetEvaluator(c, organisationId);
  return {
    actions: actions.map((action) => ({
      id: action.id,
      // A practice of another framework version than this round's keeps its id as its name.
      practice: practiceNames.get(action.practiceId) ?? action.practiceId,
      owner: action.owner,
      dueDate: action.dueDate,
      status: action.status,
      targetLevel: action.targetLevel,
      lastEvaluation: evaluateAction(action),
    })),
    targets: targets.map((target) => ({
      id: target.id,
      measure: target.measure,
      baselineValue: target.baselineValue,
      baselineDate: target.baselineDate,
      targetValue: target.targetValue,
      targetDate: target.targetDate,
      points: rounds.flatMap((round) => {
        const value = measuredIn(round, target.measure);
        return value === null ? [] : [{ submittedAt: round.submittedAt, value }];
      }),
      lastEvaluation: evaluateTarget(target),
    })),
  };
}
