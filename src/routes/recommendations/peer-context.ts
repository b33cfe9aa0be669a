import type { Context } from "hono";
import type { AppEnv } from "../../app-env.js";
import { ALL_PERIODS } from "../../domain/benchmark/peer-groups.js";
import type { FrameworkContent } from "../../domain/framework/framework-schema.js";
import type { AssessmentRecord } from "../../store/assessments.js";
import { releasedLattice } from "../../store/benchmark-releases.js";
import { releaseForRequest } from "../benchmark-releases/current-release.js";
import { choosePeerGroup, type PeerGroupChoice } from "../benchmarks/peer-group-choice.js";

/**
 * The peers of an assessment's organisation as of the current benchmark release: the group it is
 * compared with, its adoption rates and released figures. Never the live aggregates: recommendations'
 * order and priority and what-if ranks change only when a release does.
 */
export async function peersOf(c: Context<AppEnv>, assessment: AssessmentRecord, content: FrameworkContent) {
  const deps = c.get("deps");
  const release = await releaseForRequest(c);
  const lattice = await releasedLattice(deps.storage.db, release.id, assessment.frameworkVersion, ALL_PERIODS);
  const choice: PeerGroupChoice = choosePeerGroup(lattice, assessment.context, release.minimumGroupSize);
  const released = new Map(choice.figures?.practices.map((practice) => [practice.practiceId, practice.adoptionRate]));
  const adoption = new Map(content.practices.map((practice) => [practice.id, released.get(practice.id) ?? null]));
  return { choice, adoption, release };
}
