import type { Scores } from "../scoring.js";
import { binOf } from "./aggregate-rows.js";

/**
 * What one contribution puts into each figure a group publishes (docs/privacy.md, "The change
 * threshold, per figure"): the group size, each practice's level shares, each measure's distribution
 * and each workforce median. A release cut counts, per figure, the members whose input to THAT figure
 * changed, so a client that moves one practice of its own while others change other things never sees
 * that practice re-measured. Pure.
 *
 * Inputs are one string per member, the figures in a fixed order per framework version, joined by
 * FIGURE_SEPARATOR; an empty input means none (no score for a phase, a workforce figure not reported).
 * Built from the contribution as it was frozen at submission (answers, scores, workforce snapshot).
 */

export const FIGURE_SEPARATOR = "\u001f";

/** The figures of a framework version, in order: size, practices, measures, workforce figures. */
export interface FigureLayout {
  readonly practices: readonly string[];
  readonly measures: readonly string[];
  readonly workforce: readonly string[];
}

/** The figure names in the order of a member's inputs (the change threshold names the blocking one). */
export function figureNames(layout: FigureLayout): string[] {
  return ["size", ...layout.practices, ...layout.measures, ...layout.workforce];
}

/**
 * A contribution's input to each figure: `1` for the size; per practice its level (`0`–`4`, `na`, or
 * `-` when not answered: the shares are over the whole group); per measure its 1-point bin, or none;
 * per workforce figure its value, or none.
 */
export function figureInputs(
  layout: FigureLayout,
  levels: Readonly<Record<string, string>>,
  scores: Scores | null,
  workforce: Readonly<Record<string, number | null>> | null,
): string {
  const byMeasure = new Map<string, number | null>();
  if (scores !== null) {
    byMeasure.set("overall", scores.overall.score);
    for (const phase of scores.phases) byMeasure.set(phase.phase, phase.score);
  }
  const inputs = ["1"];
  for (const practice of layout.practices) inputs.push(levels[practice] ?? "-");
  for (const measure of layout.measures) {
    const score = byMeasure.get(measure);
    inputs.push(score === null || score === undefined ? "" : String(binOf(score)));
  }
  for (const figure of layout.workforce) {
    const value = workforce?.[figure];
    inputs.push(typeof value === "number" ? String(value) : "");
  }
  return inputs.join(FIGURE_SEPARATOR);
}

/**
 * Which measures and workforce figures a member has an input to, as a bit mask (bit i: the i-th of
 * measures then workforce figures). A kept release stores this, never the inputs: an erased member's
 * departure changes exactly the figures it had an input to, and its values must not outlive it.
 */
export function presenceMask(layout: FigureLayout, inputs: string): number {
  const values = inputs.split(FIGURE_SEPARATOR);
  const offset = 1 + layout.practices.length;
  let mask = 0;
  const optional = layout.measures.length + layout.workforce.length;
  for (let index = 0; index < optional; index++) if ((values[offset + index] ?? "") !== "") mask |= 1 << index;
  return mask;
}

/**
 * The inputs of a member known only by its presence mask (erased since its figures were cut): `?` for
 * every figure it had an input to. Only ever compared with its absence, which changes all of them.
 */
export function presenceInputs(layout: FigureLayout, mask: number): string {
  const inputs = ["?", ...layout.practices.map(() => "?")];
  const optional = layout.measures.length + layout.workforce.length;
  for (let index = 0; index < optional; index++) inputs.push((mask & (1 << index)) === 0 ? "" : "?");
  return inputs.join(FIGURE_SEPARATOR);
}
