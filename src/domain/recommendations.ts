import { evidenceRank } from "./framework/content-rules.js";
import type { FrameworkContent, Goal, Practice } from "./framework/framework-schema.js";
import { type Answer, appliesTo, type OrganisationContext, scoreAssessment } from "./scoring.js";

/**
 * Tailored recommendations: a pure, deterministic ranking of the practices an organisation lacks
 * (docs/recommendations.md), with the mechanisms of seed 004 (interference, compensation,
 * reinforcement) applied from the framework's relations, and workforce figures as triggers.
 */

export interface WorkforceFigures {
  readonly learningParticipationWithMigrationBackground: number | null;
  readonly learningParticipationWithoutMigrationBackground: number | null;
  readonly agedOver55Share: number | null;
  readonly atMostMbo2Share: number | null;
  readonly routineWorkShare: number | null;
}

export interface RecommendationInput {
  readonly content: FrameworkContent;
  readonly context: OrganisationContext;
  readonly answers: ReadonlyMap<string, Answer>;
  readonly goal?: Goal | undefined;
  readonly workforce?: WorkforceFigures | undefined;
  /** Peers' adoption rate (%) per practice, where the peer group passes k. */
  readonly peerAdoption?: ReadonlyMap<string, number | null> | undefined;
  readonly limit: number;
}

export type Reason =
  | { readonly kind: "gap"; readonly current: number; readonly answered: boolean }
  | { readonly kind: "goal"; readonly goal: Goal }
  | { readonly kind: "interference"; readonly undoes: readonly { practiceId: string; maturity: number }[] }
  | { readonly kind: "compensation"; readonly compensates: readonly { practiceId: string; maturity: number }[] }
  | { readonly kind: "reinforcement"; readonly with: readonly string[] }
  | {
      readonly kind: "learningGap";
      readonly withMigrationBackground: number;
      readonly withoutMigrationBackground: number;
    }
  | {
      readonly kind: "vulnerableProfile";
      readonly figure: "agedOver55Share" | "atMostMbo2Share" | "routineWorkShare";
      readonly share: number;
    }
  | { readonly kind: "peers"; readonly adoptionRate: number };

export interface Recommendation {
  readonly practice: Practice;
  readonly priority: number;
  readonly currentMaturity: number;
  readonly mechanism: "interference" | "compensation" | "reinforcement" | null;
  readonly reasons: readonly Reason[];
  readonly suggestedWith: readonly string[];
  readonly peerAdoptionRate: number | null;
  readonly expectedGain: {
    readonly phase: { readonly from: number | null; readonly to: number | null; readonly change: number | null };
    readonly overall: { readonly from: number | null; readonly to: number | null; readonly change: number | null };
  };
}

/** Thresholds that make a workforce figure a trigger. */
export const LEARNING_GAP_POINTS = 10;
const VULNERABLE_THRESHOLDS = { agedOver55Share: 25, atMostMbo2Share: 30, routineWorkShare: 40 } as const;

const maturityOf = (answer: Answer | undefined) => (typeof answer === "number" ? answer : 0);
const round1 = (value: number) => Math.round(value * 10) / 10;
const change = (from: number | null, to: number | null) => (from === null || to === null ? null : round1(to - from));

function triggers(workforce: WorkforceFigures | undefined): Reason[] {
  if (workforce === undefined) return [];
  const found: Reason[] = [];
  const withMb = workforce.learningParticipationWithMigrationBackground;
  const withoutMb = workforce.learningParticipationWithoutMigrationBackground;
  if (withMb !== null && withoutMb !== null && withoutMb - withMb >= LEARNING_GAP_POINTS) {
    found.push({ kind: "learningGap", withMigrationBackground: withMb, withoutMigrationBackground: withoutMb });
  }
  for (const figure of Object.keys(VULNERABLE_THRESHOLDS) as (keyof typeof VULNERABLE_THRESHOLDS)[]) {
    const share = workforce[figure];
    if (share !== null && share >= VULNERABLE_THRESHOLDS[figure])
      found.push({ kind: "vulnerableProfile", figure, share });
  }
  return found;
}

/** Practices an organisation of this context may be recommended: applicable, fitting, not answered n/a, not at 4. */
export function candidates(input: RecommendationInput): Practice[] {
  const { context } = input;
  const withoutHrSmall = !context.hasHrDepartment && (context.sizeClass === "micro" || context.sizeClass === "small");
  return input.content.practices.filter((practice) => {
    const answer = input.answers.get(practice.id);
    if (!appliesTo(practice, context) || answer === "notApplicable" || answer === 4) return false;
    // A small employer without an HR department gets practices it can carry out itself.
    return !(withoutHrSmall && practice.fit.needsHrDepartment);
  });
}

export function recommend(input: RecommendationInput): Recommendation[] {
  const { content, context, answers } = input;
  const weights = content.scoring.evidenceWeights;
  const current = scoreAssessment(content, context, answers);
  const workforceTriggers = triggers(input.workforce);
  const pool = candidates(input);
  const missing = new Set(
    pool.filter((practice) => maturityOf(answers.get(practice.id)) <= 1).map((practice) => practice.id),
  );
  const byId = new Map(content.practices.map((practice) => [practice.id, practice]));

  const ranked = pool.map((practice): Recommendation => {
    const maturity = maturityOf(answers.get(practice.id));
    const reasons: Reason[] = [{ kind: "gap", current: maturity, answered: answers.has(practice.id) }];
    let priority = weights[practice.evidence.level] * (0.5 + (4 - maturity) / 4);
    let mechanism: Recommendation["mechanism"] = null;

    if (input.goal !== undefined) {
      if (practice.goals.includes(input.goal)) {
        priority *= 1.5;
        reasons.push({ kind: "goal", goal: input.goal });
      } else {
        priority *= 0.6;
      }
    }
    if (practice.effort.level === "low") priority *= 1.1;
    if (practice.effort.level === "high" && !context.hasHrDepartment) priority *= 0.8;

    // Interference: this practice is missing, and its absence undoes strengths the organisation has.
    if (maturity <= 1) {
      const undone = practice.relations.interferesWith
        .map((id) => ({ practiceId: id, maturity: maturityOf(answers.get(id)) }))
        .filter(
          (strength) =>
            strength.maturity >= 2 &&
            byId.get(strength.practiceId) !== undefined &&
            appliesTo(byId.get(strength.practiceId) as Practice, context),
        );
      if (undone.length > 0) {
        priority *= 1.8;
        mechanism = "interference";
        reasons.push({ kind: "interference", undoes: undone });
      }
    }
    // Compensation: this practice makes up for a weak spot elsewhere.
    const weakSpots = practice.relations.compensates
      .map((id) => ({ practiceId: id, maturity: maturityOf(answers.get(id)) }))
      .filter((spot) => spot.maturity <= 1 && answers.get(spot.practiceId) !== "notApplicable");
    if (weakSpots.length > 0) {
      priority *= 1.2;
      mechanism ??= "compensation";
      reasons.push({ kind: "compensation", compensates: weakSpots });
    }
    // Reinforcement: suggested with the practices it strengthens that are also missing.
    const partners = practice.relations.reinforces.filter((id) => missing.has(id));
    if (partners.length > 0) {
      mechanism ??= "reinforcement";
      reasons.push({ kind: "reinforcement", with: partners });
    }
    for (const trigger of workforceTriggers) {
      const aimed =
        (trigger.kind === "learningGap" && practice.focusGroups.includes("learning_gap")) ||
        (trigger.kind === "vulnerableProfile" && practice.focusGroups.includes("vulnerable_profile"));
      if (aimed) {
        priority *= 1.4;
        reasons.push(trigger);
      }
    }
    const peerRate = input.peerAdoption?.get(practice.id) ?? null;
    if (peerRate !== null) {
      // Common among peers and missing here: a next step that organisations like this one manage.
      priority *= 1 + peerRate / 200;
      if (peerRate >= 40) reasons.push({ kind: "peers", adoptionRate: peerRate });
    }

    const raised = new Map(answers);
    raised.set(practice.id, Math.max(maturity, 3) as Answer);
    const after = scoreAssessment(content, context, raised);
    const phaseBefore = current.phases.find((phase) => phase.phase === practice.phase)?.score ?? null;
    const phaseAfter = after.phases.find((phase) => phase.phase === practice.phase)?.score ?? null;
    return {
      practice,
      priority: Math.round(priority * 1000) / 1000,
      currentMaturity: maturity,
      mechanism,
      reasons,
      suggestedWith: partners,
      peerAdoptionRate: peerRate,
      expectedGain: {
        phase: { from: phaseBefore, to: phaseAfter, change: change(phaseBefore, phaseAfter) },
        overall: {
          from: current.overall.score,
          to: after.overall.score,
          change: change(current.overall.score, after.overall.score),
        },
      },
    };
  });

  ranked.sort((a, b) => b.priority - a.priority || a.practice.id.localeCompare(b.practice.id));
  return orderHonestly(ranked, input.goal).slice(0, input.limit);
}

const CONTESTED = evidenceRank("contested");

function sharesGoal(a: Practice, b: Practice, goal: Goal | undefined): boolean {
  return goal === undefined
    ? a.goals.some((candidate) => b.goals.includes(candidate))
    : a.goals.includes(goal) && b.goals.includes(goal);
}

/**
 * A contested practice never stands above a practice with stronger evidence that serves the same goal,
 * and a practice another one undoes when missing never stands above that barrier.
 */
export function orderHonestly(ranked: readonly Recommendation[], goal: Goal | undefined): Recommendation[] {
  const pending = [...ranked];
  const ordered: Recommendation[] = [];
  const blocked = (candidate: Recommendation, byBarriers: boolean) =>
    pending.some((other) => {
      if (other === candidate) return false;
      const contested = evidenceRank(candidate.practice.evidence.level) === CONTESTED;
      const stronger =
        contested &&
        evidenceRank(other.practice.evidence.level) < CONTESTED &&
        sharesGoal(candidate.practice, other.practice, goal);
      const barrier =
        byBarriers &&
        other.mechanism === "interference" &&
        other.practice.relations.interferesWith.includes(candidate.practice.id);
      return stronger || barrier;
    });
  while (pending.length > 0) {
    let index = pending.findIndex((candidate) => !blocked(candidate, true));
    // Should a contested barrier and the stronger practice it undoes wait for each other, evidence wins.
    if (index < 0) index = pending.findIndex((candidate) => !blocked(candidate, false));
    const [next] = pending.splice(Math.max(index, 0), 1);
    ordered.push(next as Recommendation);
  }
  return ordered;
}
