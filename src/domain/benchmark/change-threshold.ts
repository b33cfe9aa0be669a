import { ancestorsOf, partitionsOf } from "./peer-groups.js";

/**
 * The change threshold between two releases of one lattice (framework version × period), and the
 * rule across lattices (docs/privacy.md, "Releases"). Pure.
 *
 * A lattice's figures rest on its members: per organisation (by an opaque key), its peer context
 * (the narrowest group key, `section|sizeClass|region`) and a hash of what it contributes (answers,
 * scores, workforce snapshot). A reader who keeps every release can subtract an old figure from a new
 * one, and combine figures of different groups; what it can isolate is the set of organisations whose
 * inputs to some published region changed.
 */

export interface LatticeMember {
  /** The narrowest peer group the member is in: `section|sizeClass|region`. */
  readonly context: string;
  /** Hash of its answers, scores and workforce snapshot. */
  readonly hash: string;
}

export type Membership = ReadonlyMap<string, LatticeMember>;

export interface LatticeView {
  readonly members: Membership;
  readonly published: ReadonlySet<string>;
}

/** A set of organisations a reader can compute figures of: a group minus the union of others inside it. */
export interface Region {
  readonly include: string;
  readonly exclude: readonly string[];
}

/** The five groups a peer context (`s|c|r`) is in. */
export function groupsOfContext(context: string): string[] {
  const [s = "*", c = "*", r = "*"] = context.split("|");
  return [`${s}|${c}|${r}`, `${s}|${c}|*`, `${s}|*|*`, `*|${c}|*`, "*|*|*"];
}

/** Whether a peer context (`s|c|r`) lies in a group (`s|c|r` with `*` for any). */
export function inGroup(groupKey: string, context: string): boolean {
  return groupsOfContext(context).includes(groupKey);
}

function inRegionOf(region: Region, groups: ReadonlySet<string> | undefined): boolean {
  if (groups === undefined) return false;
  return groups.has(region.include) && !region.exclude.some((key) => groups.has(key));
}

/**
 * The regions a reader can compute from the published groups: each group, each partition remainder
 * (a parent minus its published children) and each difference of a group and a published ancestor.
 */
export function publishedRegions(published: ReadonlySet<string>): Region[] {
  const regions: Region[] = [...published].map((key) => ({ include: key, exclude: [] }));
  for (const { parent, children } of partitionsOf(published)) {
    if (children.length > 0) regions.push({ include: parent, exclude: children });
  }
  for (const key of published) {
    for (const ancestor of ancestorsOf(key)) {
      if (published.has(ancestor)) regions.push({ include: ancestor, exclude: [key] });
    }
  }
  return regions;
}

/**
 * Per region, the organisations whose inputs to it differ between two memberships: in it in one and
 * not in the other, or in it in both with different content. Moving between groups inside the region
 * with the same content changes nothing there. Each member is checked only against the regions whose
 * outer group it is in, so the cost grows with the members that changed, not with all of them.
 */
export function changesPerRegion(regions: readonly Region[], before: Membership, after: Membership): number[] {
  const counts = new Array<number>(regions.length).fill(0);
  const byInclude = new Map<string, number[]>();
  regions.forEach((region, index) => {
    const list = byInclude.get(region.include);
    if (list === undefined) byInclude.set(region.include, [index]);
    else list.push(index);
  });
  const keys = new Set([...before.keys(), ...after.keys()]);
  for (const key of keys) {
    const old = before.get(key);
    const now = after.get(key);
    const oldGroups = old === undefined ? undefined : new Set(groupsOfContext(old.context));
    const newGroups = now === undefined ? undefined : new Set(groupsOfContext(now.context));
    const touched = new Set<number>();
    for (const group of [...(oldGroups ?? []), ...(newGroups ?? [])]) {
      for (const index of byInclude.get(group) ?? []) touched.add(index);
    }
    for (const index of touched) {
      const region = regions[index] as Region;
      const wasIn = inRegionOf(region, oldGroups);
      const isIn = inRegionOf(region, newGroups);
      if (wasIn !== isIn || (wasIn && isIn && old?.hash !== now?.hash)) counts[index] = (counts[index] ?? 0) + 1;
    }
  }
  return counts;
}

/** Only the members that differ at all: the rest can never count as changed. */
function changedMembers(before: Membership, after: Membership): { before: Membership; after: Membership } {
  const oldOnes = new Map<string, LatticeMember>();
  const newOnes = new Map<string, LatticeMember>();
  for (const [key, old] of before) {
    const now = after.get(key);
    if (now !== undefined && now.context === old.context && now.hash === old.hash) continue;
    oldOnes.set(key, old);
    if (now !== undefined) newOnes.set(key, now);
  }
  for (const [key, now] of after) if (!before.has(key)) newOnes.set(key, now);
  return { before: oldOnes, after: newOnes };
}

/**
 * The first published region (over the groups published before or after) in which between 1 and
 * k − 1 organisations changed, or null when the lattice may be refreshed: every such region then
 * changed in 0 or at least k organisations.
 */
export function blockingRegion(before: LatticeView, after: LatticeView, k: number): Region | null {
  const diff = changedMembers(before.members, after.members);
  if (diff.before.size === 0 && diff.after.size === 0) return null;
  const regions = publishedRegions(new Set([...before.published, ...after.published]));
  const counts = changesPerRegion(regions, diff.before, diff.after);
  const index = counts.findIndex((changed) => changed > 0 && changed < k);
  return index === -1 ? null : (regions[index] as Region);
}

/** Per group, the contributions in it: by organisation and content hash, or by organisation only. */
export type GroupIndex = ReadonlyMap<string, ReadonlySet<string>>;

export function groupIndex(members: Membership, sameContent: boolean): GroupIndex {
  const index = new Map<string, Set<string>>();
  for (const [key, member] of members) {
    const id = sameContent ? `${key}#${member.hash}` : key;
    for (const group of groupsOfContext(member.context)) {
      const set = index.get(group);
      if (set === undefined) index.set(group, new Set([id]));
      else set.add(id);
    }
  }
  return index;
}

/**
 * Groups published in two lattices that can be compared for the same cell (all periods vs a quarter,
 * quarter vs quarter, version vs version) whose contributions differ by 1 to k − 1 on either side.
 * `sameContent`: compare by organisation and content hash (same framework version), else by
 * organisation only (hashes of different versions never match). `indexOf` may reuse indexes.
 */
export function crossLatticeConflicts(
  a: LatticeView,
  b: LatticeView,
  k: number,
  sameContent: boolean,
  indexOf: (members: Membership, sameContent: boolean) => GroupIndex = groupIndex,
): string[] {
  const conflicts: string[] = [];
  const indexA = indexOf(a.members, sameContent);
  const indexB = indexOf(b.members, sameContent);
  const none = new Set<string>();
  for (const group of a.published) {
    if (!b.published.has(group)) continue;
    const inA = indexA.get(group) ?? none;
    const inB = indexB.get(group) ?? none;
    let onlyA = 0;
    for (const id of inA) if (!inB.has(id)) onlyA++;
    let onlyB = 0;
    for (const id of inB) if (!inA.has(id)) onlyB++;
    if ((onlyA > 0 && onlyA < k) || (onlyB > 0 && onlyB < k)) conflicts.push(group);
  }
  return conflicts;
}
