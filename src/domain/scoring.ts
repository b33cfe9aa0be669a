import type { z } from "@hono/zod-openapi";
import type {
  BandIdSchema,
  FrameworkContent,
  PhaseId,
  Practice,
  SbiSection,
  SizeClass,
} from "./framework/framework-schema.js";

/**
 * Scoring a self-assessment: pure functions over the framework version's content, the organisation's
 * context and its answers. docs/scoring.md explains the rules; the property tests pin them down.
 */

export type BandId = z.infer<typeof BandIdSchema>;
export type Maturity = 0 | 1 | 2 | 3 | 4;
export type Answer = Maturity | "notApplicable";

export interface OrganisationContext {
  readonly sizeClass: SizeClass;
  readonly sbiSection: SbiSection;
  readonly hasHrDepartment: boolean;
}

export interface Coverage {
  /** Practices that apply to the organisation and are answered (a level, or not applicable). */
  readonly answered: number;
  /** Practices that apply to the organisation by its context. */
  readonly applicable: number;
}

export interface PhaseScore {
  readonly phase: PhaseId;
  /** `notApplicable` when nothing in the phase counts for this organisation: reported as such, never as 0 or 100. */
  readonly status: "scored" | "notApplicable";
  readonly score: number | null;
  readonly band: BandId | null;
  readonly coverage: Coverage;
  /**
   * How many practices the score rests on (applicable, not `notApplicable`, not a legal duty). Below
   * three a band says little: a firm of 6 with one counted practice at 4 is not a front-runner.
   */
  readonly practicesScored: number;
}

/** Below this many scored practices a phase's band is shown with a caution (issue 17). */
export const FEW_PRACTICES = 3;

export interface Scores {
  readonly overall: {
    readonly score: number | null;
    readonly band: BandId | null;
    /** The band the overall score alone would give, when the weakest phase holds it down. */
    readonly uncappedBand: BandId | null;
    readonly cappedBy: PhaseId | null;
    readonly coverage: Coverage;
  };
  readonly phases: PhaseScore[];
}

/**
 * A legal duty (`legalBasis`, from 2026.2) is a baseline, not a step in maturity: it is asked and must
 * be answered, but it does not count in the maturity score, which weighs practices by their evidence
 * (docs/scoring.md, "Legal duties"). Versions without `legalBasis` score as they always did.
 */
export function isLegalDuty(practice: Practice): boolean {
  return practice.legalBasis !== undefined && practice.legalBasis !== null;
}

/** Does the practice apply to an organisation of this context at all? (Else it is not asked.) */
export function appliesTo(practice: Practice, context: OrganisationContext): boolean {
  return (
    practice.fit.sizeClasses.includes(context.sizeClass) &&
    (practice.fit.sectors.length === 0 || practice.fit.sectors.includes(context.sbiSection))
  );
}

/** May this organisation answer `notApplicable`? Only where the framework allows it and does not require the practice. */
export function mayBeNotApplicable(practice: Practice, context: OrganisationContext): boolean {
  return (
    practice.applicability.notApplicableWhen !== null && !practice.applicability.requiredFor.includes(context.sizeClass)
  );
}

export function applicablePractices(content: FrameworkContent, context: OrganisationContext): Practice[] {
  return content.practices.filter((practice) => appliesTo(practice, context));
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function bandFor(content: FrameworkContent, score: number): BandId {
  let band = content.scoring.bands[0]?.id ?? "beginnend";
  for (const candidate of content.scoring.bands) if (score >= candidate.minScore) band = candidate.id;
  return band;
}

interface Tally {
  weighted: number;
  weights: number;
  answered: number;
  applicable: number;
  scored: number;
}

function addTo(tally: Tally, answer: Answer | undefined, weight: number, legalDuty: boolean): void {
  tally.applicable += 1;
  if (answer !== undefined) tally.answered += 1;
  if (answer === "notApplicable" || legalDuty) return;
  // An unanswered applicable practice counts as 0: skipping a question never raises a score.
  tally.scored += 1;
  tally.weights += weight;
  tally.weighted += weight * ((answer ?? 0) / 4);
}

const percentage = (tally: Tally) => (tally.weights === 0 ? null : round1((100 * tally.weighted) / tally.weights));

/**
 * Scores per phase and overall, 0–100, each practice weighted by its evidence level's weight in this
 * version. `onlyPractices` restricts scoring to a set of practice ids (comparing across versions).
 */
export function scoreAssessment(
  content: FrameworkContent,
  context: OrganisationContext,
  answers: ReadonlyMap<string, Answer>,
  onlyPractices?: ReadonlySet<string>,
): Scores {
  const weights = content.scoring.evidenceWeights;
  const empty = (): Tally => ({ weighted: 0, weights: 0, answered: 0, applicable: 0, scored: 0 });
  const overall = empty();
  const byPhase = new Map<PhaseId, Tally>(content.phases.map((phase) => [phase.id, empty()]));
  for (const practice of content.practices) {
    if (!appliesTo(practice, context)) continue;
    if (onlyPractices !== undefined && !onlyPractices.has(practice.id)) continue;
    const answer = answers.get(practice.id);
    const weight = weights[practice.evidence.level];
    const legalDuty = isLegalDuty(practice);
    addTo(overall, answer, weight, legalDuty);
    const tally = byPhase.get(practice.phase);
    if (tally !== undefined) addTo(tally, answer, weight, legalDuty);
  }

  const phases: PhaseScore[] = content.phases.map((phase) => {
    const tally = byPhase.get(phase.id) ?? empty();
    const score = percentage(tally);
    return {
      phase: phase.id,
      status: score === null ? "notApplicable" : "scored",
      score,
      band: score === null ? null : bandFor(content, score),
      coverage: { answered: tally.answered, applicable: tally.applicable },
      practicesScored: tally.scored,
    };
  });

  const overallScore = percentage(overall);
  const bandIds = content.scoring.bands.map((band) => band.id);
  let band: BandId | null = null;
  let uncappedBand: BandId | null = null;
  let cappedBy: PhaseId | null = null;
  if (overallScore !== null) {
    uncappedBand = bandFor(content, overallScore);
    band = uncappedBand;
    // No total may hide a weak phase: the overall band is at most one above the weakest phase's band.
    const weakest = phases
      .filter((phase) => phase.band !== null)
      .reduce<PhaseScore | null>(
        (lowest, phase) =>
          lowest === null || bandIds.indexOf(phase.band as BandId) < bandIds.indexOf(lowest.band as BandId)
            ? phase
            : lowest,
        null,
      );
    if (weakest !== null) {
      const ceiling = bandIds[Math.min(bandIds.indexOf(weakest.band as BandId) + 1, bandIds.length - 1)] as BandId;
      if (bandIds.indexOf(uncappedBand) > bandIds.indexOf(ceiling)) {
        band = ceiling;
        cappedBy = weakest.phase;
      }
    }
  }
  return {
    overall: {
      score: overallScore,
      band,
      uncappedBand,
      cappedBy,
      coverage: { answered: overall.answered, applicable: overall.applicable },
    },
    phases,
  };
}

export interface PhaseChange {
  readonly phase: PhaseId;
  readonly previous: number | null;
  readonly current: number | null;
  readonly change: number | null;
}

/** Score changes between two rounds, per phase and overall; on the common practices when versions differ. */
export function scoreChanges(
  previous: Scores,
  current: Scores,
): { overall: PhaseChange["change"]; phases: PhaseChange[] } {
  const difference = (before: number | null, after: number | null) =>
    before === null || after === null ? null : round1(after - before);
  return {
    overall: difference(previous.overall.score, current.overall.score),
    phases: current.phases.map((phase) => {
      const before = previous.phases.find((candidate) => candidate.phase === phase.phase)?.score ?? null;
      return { phase: phase.phase, previous: before, current: phase.score, change: difference(before, phase.score) };
    }),
  };
}
