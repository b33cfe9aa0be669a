import {
  crossLatticeConflicts,
  type GroupIndex,
  groupIndex,
  type LatticeView,
  type Membership,
  thresholdVerdict,
} from "./change-threshold.js";
import { ALL_PERIODS } from "./peer-groups.js";
import { type GroupControl, publishableGroups, type RegistrationLayer } from "./suppression.js";

/**
 * What a release cut does with each lattice (framework version × period): refresh it from the current
 * contributions, or carry its previous figures forward whole (docs/privacy.md, "Releases"). Pure.
 *
 * 1. Each lattice's candidate: the groups the lattice rules publish for the current counts.
 * 2. Change threshold: a lattice's membership (published groups, sizes, fallbacks) is refreshed only
 *    when, against its current state and every earlier state a reader may have kept, every published
 *    group and published difference of groups (over the groups published on either side) changed in 0
 *    or at least k organisations, and in 0 or at least k members entering or leaving it; otherwise it
 *    keeps its current figures, published set and fallbacks whole. When the membership refreshes, each
 *    figure (one practice's shares, one measure's distribution, one workforce median: in every group)
 *    refreshes only when, against every earlier state that published it, its changed inputs number 0
 *    or at least k in every region for every reader; otherwise it carries its previous values in every
 *    group of the lattice (`carried`).
 * 3. Across lattices: for every pair that can be compared for the same group (all vs a quarter, quarter
 *    vs quarter, version vs version), the contributions in one and not the other number 0 or at least
 *    k, else the narrower figure (the quarter's, the later quarter's, the newer version's) is withheld
 *    where it is being refreshed (else the other one), and that lattice's rules are applied again.
 * Repeated until nothing changes: withholding only grows, so it ends.
 */

export interface CandidateLattice {
  readonly frameworkVersion: string;
  readonly period: string;
  readonly members: Membership;
  /** Organisations per group key. */
  readonly counts: ReadonlyMap<string, number>;
  /**
   * What the lattice rules count (docs/privacy.md, "Clients that control organisations"): distinct
   * organisations per group (by KvK number) and who controls which. Without it, the plain counts.
   */
  readonly disclosure?: {
    readonly distinct: ReadonlyMap<string, number>;
    readonly control: GroupControl;
    /** The same rules in registrations, the unit the figures are summed in. */
    readonly registrations?: RegistrationLayer;
  };
}

export interface PreviousLattice {
  /** The figures the lattice shows now (carried forward whole when the cut may not refresh it). */
  readonly view: LatticeView;
  /**
   * Every other state the lattice published, which a reader may have kept (docs/privacy.md, "Every
   * published state"; kept after the releases are pruned), oldest first: a cut must differ from each by
   * 0 or at least k per figure, not only from the last, or k changes and k − 1 changes back would leave
   * releases n and n + 2 two organisations apart. A figure is compared only with the states that
   * published it from their own members (not `carried` there).
   */
  readonly earlier?: readonly LatticeView[];
}

export interface PlannedLattice {
  readonly frameworkVersion: string;
  readonly period: string;
  readonly refresh: boolean;
  /** The groups shown (for a carried lattice: as before). */
  readonly published: ReadonlySet<string>;
  /** The members the shown figures rest on (for a carried lattice: as before). */
  readonly members: Membership;
  /**
   * The figures (by index in the members' inputs) shown with the values of an earlier state: in a
   * refreshed lattice the figures that may not refresh, in a carried one those its current state
   * carried already. Every other figure rests on `members`.
   */
  readonly carried: ReadonlySet<string>;
  /** Per carried figure, the state its values rest on. */
  readonly carriedFrom: ReadonlyMap<string, LatticeView>;
}

export const latticeKey = (frameworkVersion: string, period: string) => `${frameworkVersion} ${period}`;

/**
 * The member sets a plan's shown figures rest on (docs/privacy.md, "Per figure"): its members for every
 * figure it does not carry, and each earlier state for the figures carried from it, shown only in the
 * groups both publish. Two lattices are compared part by part wherever the parts share a figure.
 */
interface Part {
  readonly view: LatticeView;
  /** The figures resting on it; with `except`, every figure but those. */
  readonly figures: ReadonlySet<string>;
  readonly except: boolean;
}

function partsOf(plan: PlannedLattice): Part[] {
  const parts: Part[] = [{ view: plan, figures: plan.carried, except: true }];
  const byOrigin = new Map<LatticeView, Set<string>>();
  for (const [figure, origin] of plan.carriedFrom) {
    const figures = byOrigin.get(origin) ?? new Set<string>();
    figures.add(figure);
    byOrigin.set(origin, figures);
  }
  for (const [origin, figures] of byOrigin) {
    const published = new Set([...origin.published].filter((group) => plan.published.has(group)));
    parts.push({ view: { members: origin.members, published }, figures, except: false });
  }
  return parts;
}

/** Whether two parts of one framework version share a figure (figures are indexed alike there). */
function overlaps(a: Part, b: Part): boolean {
  if (a.except && b.except) return true;
  if (a.except) return [...b.figures].some((figure) => !a.figures.has(figure));
  if (b.except) return [...a.figures].some((figure) => !b.figures.has(figure));
  return [...a.figures].some((figure) => b.figures.has(figure));
}

/** Which of two comparable lattices holds the narrower figure. */
function narrower(a: CandidateLattice, b: CandidateLattice): CandidateLattice {
  if (a.frameworkVersion !== b.frameworkVersion) {
    return a.frameworkVersion.localeCompare(b.frameworkVersion, "en", { numeric: true }) > 0 ? a : b;
  }
  if (a.period === ALL_PERIODS) return b;
  if (b.period === ALL_PERIODS) return a;
  return a.period > b.period ? a : b;
}

/** The comparable pairs (by index): all vs a quarter, then quarter vs quarter, then version vs version. */
function pairOrder(candidates: readonly CandidateLattice[]): [number, number][] {
  const rank = (a: CandidateLattice, b: CandidateLattice) => {
    if (a.frameworkVersion !== b.frameworkVersion) return a.period === b.period ? 2 : -1;
    return a.period === ALL_PERIODS || b.period === ALL_PERIODS ? 0 : 1;
  };
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const order = rank(candidates[i] as CandidateLattice, candidates[j] as CandidateLattice);
      if (order >= 0) pairs.push([order, i, j]);
    }
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]).map(([, i, j]) => [i, j]);
}

export function planRelease(
  candidates: readonly CandidateLattice[],
  previous: ReadonlyMap<string, PreviousLattice>,
  k: number,
): PlannedLattice[] {
  const withheld = new Map(
    candidates.map((lattice) => [latticeKey(lattice.frameworkVersion, lattice.period), new Set<string>()]),
  );
  const candidatePublished = (lattice: CandidateLattice) => {
    const held = withheld.get(latticeKey(lattice.frameworkVersion, lattice.period)) ?? new Set<string>();
    const counted = lattice.disclosure?.distinct ?? lattice.counts;
    const control = lattice.disclosure?.control;
    const registrations = lattice.disclosure?.registrations;
    if (held.size === 0) return publishableGroups(counted, k, control, registrations);
    // A withheld group counts as too small: its members fall into its parent's remainder.
    const counts = new Map([...counted].map(([key, count]) => [key, held.has(key) ? 0 : count]));
    return publishableGroups(counts, k, control, registrations);
  };
  const planOf = (lattice: CandidateLattice): PlannedLattice => {
    const before = previous.get(latticeKey(lattice.frameworkVersion, lattice.period));
    const fresh = { members: lattice.members, published: candidatePublished(lattice) };
    const identity = { frameworkVersion: lattice.frameworkVersion, period: lattice.period };
    if (before === undefined)
      return { ...identity, refresh: true, ...fresh, carried: new Set(), carriedFrom: new Map() };
    const states = [before.view, ...(before.earlier ?? [])];
    // The state each figure's shown values rest on: the latest that published it from its own members.
    const originOf = (figure: string) =>
      before.view.carried?.has(figure) !== true
        ? before.view
        : ([...(before.earlier ?? [])].reverse().find((state) => state.carried?.has(figure) !== true) ?? before.view);
    const blocked = new Set<string>();
    for (const state of states) {
      const verdict = thresholdVerdict(state, fresh, k);
      if (verdict.membership !== null) {
        const carried = new Set(before.view.carried ?? []);
        const carriedFrom = new Map([...carried].map((figure) => [figure, originOf(figure)]));
        return {
          ...identity,
          refresh: false,
          members: before.view.members,
          published: before.view.published,
          carried,
          carriedFrom,
        };
      }
      // A state that carried a figure showed an older state's values of it: nothing to compare there.
      for (const figure of verdict.figures) if (state.carried?.has(figure) !== true) blocked.add(figure);
    }
    const carriedFrom = new Map([...blocked].map((figure) => [figure, originOf(figure)]));
    return { ...identity, refresh: true, ...fresh, carried: blocked, carriedFrom };
  };
  const plans = candidates.map(planOf);
  const order = pairOrder(candidates);
  // Each membership is indexed once per comparison kind for this plan, however many pairs use it.
  const indexes = new Map<Membership, Map<boolean, GroupIndex>>();
  const indexOf = (members: Membership, sameContent: boolean): GroupIndex => {
    let byKind = indexes.get(members);
    if (byKind === undefined) {
      byKind = new Map();
      indexes.set(members, byKind);
    }
    let index = byKind.get(sameContent);
    if (index === undefined) {
      index = groupIndex(members, sameContent);
      byKind.set(sameContent, index);
    }
    return index;
  };
  for (;;) {
    // Pairs in order (all vs a quarter first, then quarter vs quarter, then versions); a lattice that
    // withholds is planned again at once, so the pairs after it see its new figures, and settling one
    // pair often settles the next. Repeated until a whole pass withholds nothing.
    let added = false;
    for (const [i, j] of order) {
      const a = candidates[i] as CandidateLattice;
      const b = candidates[j] as CandidateLattice;
      const planA = plans[i] as PlannedLattice;
      const planB = plans[j] as PlannedLattice;
      const sameVersion = a.frameworkVersion === b.frameworkVersion;
      const conflicts = new Set<string>();
      for (const partA of partsOf(planA)) {
        for (const partB of partsOf(planB)) {
          if (sameVersion && !overlaps(partA, partB)) continue;
          for (const group of crossLatticeConflicts(partA.view, partB.view, k, sameVersion, indexOf))
            conflicts.add(group);
        }
      }
      if (conflicts.size === 0) continue;
      const aIsNarrower = narrower(a, b) === a;
      const [targetIndex, otherIndex] = aIsNarrower ? [i, j] : [j, i];
      const chosenIndex = plans[targetIndex]?.refresh ? targetIndex : plans[otherIndex]?.refresh ? otherIndex : null;
      // Both carried: each was checked against the other when the later of them was refreshed.
      if (chosenIndex === null) continue;
      const chosen = candidates[chosenIndex] as CandidateLattice;
      const held = withheld.get(latticeKey(chosen.frameworkVersion, chosen.period)) as Set<string>;
      let grew = false;
      for (const group of conflicts) {
        if (!held.has(group)) {
          held.add(group);
          grew = true;
        }
      }
      if (grew) {
        plans[chosenIndex] = planOf(chosen);
        added = true;
      }
    }
    if (!added) return plans;
  }
}
