import type { Answer, Scores } from "../scoring.js";
import { sha256Hex } from "../sha256.js";

/**
 * What one submission puts into the figures, as one hash: its answers, scores and workforce snapshot
 * (the peer context is compared separately, by group). A release cut counts an organisation as
 * changed only when this differs, so a resubmission of the same answers changes nothing.
 */
export async function contributionHash(
  answers: ReadonlyMap<string, Answer>,
  scores: Scores,
  workforceSnapshot: string | null,
): Promise<string> {
  const sortedAnswers = [...answers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const measures = [scores.overall.score, ...scores.phases.map((phase) => [phase.phase, phase.score])];
  return (await sha256Hex(JSON.stringify([sortedAnswers, measures, workforceSnapshot]))).slice(0, 32);
}
