import type { PhaseId } from "../framework/framework-schema.js";
import type { Answer, Scores } from "../scoring.js";
import { type PeerContext, peerGroupsFor } from "./peer-groups.js";

/**
 * What one organisation's contribution adds to the aggregates of every group it belongs to, as row
 * counts keyed per group, one contribution at a time: the straightforward recompute that a release
 * cut's one-pass fold (contribution-fold.ts) is tested against. Pure.
 */

export interface Contribution {
  readonly frameworkVersion: string;
  readonly period: string;
  readonly context: PeerContext;
  readonly scores: Scores;
  readonly answers: ReadonlyMap<string, Answer>;
}

export type Measure = "overall" | PhaseId;

/** Row deltas by their primary key (fields joined with a tab). */
export interface AggregateDelta {
  readonly groups: Map<string, number>;
  readonly bins: Map<string, number>;
  readonly levels: Map<string, number>;
}

export const SEPARATOR = "\t";

export function emptyDelta(): AggregateDelta {
  return { groups: new Map(), bins: new Map(), levels: new Map() };
}

const bump = (map: Map<string, number>, key: string, by: number) => map.set(key, (map.get(key) ?? 0) + by);

/** The 1-point bin of a score: [b, b + 1), with 100 in bin 100. */
export function binOf(score: number): number {
  return Math.min(100, Math.max(0, Math.floor(score)));
}

export function levelOf(answer: Answer): string {
  return answer === "notApplicable" ? "na" : String(answer);
}

export function addContribution(delta: AggregateDelta, contribution: Contribution, sign: 1 | -1): void {
  const prefix = [contribution.frameworkVersion, contribution.period];
  for (const group of peerGroupsFor(contribution.context)) {
    const at = [...prefix, group.key];
    bump(delta.groups, at.join(SEPARATOR), sign);
    const measures: [Measure, number | null][] = [
      ["overall", contribution.scores.overall.score],
      ...contribution.scores.phases.map((phase): [Measure, number | null] => [phase.phase, phase.score]),
    ];
    for (const [measure, score] of measures) {
      if (score !== null) bump(delta.bins, [...at, measure, binOf(score)].join(SEPARATOR), sign);
    }
    for (const [practiceId, answer] of contribution.answers) {
      bump(delta.levels, [...at, practiceId, levelOf(answer)].join(SEPARATOR), sign);
    }
  }
}
