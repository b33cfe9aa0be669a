import { binOf } from "./aggregate-rows.js";
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

function emptyGroup(): FoldedGroup {
  return { bins: new Map(), levels: new Map() };
}

/** Contributions counted per narrowest cell, for one lattice. */
export class LatticeFold {
  readonly #cells = new Map<string, FoldedGroup>();

  add(member: FoldMember): void {
    let cell = this.#cells.get(member.context);
    if (cell === undefined) {
      cell = emptyGroup();
      this.#cells.set(member.context, cell);
    }
    for (const [measure, score] of member.measures) {
      if (score === null) continue;
      let histogram = cell.bins.get(measure);
      if (histogram === undefined) {
        histogram = new Array<number>(101).fill(0);
        cell.bins.set(measure, histogram);
      }
      const bin = binOf(score);
      histogram[bin] = (histogram[bin] ?? 0) + 1;
    }
    for (const practiceId in member.levels) {
      const level = member.levels[practiceId] as string;
      let record = cell.levels.get(practiceId);
      if (record === undefined) {
        record = {};
        cell.levels.set(practiceId, record);
      }
      record[level] = (record[level] ?? 0) + 1;
    }
  }

  /** The folded inputs of each of `groups` (group keys `s|c|r` with `*` for any); a group nobody is in gets none. */
  groups(groups: ReadonlySet<string>): Map<string, FoldedGroup> {
    const result = new Map<string, FoldedGroup>();
    for (const [context, cell] of this.#cells) {
      for (const key of groupsOfContext(context)) {
        if (!groups.has(key)) continue;
        let group = result.get(key);
        if (group === undefined) {
          group = emptyGroup();
          result.set(key, group);
        }
        addInto(group, cell);
      }
    }
    return result;
  }
}

function addInto(group: FoldedGroup, cell: FoldedGroup): void {
  for (const [measure, histogram] of cell.bins) {
    const sum = group.bins.get(measure);
    if (sum === undefined) group.bins.set(measure, [...histogram]);
    else for (let bin = 0; bin < histogram.length; bin++) sum[bin] = (sum[bin] ?? 0) + (histogram[bin] ?? 0);
  }
  for (const [practiceId, record] of cell.levels) {
    const sum = group.levels.get(practiceId);
    if (sum === undefined) group.levels.set(practiceId, { ...record });
    else for (const level in record) sum[level] = (sum[level] ?? 0) + (record[level] ?? 0);
  }
}
