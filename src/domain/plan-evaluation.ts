import type { Answer } from "./scoring.js";

/**
 * The employer's plan (issue 19): actions on practices and targets on workforce shares, and how a
 * submitted round evaluates them. Pure: the routes read the round (its answers, its frozen figures)
 * and pass it in.
 */

/**
 * Due, baseline and target dates are calendar dates of the employers, who are in the Netherlands: a
 * moment counts on the date it has in Europe/Amsterdam (CET/CEST), not in UTC, so an action due on
 * the 15th is due from midnight there, not from 01:00 or 02:00.
 */
export const PLAN_TIME_ZONE = "Europe/Amsterdam";
const planCalendar = new Intl.DateTimeFormat("en-US", {
  timeZone: PLAN_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date (YYYY-MM-DD) a moment has where the employers are. */
export function planDateOf(moment: Date): string {
  const parts = Object.fromEntries(planCalendar.formatToParts(moment).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export const ACTION_STATUSES = ["planned", "inProgress", "done", "dropped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** An action still to be carried out: its practice is planned, not recommended again. */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = ["planned", "inProgress"];
export const isOpenAction = (status: ActionStatus) => OPEN_ACTION_STATUSES.includes(status);

/**
 * What a target may measure: the workforce shares a submission freezes into its round (the workforce
 * snapshot), so every round can say where the organisation stood. The other workforce figures are
 * not snapshotted and could never be evaluated.
 */
export const TARGET_MEASURES = [
  "migrationBackgroundShare",
  "migrationBackgroundManagementShare",
  "migrationBackgroundHiresShare",
  "learningParticipationWithMigrationBackground",
  "learningParticipationWithoutMigrationBackground",
] as const;
export type TargetMeasure = (typeof TARGET_MEASURES)[number];

export interface RoundReference {
  readonly assessmentId: string;
  readonly submittedAt: string;
}

export interface ActionEvaluation extends RoundReference {
  /** The practice's maturity in that round; null when not answered, not applicable, or not in its framework version. */
  readonly value: number | null;
  readonly reached: boolean;
}

export function evaluateAction(
  action: { readonly targetLevel: number },
  round: RoundReference,
  answer: Answer | undefined,
): ActionEvaluation {
  const value = typeof answer === "number" ? answer : null;
  return {
    assessmentId: round.assessmentId,
    submittedAt: round.submittedAt,
    value,
    reached: value !== null && value >= action.targetLevel,
  };
}

export interface TargetPath {
  readonly baselineValue: number;
  /** ISO date (YYYY-MM-DD). */
  readonly baselineDate: string;
  readonly targetValue: number;
  /** ISO date, after the baseline date. */
  readonly targetDate: string;
}

export type TargetProgress = "onTrack" | "behind" | "noData";

export interface TargetEvaluation extends RoundReference {
  /** The measure in that round's frozen figures; null when the round has none. */
  readonly value: number | null;
  /** Where the straight path from baseline to target stands at the round's submission. */
  readonly expectedValue: number;
  readonly progress: TargetProgress;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
/** A date, or the plan date of a moment (a submission's time), as a day number to compare. */
const dayOf = (isoDateOrTime: string) =>
  Date.parse(`${isoDateOrTime.length > 10 ? planDateOf(new Date(isoDateOrTime)) : isoDateOrTime}T00:00:00Z`);

/**
 * The value the linear path from baseline to target gives on a date: the baseline before the
 * baseline date, the target from the target date on.
 */
export function expectedValueAt(path: TargetPath, isoDateOrTime: string): number {
  const start = dayOf(path.baselineDate);
  const end = dayOf(path.targetDate);
  const fraction = Math.min(1, Math.max(0, (dayOf(isoDateOrTime) - start) / (end - start)));
  return round1(path.baselineValue + (path.targetValue - path.baselineValue) * fraction);
}

/**
 * On track when the measured value is at least as far along the path as the date asks, in the
 * target's direction (a target below its baseline is on track at or below the path).
 */
export function evaluateTarget(path: TargetPath, round: RoundReference, value: number | null): TargetEvaluation {
  const expectedValue = expectedValueAt(path, round.submittedAt);
  const falling = path.targetValue < path.baselineValue;
  const progress: TargetProgress =
    value === null ? "noData" : (falling ? value <= expectedValue : value >= expectedValue) ? "onTrack" : "behind";
  return { assessmentId: round.assessmentId, submittedAt: round.submittedAt, value, expectedValue, progress };
}
