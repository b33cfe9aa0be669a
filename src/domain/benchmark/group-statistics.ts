import type { Practice } from "../framework/framework-schema.js";
import { deciles, quartiles, totalOf } from "./statistics.js";

/**
 * What a published group shows: distributions per measure, adoption per practice. A practice's
 * adoption rate is shown only when at least k organisations answered it with a level (0–4), so no
 * rate rests on fewer than k employers. Pure.
 */

export function measureSummary(measure: string, bins: readonly number[]) {
  return { measure, organisations: totalOf(bins), ...quartiles(bins), deciles: deciles(bins) };
}

export function practiceAdoption(practice: Practice, levels: Readonly<Record<string, number>> | undefined, k: number) {
  const count = (level: string) => levels?.[level] ?? 0;
  const answered = ["0", "1", "2", "3", "4"].reduce((sum, level) => sum + count(level), 0);
  const shown = answered >= k;
  const share = (value: number) => (shown ? Math.round((1000 * value) / answered) / 10 : null);
  return {
    practiceId: practice.id,
    phase: practice.phase,
    /** Share (%) at maturity 3 or 4 among organisations that answered it with a level. */
    adoptionRate: share(count("3") + count("4")),
    levelShares: shown
      ? {
          "0": share(count("0")),
          "1": share(count("1")),
          "2": share(count("2")),
          "3": share(count("3")),
          "4": share(count("4")),
        }
      : null,
    suppressed: !shown,
  };
}
