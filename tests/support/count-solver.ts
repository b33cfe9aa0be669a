import { coarseShares, publishedCount, publishedShareStep } from "../../src/domain/benchmark/statistics.js";

/**
 * The recovery attack on a group's published numbers, as a reader who knows the publication rules
 * would run it: every group size n and every count per answer level that would publish exactly
 * these numbers (group size, and per practice its adoption rate and all its level shares at once).
 */

const EPSILON = 1e-9;

export const LEVELS = ["0", "1", "2", "3", "4", "notApplicableOrUnanswered"] as const;
type Level = (typeof LEVELS)[number];

export interface PublishedPractice {
  readonly adoptionRate: number | null;
  readonly levelShares: Readonly<Record<string, number | null>> | null;
}

export interface PublishedGroup {
  readonly organisations: number;
  readonly practices: readonly PublishedPractice[];
}

export interface Solution {
  /** Every group size consistent with all the numbers. */
  readonly sizes: number[];
  /** Per practice and level, every count consistent with all the numbers (over all sizes). */
  readonly counts: Map<Level, Set<number>>[];
}

/**
 * The feasible counts per level of one practice at size n added to what other sizes already found
 * (`known`: the search stops once it found one solution at n and every level holds at least two
 * values, else it finds all there are), or null when no counts publish these shares. Shares rounded
 * together are each within one step of the exact share, so the search stays inside that box and
 * checks every candidate against the publication rule itself.
 */
function solvePractice(
  practice: PublishedPractice,
  n: number,
  publish: (counts: readonly number[], of: number) => readonly number[],
  step: number,
  known: ReadonlyMap<Level, ReadonlySet<number>> | undefined,
): Map<Level, Set<number>> | null {
  const shares = practice.levelShares;
  const found = new Map<Level, Set<number>>(LEVELS.map((level) => [level, new Set<number>(known?.get(level))]));
  if (shares === null || practice.adoptionRate === null) return found;
  const target = LEVELS.map((level) => shares[level] ?? Number.NaN);
  // Strictly within: a share one whole step off its exact value is never rounded to (the exact value
  // is a multiple of the step there, and a multiple is published as itself). The bounds are ratios of
  // small integers; the margin keeps a float error from moving them across a whole count.
  const boxes = target.map((share): [number, number] => [
    Math.max(0, Math.floor((n * (share - step)) / 100 + EPSILON) + 1),
    Math.min(n, Math.ceil((n * (share + step)) / 100 - EPSILON) - 1),
  ]);
  // Each level's candidates nearest the exact share first: the counts that publish these shares are
  // there, so the first solution (and a second value per level) comes early. The order changes how
  // soon the search may stop, never what it accepts.
  const order = boxes.map(([low, high], level) => {
    const centre = (n * (target[level] as number)) / 100;
    const values: number[] = [];
    for (let value = low; value <= high; value++) values.push(value);
    return values.sort((a, b) => Math.abs(a - centre) - Math.abs(b - centre) || a - b);
  });
  // The least and most the levels from `level` on can still hold: prunes the search by the sum.
  const lowFrom = boxes.map((_, level) => boxes.slice(level).reduce((sum, [low]) => sum + low, 0));
  const highFrom = boxes.map((_, level) => boxes.slice(level).reduce((sum, [, high]) => sum + high, 0));
  const counts: number[] = [];
  let any = false;
  // One solution settles whether n is feasible; two values per level over all sizes, that it is not pinned.
  const sets = [...found.values()];
  const enough = () => any && sets.every((values) => values.size >= 2);
  const search = (level: number, left: number): void => {
    if (enough()) return;
    if (level === LEVELS.length - 1) {
      const [low, high] = boxes[level] as [number, number];
      if (left < low || left > high) return;
      const candidate = [...counts, left];
      const published = publish(candidate, n);
      const adoption = (published[3] as number) + (published[4] as number);
      if (adoption !== practice.adoptionRate || published.some((share, index) => share !== target[index])) return;
      any = true;
      candidate.forEach((value, index) => {
        found.get(LEVELS[index] as Level)?.add(value);
      });
      return;
    }
    for (const value of order[level] as number[]) {
      if (value > left) continue;
      const rest = left - value;
      if (rest < (lowFrom[level + 1] as number) || rest > (highFrom[level + 1] as number)) continue;
      counts.push(value);
      search(level + 1, left - value);
      counts.pop();
    }
  };
  search(0, n);
  return any ? found : null;
}

export function solveGroup(
  group: PublishedGroup,
  k: number,
  rules: {
    shares?: (counts: readonly number[], of: number, step: number) => readonly number[];
    step?: (of: number) => number;
    count?: (count: number) => number;
    maxSize?: number;
  } = {},
): Solution {
  const publish = rules.shares ?? coarseShares;
  const stepOf = rules.step ?? ((n: number) => publishedShareStep(n, k));
  const count = rules.count ?? ((n: number) => publishedCount(n, k));
  const sizes: number[] = [];
  const counts = group.practices.map(() => new Map<Level, Set<number>>(LEVELS.map((level) => [level, new Set()])));
  for (let n = k; n <= (rules.maxSize ?? 2000); n++) {
    if (count(n) !== group.organisations) continue;
    const solved: (Map<Level, Set<number>> | null)[] = [];
    for (const practice of group.practices) {
      const step = stepOf(n);
      const known = counts[solved.length];
      const practiceSolution = solvePractice(practice, n, (counts, of) => publish(counts, of, step), step, known);
      solved.push(practiceSolution);
      if (practiceSolution === null) break;
    }
    if (solved.some((practice) => practice === null)) continue;
    sizes.push(n);
    solved.forEach((practice, index) => {
      for (const [level, values] of practice ?? []) for (const value of values) counts[index]?.get(level)?.add(value);
    });
  }
  return { sizes, counts };
}

/** The practices and levels whose count the solution pins to one value. */
export function pinnedCounts(solution: Solution): string[] {
  const pinned: string[] = [];
  solution.counts.forEach((levels, index) => {
    for (const [level, values] of levels) if (values.size === 1) pinned.push(`practice ${index} level ${level}`);
  });
  return pinned;
}
