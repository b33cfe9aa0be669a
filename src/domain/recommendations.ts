import { evidenceRank } from "./framework/content-rules.js";
import type { FrameworkContent, Goal, Practice } from "./framework/framework-schema.js";
import {
  AVAILABILITY_FIGURE_PHASE,
  type AvailabilityCell,
  type AvailabilityComparison,
  type AvailabilityFigure,
} from "./labour-market/availability.js";
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
  readonly labourMigrantShare?: number | null | undefined;
  readonly agencyWorkerShare?: number | null | undefined;
  readonly statushouderShare?: number | null | undefined;
}

export interface RecommendationInput {
  readonly content: FrameworkContent;
  readonly context: OrganisationContext;
  readonly answers: ReadonlyMap<string, Answer>;
  readonly goal?: Goal | undefined;
  readonly workforce?: WorkforceFigures | undefined;
  /** Peers' adoption rate (%) per practice, where the peer group passes k. */
  readonly peerAdoption?: ReadonlyMap<string, number | null> | undefined;
  /** The workforce shares next to labour-market availability for the organisation's cell (docs/recommendations.md). */
  readonly labourMarket?: LabourMarketInput | undefined;
  /**
   * Practices with an open action (planned or in progress) in the organisation's plan: they leave the
   * ranked list instead of being recommended again (`plannedInstead` lists them), except a legal duty
   * not in place, which stays first, marked `planned` (issue 17: the law is not deferred by a plan).
   */
  readonly plannedPractices?: ReadonlySet<string> | undefined;
  readonly limit: number;
}

export interface LabourMarketInput {
  readonly cell: AvailabilityCell;
  readonly source: string;
  readonly year: number;
  readonly comparisons: readonly Pick<AvailabilityComparison, "figure" | "own" | "availability" | "farBelow">[];
}

export type VulnerableFigure = "agedOver55Share" | "atMostMbo2Share" | "routineWorkShare";

export type Reason =
  | { readonly kind: "gap"; readonly current: number; readonly answered: boolean }
  | { readonly kind: "legalDuty"; readonly law: string; readonly article: string; readonly planned: boolean }
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
      /** At least two: seed 004 finds vulnerability in an accumulation of barriers, never in one figure. */
      readonly factors: readonly { readonly figure: VulnerableFigure; readonly share: number }[];
    }
  | {
      readonly kind: "labourMigrants";
      readonly labourMigrantShare: number | null;
      readonly agencyWorkerShare: number | null;
    }
  | { readonly kind: "statushouders"; readonly share: number }
  | {
      /** Shares far below labour-market availability: recruitment (workforce, hires) or progression (management). */
      readonly kind: "belowAvailability";
      readonly phase: "werving_selectie" | "doorstroom";
      readonly figures: readonly { readonly figure: AvailabilityFigure; readonly own: number }[];
      readonly availability: number;
      readonly cell: AvailabilityCell;
      readonly source: string;
      readonly year: number;
    }
  | { readonly kind: "peers"; readonly adoptionRate: number };

type Trigger = Extract<
  Reason,
  { kind: "learningGap" | "vulnerableProfile" | "labourMigrants" | "statushouders" | "belowAvailability" }
>;

export interface Recommendation {
  readonly practice: Practice;
  readonly priority: number;
  readonly currentMaturity: number;
  /** Set when the practice is a legal duty not in place: it leads the list, whatever its priority. */
  readonly legalDuty: { readonly law: string; readonly article: string; readonly planned: boolean } | null;
  readonly mechanism: "interference" | "compensation" | "reinforcement" | null;
  readonly reasons: readonly Reason[];
  readonly suggestedWith: readonly string[];
  readonly peerAdoptionRate: number | null;
  readonly expectedGain: {
    /** The next maturity level: the gain is what one step up brings, never ±0. */
    readonly toMaturity: number;
    readonly phase: { readonly from: number | null; readonly to: number | null; readonly change: number | null };
    readonly overall: { readonly from: number | null; readonly to: number | null; readonly change: number | null };
  };
}

/** Thresholds that make a workforce figure a trigger (docs/recommendations.md gives the reasons). */
export const LEARNING_GAP_POINTS = 10;
export const VULNERABLE_THRESHOLDS = { agedOver55Share: 25, atMostMbo2Share: 30, routineWorkShare: 40 } as const;
/** Seed 004: vulnerability comes from barriers that accumulate; one figure alone does not make the profile. */
export const VULNERABLE_MIN_FACTORS = 2;
export const LABOUR_MIGRANT_SHARE = 10;
export const AGENCY_WORKER_SHARE = 20;
export const STATUSHOUDER_SHARE = 1;

/** How much the fit to this organisation may multiply a practice's priority, at most (all factors together). */
export const MAX_CONTEXT_BOOST = 2;
/** In the first TOP_SPREAD recommendations, at most PER_PHASE from one phase (unless exempt). */
export const TOP_SPREAD = 5;
export const PER_PHASE = 2;

const maturityOf = (answer: Answer | undefined) => (typeof answer === "number" ? answer : 0);
const round1 = (value: number) => Math.round(value * 10) / 10;
const change = (from: number | null, to: number | null) => (from === null || to === null ? null : round1(to - from));

/** Shares far below availability (src/domain/labour-market/availability.ts), per phase they call for. */
function availabilityTriggers(labourMarket: LabourMarketInput | undefined): Trigger[] {
  if (labourMarket === undefined) return [];
  return (["werving_selectie", "doorstroom"] as const).flatMap((phase): Trigger[] => {
    const far = labourMarket.comparisons.filter(
      (comparison) =>
        comparison.farBelow && comparison.own !== null && AVAILABILITY_FIGURE_PHASE[comparison.figure] === phase,
    );
    const first = far[0];
    if (first === undefined) return [];
    return [
      {
        kind: "belowAvailability",
        phase,
        figures: far.map((comparison) => ({ figure: comparison.figure, own: comparison.own as number })),
        availability: first.availability,
        cell: labourMarket.cell,
        source: labourMarket.source,
        year: labourMarket.year,
      },
    ];
  });
}

function triggers(workforce: WorkforceFigures | undefined, labourMarket: LabourMarketInput | undefined): Trigger[] {
  const found: Trigger[] = availabilityTriggers(labourMarket);
  if (workforce === undefined) return found;
  const withMb = workforce.learningParticipationWithMigrationBackground;
  const withoutMb = workforce.learningParticipationWithoutMigrationBackground;
  if (withMb !== null && withoutMb !== null && withoutMb - withMb >= LEARNING_GAP_POINTS) {
    found.push({ kind: "learningGap", withMigrationBackground: withMb, withoutMigrationBackground: withoutMb });
  }
  const factors = (Object.keys(VULNERABLE_THRESHOLDS) as VulnerableFigure[]).flatMap((figure) => {
    const share = workforce[figure];
    return share !== null && share >= VULNERABLE_THRESHOLDS[figure] ? [{ figure, share }] : [];
  });
  if (factors.length >= VULNERABLE_MIN_FACTORS) found.push({ kind: "vulnerableProfile", factors });
  const labourMigrants = workforce.labourMigrantShare ?? null;
  const agencyWorkers = workforce.agencyWorkerShare ?? null;
  if (
    (labourMigrants !== null && labourMigrants >= LABOUR_MIGRANT_SHARE) ||
    (agencyWorkers !== null && agencyWorkers >= AGENCY_WORKER_SHARE)
  ) {
    found.push({ kind: "labourMigrants", labourMigrantShare: labourMigrants, agencyWorkerShare: agencyWorkers });
  }
  const statushouders = workforce.statushouderShare ?? null;
  if (statushouders !== null && statushouders >= STATUSHOUDER_SHARE) {
    found.push({ kind: "statushouders", share: statushouders });
  }
  return found;
}

/**
 * The focus group each trigger calls for, and how strongly. The learning triggers count within the
 * bounded context boost; the two groups of seeds 002 and 003 (labour migrants, statushouders) lead:
 * their practices come right after the legal duties, may fill the first places whatever their phase,
 * and are weighed for honesty against the practices for the same group only (orderHonestly). Their
 * factor orders them among themselves and against the legal duties' own order only.
 */
const TRIGGER_FOCUS = {
  learningGap: { group: "learning_gap", factor: 1.4, leads: false },
  vulnerableProfile: { group: "vulnerable_profile", factor: 1.4, leads: false },
  labourMigrants: { group: "labour_migrants", factor: 2.5, leads: true },
  statushouders: { group: "statushouders", factor: 2.5, leads: true },
  // Not a focus group: a share far below availability calls for the practices of a phase.
  belowAvailability: { group: null, factor: 1.4, leads: false },
} as const;

/**
 * Within a leading group's tier, what its seed puts first, in this order. Seed 002 (EU labour migrants)
 * finds these workers dependent on agency and employer, short of Dutch, and short of knowledge of their
 * rights. The dependency is what the legal duties address (housing apart from the contract, admitted
 * agencies only), which lead anyway; right after them come knowing one's rights, told in one's own
 * language, and learning Dutch, since without them a worker cannot use the rest (finding local support,
 * a route to direct employment). Practice ids are stable across framework versions; one a version
 * lacks is passed over.
 */
export const LEADING_GROUP_FIRST: Readonly<Record<string, readonly string[]>> = {
  labour_migrants: ["rights_info_own_language", "dutch_language_courses"],
};

/** Where a practice stands in its leading groups' emphasis (LEADING_GROUP_FIRST); Infinity when nowhere. */
function emphasisRank(practice: Practice, groups: readonly string[]): number {
  const ranks = groups.map((group) => LEADING_GROUP_FIRST[group]?.indexOf(practice.id) ?? -1).filter((at) => at >= 0);
  return ranks.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...ranks);
}

const aimedAt = (practice: Practice, trigger: Trigger) =>
  trigger.kind === "belowAvailability"
    ? practice.phase === trigger.phase
    : practice.focusGroups.includes(TRIGGER_FOCUS[trigger.kind].group);

/** The leading focus groups a practice is aimed at, among the triggered ones. */
function ledBy(practice: Practice, triggered: readonly Trigger[]): string[] {
  return triggered
    .filter((trigger) => TRIGGER_FOCUS[trigger.kind].leads && aimedAt(practice, trigger))
    .flatMap((trigger) => {
      const group = TRIGGER_FOCUS[trigger.kind].group;
      return group === null ? [] : [group];
    });
}

const legalBasisOf = (practice: Practice) =>
  practice.legalBasis === undefined || practice.legalBasis === null ? null : practice.legalBasis;

/** Practices an organisation of this context may be recommended: applicable, fitting, not answered n/a, not at 4. */
export function candidates(input: RecommendationInput): Practice[] {
  const { context } = input;
  const withoutHrSmall = !context.hasHrDepartment && (context.sizeClass === "micro" || context.sizeClass === "small");
  return input.content.practices.filter((practice) => {
    const answer = input.answers.get(practice.id);
    if (!appliesTo(practice, context) || answer === "notApplicable" || answer === 4) return false;
    // A legal duty in place (3) is met: it is a baseline, not a ladder to climb for score.
    if (legalBasisOf(practice) !== null && maturityOf(answer) >= 3) return false;
    // A small employer without an HR department gets practices it can carry out itself (a legal duty
    // binds it all the same).
    return !(withoutHrSmall && practice.fit.needsHrDepartment && legalBasisOf(practice) === null);
  });
}

/** A practice with an open action that is not a legal duty: planned, so not recommended again. */
const plannedElsewhere = (practice: Practice, input: RecommendationInput) =>
  legalBasisOf(practice) === null && (input.plannedPractices?.has(practice.id) ?? false);

/**
 * The practices the organisation would be recommended but has an open action for: shown as planned
 * (with the action's due date) instead of in the ranked list. Legal duties are never here: they stay
 * in the list, first, marked planned.
 */
export function plannedInstead(input: RecommendationInput): Practice[] {
  return candidates(input).filter((practice) => plannedElsewhere(practice, input));
}

export function recommend(input: RecommendationInput): Recommendation[] {
  const { content, context, answers } = input;
  const weights = content.scoring.evidenceWeights;
  const current = scoreAssessment(content, context, answers);
  const phaseScore = new Map(current.phases.map((phase) => [phase.phase, phase.score]));
  const workforceTriggers = triggers(input.workforce, input.labourMarket);
  const all = candidates(input);
  const pool = all.filter((practice) => !plannedElsewhere(practice, input));
  const missing = new Set(
    all.filter((practice) => maturityOf(answers.get(practice.id)) <= 1).map((practice) => practice.id),
  );
  const byId = new Map(content.practices.map((practice) => [practice.id, practice]));

  const ranked = pool.map((practice): Recommendation => {
    const maturity = maturityOf(answers.get(practice.id));
    const reasons: Reason[] = [{ kind: "gap", current: maturity, answered: answers.has(practice.id) }];
    const law = legalBasisOf(practice);
    const legalDuty =
      law === null
        ? null
        : { law: law.law, article: law.article, planned: input.plannedPractices?.has(practice.id) ?? false };
    if (legalDuty !== null) reasons.unshift({ kind: "legalDuty", ...legalDuty });
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
    // The weaker its phase, the more a step counts: the list follows the organisation's weak spots.
    const phase = phaseScore.get(practice.phase) ?? null;
    priority *= 0.75 + 0.5 * (1 - (phase ?? 0) / 100);

    // The fit to this organisation (mechanisms, workforce figures) multiplies the priority, together
    // at most MAX_CONTEXT_BOOST: the relations of seed 004 sit mostly in the learning phase, and
    // unbounded they gave learning practices up to six times the priority of the rest.
    let boost = 1;
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
        boost *= 1.8;
        mechanism = "interference";
        reasons.push({ kind: "interference", undoes: undone });
      }
    }
    // Compensation: this practice makes up for a weak spot elsewhere.
    const weakSpots = practice.relations.compensates
      .map((id) => ({ practiceId: id, maturity: maturityOf(answers.get(id)) }))
      .filter((spot) => spot.maturity <= 1 && answers.get(spot.practiceId) !== "notApplicable");
    if (weakSpots.length > 0) {
      boost *= 1.2;
      mechanism ??= "compensation";
      reasons.push({ kind: "compensation", compensates: weakSpots });
    }
    // Reinforcement: suggested with the practices it strengthens that are also missing.
    const partners = practice.relations.reinforces.filter((id) => missing.has(id));
    if (partners.length > 0) {
      mechanism ??= "reinforcement";
      reasons.push({ kind: "reinforcement", with: partners });
    }
    let focus = 1;
    for (const trigger of workforceTriggers) {
      if (!aimedAt(practice, trigger)) continue;
      reasons.push(trigger);
      if (TRIGGER_FOCUS[trigger.kind].leads) focus = Math.max(focus, TRIGGER_FOCUS[trigger.kind].factor);
      else boost *= TRIGGER_FOCUS[trigger.kind].factor;
    }
    priority *= Math.min(boost, MAX_CONTEXT_BOOST) * focus;
    const peerRate = input.peerAdoption?.get(practice.id) ?? null;
    if (peerRate !== null) {
      // Common among peers and missing here: a next step that organisations like this one manage.
      priority *= 1 + peerRate / 200;
      if (peerRate >= 40) reasons.push({ kind: "peers", adoptionRate: peerRate });
    }

    const toMaturity = Math.min(maturity + 1, 4);
    const raised = new Map(answers);
    raised.set(practice.id, toMaturity as Answer);
    // A legal duty is not in the maturity score (docs/scoring.md): it brings no points, so none are shown.
    const after = legalDuty === null ? scoreAssessment(content, context, raised) : null;
    const phaseBefore = phase;
    const phaseAfter = after?.phases.find((candidate) => candidate.phase === practice.phase)?.score ?? null;
    return {
      practice,
      priority: Math.round(priority * 1000) / 1000,
      currentMaturity: maturity,
      legalDuty,
      mechanism,
      reasons,
      suggestedWith: partners,
      peerAdoptionRate: peerRate,
      expectedGain: {
        toMaturity,
        phase: { from: phaseBefore, to: phaseAfter, change: change(phaseBefore, phaseAfter) },
        overall: {
          from: current.overall.score,
          to: after?.overall.score ?? null,
          change: change(current.overall.score, after?.overall.score ?? null),
        },
      },
    };
  });

  ranked.sort((a, b) => b.priority - a.priority || a.practice.id.localeCompare(b.practice.id));
  // Legal duties not in place lead, in their own order: the law is not weighed against evidence.
  const duties = ranked.filter((item) => item.legalDuty !== null);
  const focusOf = (practice: Practice) => ledBy(practice, workforceTriggers);
  // Then the practices for a triggered leading group (labour migrants, statushouders): the group's
  // figures call for them, whatever the evidence of practices for other needs. Then the rest.
  const others = ranked.filter((item) => item.legalDuty === null);
  // Within the leading groups' tier, what their seed puts first leads; the rest keep their priority order.
  const led = others
    .filter((item) => focusOf(item.practice).length > 0)
    .map((item, at) => ({ item, at, rank: emphasisRank(item.practice, focusOf(item.practice)) }))
    .sort((a, b) => a.rank - b.rank || a.at - b.at)
    .map(({ item }) => item);
  const rest = [
    ...orderHonestly(led, input.goal, focusOf),
    ...orderHonestly(
      others.filter((item) => focusOf(item.practice).length === 0),
      input.goal,
      focusOf,
    ),
  ];
  const exempt = (item: Recommendation) => input.goal !== undefined || focusOf(item.practice).length > 0;
  return spreadOverPhases(duties, rest, exempt, input.goal, focusOf).slice(0, input.limit);
}

const CONTESTED = evidenceRank("contested");
/** Contested and unverified: neither may stand above stronger evidence for the same goal. */
const weakEvidence = (practice: Practice) => evidenceRank(practice.evidence.level) >= CONTESTED;

type FocusOf = (practice: Practice) => readonly string[];
const noFocus: FocusOf = () => [];

/**
 * Do the two serve the same goal, so that the stronger evidence must come first? The chosen goal, or
 * any shared goal when none is chosen. A practice for a triggered leading focus group (labour migrants,
 * statushouders) serves that group: only a practice for the same group is an alternative to it.
 */
function sharesGoal(weak: Practice, other: Practice, goal: Goal | undefined, focusOf: FocusOf): boolean {
  const groups = focusOf(weak);
  if (groups.length > 0 && !focusOf(other).some((group) => groups.includes(group))) return false;
  return goal === undefined
    ? weak.goals.some((candidate) => other.goals.includes(candidate))
    : weak.goals.includes(goal) && other.goals.includes(goal);
}

/**
 * A contested or unverified practice never stands above a practice with stronger evidence (strong,
 * moderate, promising) that serves the same goal, and a practice another one undoes when missing never
 * stands above that barrier.
 */
export function orderHonestly(
  ranked: readonly Recommendation[],
  goal: Goal | undefined,
  focusOf: FocusOf = noFocus,
): Recommendation[] {
  const pending = [...ranked];
  const ordered: Recommendation[] = [];
  const blocked = (candidate: Recommendation, byBarriers: boolean) =>
    pending.some(
      (other) =>
        other !== candidate &&
        (byBarriers ? mustPrecede(other, candidate, goal, focusOf) : evidenceFirst(other, candidate, goal, focusOf)),
    );
  while (pending.length > 0) {
    let index = pending.findIndex((candidate) => !blocked(candidate, true));
    // Should two barriers wait for each other, evidence decides alone.
    if (index < 0) index = pending.findIndex((candidate) => !blocked(candidate, false));
    const [next] = pending.splice(Math.max(index, 0), 1);
    ordered.push(next as Recommendation);
  }
  return ordered;
}

/**
 * The first TOP_SPREAD places span the organisation's phases: at most PER_PHASE from one phase, unless
 * the practice is exempt (a goal was asked, or a triggered focus group calls for it). Legal duties lead
 * and count towards their phase. A capped practice only moves down, and never below a practice it must
 * precede by the honesty rules: it is skipped only while another candidate may come first.
 */
export function spreadOverPhases(
  duties: readonly Recommendation[],
  ordered: readonly Recommendation[],
  exempt: (item: Recommendation) => boolean,
  goal: Goal | undefined,
  focusOf: FocusOf,
): Recommendation[] {
  const result = [...duties];
  const perPhase = new Map<string, number>();
  for (const duty of duties) perPhase.set(duty.practice.phase, (perPhase.get(duty.practice.phase) ?? 0) + 1);
  const pending = [...ordered];
  const mayPrecede = (candidate: Recommendation, index: number) =>
    pending.slice(0, index).every((earlier) => !mustPrecede(earlier, candidate, goal, focusOf));
  while (pending.length > 0) {
    let index = 0;
    if (result.length < TOP_SPREAD) {
      const found = pending.findIndex(
        (item, at) => (exempt(item) || (perPhase.get(item.practice.phase) ?? 0) < PER_PHASE) && mayPrecede(item, at),
      );
      index = Math.max(found, 0);
    }
    const [next] = pending.splice(index, 1);
    const item = next as Recommendation;
    result.push(item);
    perPhase.set(item.practice.phase, (perPhase.get(item.practice.phase) ?? 0) + 1);
  }
  return result;
}

/** Must `earlier` stay above `later` on evidence: a stronger practice for the same goal? */
function evidenceFirst(earlier: Recommendation, later: Recommendation, goal: Goal | undefined, focusOf: FocusOf) {
  return (
    weakEvidence(later.practice) &&
    !weakEvidence(earlier.practice) &&
    sharesGoal(later.practice, earlier.practice, goal, focusOf)
  );
}

/**
 * Must `earlier` stay above `later` (the honesty rules)? On evidence; or because `earlier` is a missing
 * barrier that undoes `later` (interference), unless the barrier's evidence is weak and `later`'s is
 * not: then evidence wins, and a weakly evidenced barrier cannot drag stronger practices down with it.
 */
function mustPrecede(earlier: Recommendation, later: Recommendation, goal: Goal | undefined, focusOf: FocusOf) {
  const barrier =
    earlier.mechanism === "interference" &&
    earlier.practice.relations.interferesWith.includes(later.practice.id) &&
    !(weakEvidence(earlier.practice) && !weakEvidence(later.practice));
  return barrier || evidenceFirst(earlier, later, goal, focusOf);
}
