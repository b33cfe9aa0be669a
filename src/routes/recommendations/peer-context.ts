import type { Context } from "hono";
import type { AppEnv } from "../../app-env.js";
import { practiceAdoption } from "../../domain/benchmark/group-statistics.js";
import { ALL_PERIODS } from "../../domain/benchmark/peer-groups.js";
import type { FrameworkContent } from "../../domain/framework/framework-schema.js";
import type { AssessmentRecord } from "../../store/assessments.js";
import { practiceLevels, scoreBins } from "../../store/benchmarks.js";
import { choosePeerGroup, type PeerGroupChoice } from "../benchmarks/peer-group-choice.js";

/** The peers of an assessment's organisation: the group it is compared with, its adoption rates and histograms. */
export async function peersOf(c: Context<AppEnv>, assessment: AssessmentRecord, content: FrameworkContent) {
  const deps = c.get("deps");
  const k = deps.settings.benchmarks.minGroupSize;
  const choice: PeerGroupChoice = await choosePeerGroup(
    deps.storage.db,
    assessment.frameworkVersion,
    assessment.context,
    deps.settings.benchmarks,
  );
  if (choice.chosen === null)
    return { choice, adoption: new Map<string, number | null>(), bins: new Map<string, number[]>() };
  const groupKey = choice.chosen.key;
  const levels = await practiceLevels(deps.storage.db, assessment.frameworkVersion, ALL_PERIODS, groupKey);
  const adoption = new Map(
    content.practices.map((practice) => [
      practice.id,
      practiceAdoption(practice, levels.get(practice.id), choice.counts.get(groupKey) ?? 0, k).adoptionRate,
    ]),
  );
  const bins = await scoreBins(deps.storage.db, assessment.frameworkVersion, ALL_PERIODS, choice.chosen.key);
  return { choice, adoption, bins };
}
