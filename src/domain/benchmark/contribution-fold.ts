import type { Answer } from "../scoring.js";
import { binOf, levelOf } from "./aggregate-rows.js";
import { groupsOfContext } from "./change-threshold.js";

/**
 * The fold a release cut makes of a lattice's contributions: score histograms (1-point bins) and
 * per-practice level counts per published group, in one pass over the members. Each member is counted
 * in its narrowest cell only; the cells are then added to the published groups they lie in, so the
 * work per member does not grow with the number of groups. Pure.
 *
 * Equal, by construction and by test (tests/api/release-recompute.test.ts), to summing
 * `addContribution` (aggregate-rows.ts) over the same contributions.
 */

/** What the figures of one group rest on: histograms per measure (101 bins) and organisations per level per practice. */
export interface FoldedGroup {
  readonly bins: Map<string, number[]>;
  readonly levels: Map<string, Record<string, number>>;
}

/** One member's inputs: its narrowest context (`s|c|r`), its scores per measure, and its answer level per practice. */
export interface FoldMember {
  readonly context: string;
  readonly measures: Iterable<readonly [string, number | null]>;
  /** Practice id → level (`0`–`4`, or `na`). */
  readonly levels: Readonly<Record<string, string>>;
}

/** A submission's answers as the fold reads them, frozen with the submission (JSON: practice id → level). */
export function contributionAnswers(answers: ReadonlyMap<string, Answer>): string {
  return JSON.stringify(Object.fromEntries([...answers].map(([practiceId, answer]) => [practiceId, levelOf(answer)])));
}

const LEVELS = ["0", "1", "2", "3", "4", "na"] as const;
const LEVEL_INDEX = new Map<string, number>(LEVELS.map((level, index) => [level, index]));

/**
 * A cell's counts, sparse where a cell is small: a few members per cell is common (3 000 organisations
 * over about a thousand section × size × region cells), and adding 101-bin histograms per cell cost
 * more than the members themselves (measured with bench/release-cut.ts).
 */
interface Cell {
  /** measure → bin → organisations. */
  readonly bins: Map<string, Map<number, number>>;
  /** practice → organisations per level, in the order of LEVELS. */
  readonly levels: Map<string, number[]>;
}

/** Contributions counted per narrowest cell, for one lattice. */
export class LatticeFold {
  readonly #cells = new Map<string, Cell>();

  add(member: FoldMember): void {
    let cell = this.#cells.get(member.context);
    if (cell === undefined) {
      cell = { bins: new Map(), levels: new Map() };
      this.#cells.set(member.context, cell);
    }
    for (const [measure, score] of member.measures) {
      if (score === null) continue;
      let histogram = cell.bins.get(measure);
      if (histogram === undefined) {
        histogram = new Map();
        cell.bins.set(measure, histogram);
      }
      const bin = binOf(score);
      histogram.set(bin, (histogram.get(bin) ?? 0) + 1);
    }
    for (const practiceId in member.levels) {
      const index = LEVEL_INDEX.get(member.levels[practiceId] as string);
      if (index === undefined) throw new Error(`unknown answer level ${member.levels[practiceId]} for ${practiceId}`);
      let counts = cell.levels.get(practiceId);
      if (counts === undefined) {
        counts = [0, 0, 0, 0, 0, 0];
        cell.levels.set(practiceId, counts);
      }
      counts[index] = (counts[index] ?? 0) + 1;
    }
  }

  /** The folded inputs of each of `groups` (group keys `s|c|r` with `*` for any); a group nobody is in gets none. */
  groups(groups: ReadonlySet<string>): Map<string, FoldedGroup> {
    const sums = new Map<string, Cell>();
    for (const [context, cell] of this.#cells) {
      for (const key of groupsOfContext(context)) {
        if (!groups.has(key)) continue;
        let sum = sums.get(key);
        if (sum === undefined) {
          sum = { bins: new Map(), levels: new Map() };
          sums.set(key, sum);
        }
        addInto(sum, cell);
      }
    }
    const result = new Map<string, FoldedGroup>();
    for (const [key, sum] of sums) result.set(key, asFoldedGroup(sum));
    return result;
  }
}

function addInto(sum: Cell, cell: Cell): void {
  for (const [measure, histogram] of cell.bins) {
    let total = sum.bins.get(measure);
    if (total === undefined) {
      total = new Map();
      sum.bins.set(measure, total);
    }
    for (const [bin, count] of histogram) total.set(bin, (total.get(bin) ?? 0) + count);
  }
  for (const [practiceId, counts] of cell.levels) {
    const total = sum.levels.get(practiceId);
    if (total === undefined) sum.levels.set(practiceId, [...counts]);
    else for (let index = 0; index < counts.length; index++) total[index] = (total[index] ?? 0) + (counts[index] ?? 0);
  }
}

/** Dense 101-bin histograms, and per practice only the levels someone answered (as the figures expect). */
function asFoldedGroup(sum: Cell): FoldedGroup {
  const group: FoldedGroup = { bins: new Map(), levels: new Map() };
  for (const [measure, histogram] of sum.bins) {
    const dense = new Array<number>(101).fill(0);
    for (const [bin, count] of histogram) dense[bin] = count;
    group.bins.set(measure, dense);
  }
  for (const [practiceId, counts] of sum.levels) {
    const record: Record<string, number> = {};
    counts.forEach((count, index) => {
      if (count > 0) record[LEVELS[index] as string] = count;
    });
    group.levels.set(practiceId, record);
  }
  return group;
}
