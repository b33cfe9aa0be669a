import { FIGURE_SEPARATOR } from "./figure-inputs.js";
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
  /**
   * Opaque key of the distinct organisation it is a registration of (by KvK number where given):
   * registrations that share one count once. Absent: the member is an organisation of its own.
   */
  readonly entity?: string;
  /**
   * The non-admin clients that know its figures: that control (any registration of) it at the cut, or
   * did when the figures it is compared with were cut. Absent: none.
   */
  readonly controllers?: readonly string[];
  /**
   * Its input to each published figure (figure-inputs.ts): the change threshold counts, per figure, the
   * members whose input to that figure changed. Absent: unknown, and the member counts as one figure
   * `*` whose input is its hash (a change there is a change of every figure).
   */
  readonly figures?: string;
}

export type Membership = ReadonlyMap<string, LatticeMember>;

export interface LatticeView {
  readonly members: Membership;
  readonly published: ReadonlySet<string>;
  /**
   * The figures (by index in the members' inputs) this state did not publish from its own members:
   * they carried the values of an earlier state (docs/privacy.md, "Per figure"). Absent: none.
   */
  readonly carried?: ReadonlySet<string>;
}

/** A set of organisations a reader can compute figures of: a group minus the union of others inside it. */
export interface Region {
  readonly include: string;
  readonly exclude: readonly string[];
}

/** A member whose inputs to a region (or to one of two compared figures) differ: which organisation, and who knows it. */
export interface Change {
  readonly entity: string;
  /** Whether other registrations may share the entity (a KvK number given to several). */
  readonly shared?: boolean;
  readonly controllers: ReadonlySet<string>;
}

const NOBODY: ReadonlySet<string> = new Set();

/** A member as a change, known to whoever controlled it on either side. */
export function changeOf(key: string, one: LatticeMember | undefined, other?: LatticeMember): Change {
  const explicit = one?.entity ?? other?.entity;
  const entity = explicit === undefined ? { entity: key } : { entity: explicit, shared: true };
  const a = one?.controllers;
  const b = other?.controllers;
  if (a === undefined && b === undefined) return { ...entity, controllers: NOBODY };
  return { ...entity, controllers: new Set([...(a ?? []), ...(b ?? [])]) };
}

/**
 * Whether a set of changed (or differing) members may show, for every reader (docs/privacy.md, "The
 * change threshold"): counted in registrations and in distinct organisations, the members a reader
 * does not know number 0 or at least k, for a reader that knows none of them and for every non-admin
 * client that knows some. `ownAloneHides`: whether a client that knows every one of them may see the
 * difference. Between releases it may not (`false`): were a client's own changes enough to refresh,
 * it could refresh at will with varied answers of its own and read the unchanged others through
 * differently rounded shares (docs/privacy.md, "Rounding against a controlling reader"); a client
 * whose members changed needs at least k changes of others beside them.
 */
export function hiddenFromEveryReader(
  changes: Iterable<Change>,
  k: number,
  ownAloneHides: boolean | ((client: string) => boolean),
): boolean {
  const { registrations, entities, byClient } = knownPerClient(changes);
  if (registrations === 0) return true;
  if (registrations < k || entities < k) return false;
  for (const [client, known] of byClient) {
    const unknown = [registrations - known.registrations, entities - known.entities];
    if (unknown.some((count) => count > 0 && count < k)) return false;
    if (unknown[0] === 0 && !(typeof ownAloneHides === "function" ? ownAloneHides(client) : ownAloneHides)) {
      return false;
    }
  }
  return true;
}

/**
 * How many members (registrations and distinct organisations) a set holds, and per client that
 * knows any of them how many it knows. A client that knows one registration of an organisation knows
 * the organisation (controllers are spread over every registration of a KvK number), so a
 * registration it does not know still counts among the registrations it does not know.
 */
export function knownPerClient(members: Iterable<Change>): {
  registrations: number;
  entities: number;
  byClient: Map<string, { registrations: number; entities: number }>;
} {
  // A member of its own is a distinct organisation; only shared ones need a set to be counted once.
  let registrations = 0;
  let alone = 0;
  const shared = new Set<string>();
  const byClient = new Map<string, { registrations: number; entities: number; seen?: Set<string> }>();
  for (const member of members) {
    registrations++;
    if (member.shared === true) shared.add(member.entity);
    else alone++;
    for (const client of member.controllers) {
      let counts = byClient.get(client);
      if (counts === undefined) {
        counts = { registrations: 0, entities: 0 };
        byClient.set(client, counts);
      }
      counts.registrations++;
      if (member.shared !== true) counts.entities++;
      else {
        counts.seen ??= new Set();
        if (!counts.seen.has(member.entity)) {
          counts.seen.add(member.entity);
          counts.entities++;
        }
      }
    }
  }
  return { registrations, entities: alone + shared.size, byClient };
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
 * Per region, the members whose inputs to it differ between two memberships, per figure (by its index
 * in the members' `figures`, or `*` for members without them): in it in one and not the other (every
 * figure it has an input to there), or in it in both with a different input to that figure. Moving
 * between groups inside the region with the same content changes nothing there. `mixed`: a member in
 * the region on both sides whose inputs are known on one side only (nothing can be said per figure).
 */
export interface RegionChanges {
  /** Each member whose input to some figure of the region changed, once. */
  readonly members: Change[];
  readonly byFigure: Map<string, Change[]>;
  mixed: boolean;
}

/** The figures whose input differs between two members' inputs (`*` when either is unknown). */
function differingFigures(old: LatticeMember | undefined, now: LatticeMember | undefined): string[] | "mixed" {
  if (old?.figures === undefined && now?.figures === undefined) return old?.hash === now?.hash ? [] : ["*"];
  if (old?.figures === undefined || now?.figures === undefined) return "mixed";
  if (old.hash === now.hash && old.figures === now.figures) return [];
  const a = old.figures.split(FIGURE_SEPARATOR);
  const b = now.figures.split(FIGURE_SEPARATOR);
  const result: string[] = [];
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    if ((a[index] ?? "") !== (b[index] ?? "")) result.push(String(index));
  }
  return result;
}

/** The figures a member has an input to (`*` when unknown). */
function inputFigures(member: LatticeMember): string[] {
  if (member.figures === undefined) return ["*"];
  const result: string[] = [];
  member.figures.split(FIGURE_SEPARATOR).forEach((input, index) => {
    if (input !== "") result.push(String(index));
  });
  return result;
}

export function changesPerRegion(regions: readonly Region[], before: Membership, after: Membership): RegionChanges[] {
  const changes: RegionChanges[] = regions.map(() => ({ members: [], byFigure: new Map(), mixed: false }));
  const byInclude = new Map<string, number[]>();
  regions.forEach((region, index) => {
    const list = byInclude.get(region.include);
    if (list === undefined) byInclude.set(region.include, [index]);
    else list.push(index);
  });
  const push = (at: RegionChanges, figures: readonly string[], change: Change) => {
    if (figures.length > 0) at.members.push(change);
    for (const figure of figures) {
      const list = at.byFigure.get(figure);
      if (list === undefined) at.byFigure.set(figure, [change]);
      else list.push(change);
    }
  };
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
    // Who knows this member: whoever controlled it when the old figures were cut or controls it now.
    const change = changeOf(key, old, now);
    // Worked out once per member, whatever the number of regions it touches.
    let differing: string[] | "mixed" | undefined;
    let left: string[] | undefined;
    let entered: string[] | undefined;
    for (const index of touched) {
      const region = regions[index] as Region;
      const at = changes[index] as RegionChanges;
      const wasIn = inRegionOf(region, oldGroups);
      const isIn = inRegionOf(region, newGroups);
      if (wasIn && isIn) {
        differing ??= differingFigures(old, now);
        if (differing === "mixed") at.mixed = true;
        else push(at, differing, change);
      } else if (wasIn) {
        left ??= inputFigures(old as LatticeMember);
        push(at, left, change);
      } else if (isIn) {
        entered ??= inputFigures(now as LatticeMember);
        push(at, entered, change);
      }
    }
  }
  return changes;
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

/** The input to a member's group size: index 0 of its figures (figure-inputs.ts `figureNames`). */
export const SIZE_FIGURE = "0";

/**
 * What the change threshold allows between a published state of a lattice and a new one (docs/
 * privacy.md, "The change threshold" and "Per figure"): `membership` is the first published region
 * (over the groups published before or after) where the new members may not show, or null; when it is
 * null, `figures` are the figures (by index in the members' inputs) that may not refresh against this
 * state and carry their previous values instead.
 *
 * Membership (who is in which published group, the group sizes, the published set, fallback reasons)
 * may show only when, in every region, the changed organisations (`hiddenFromEveryReader`) and the
 * members that entered or left it (the size figure) number 0 or at least k for every reader. A figure
 * may refresh only when, in every region, the changed inputs to THAT figure number 0 or at least k for
 * every reader, and at least k beside any client's own (`ownAloneHides` aside).
 */
export interface ThresholdVerdict {
  readonly membership: Region | null;
  readonly figures: ReadonlySet<string>;
}

export function thresholdVerdict(before: LatticeView, after: LatticeView, k: number): ThresholdVerdict {
  const figures = new Set<string>();
  const diff = changedMembers(before.members, after.members);
  if (diff.before.size === 0 && diff.after.size === 0) return { membership: null, figures };
  const regions = publishedRegions(new Set([...before.published, ...after.published]));
  const changes = changesPerRegion(regions, diff.before, diff.after);
  // A client whose own changes are all a region changed learns nothing of others only where it knows
  // every member, before and after: per client (rarely more than a few get here, with k changes of
  // their own), the groups that hold a member it does not know. A region inside such a group counts
  // as holding one (conservative: the member may sit in an excluded part).
  const othersByClient = new Map<string, Set<string>>();
  const groupsWithOthers = (client: string) => {
    let groups = othersByClient.get(client);
    if (groups === undefined) {
      groups = new Set();
      for (const members of [before.members, after.members]) {
        for (const member of members.values()) {
          if (member.controllers?.includes(client)) continue;
          for (const group of groupsOfContext(member.context)) groups.add(group);
        }
      }
      othersByClient.set(client, groups);
    }
    return groups;
  };
  const hides = (region: Region) => (client: string) => !groupsWithOthers(client).has(region.include);
  // Membership first, in every region: when it fails the whole lattice carries and no figure matters.
  for (let at = 0; at < changes.length; at++) {
    const changed = changes[at] as RegionChanges;
    const region = regions[at] as Region;
    // Members known per figure next to members known only as a whole: no per-figure count is sound.
    if (changed.mixed || (changed.byFigure.has("*") && changed.byFigure.size > 1))
      return { membership: region, figures };
    if (!hiddenFromEveryReader(changed.members, k, hides(region))) return { membership: region, figures };
    const size = changed.byFigure.get(SIZE_FIGURE);
    if (size !== undefined && !hiddenFromEveryReader(size, k, hides(region))) return { membership: region, figures };
  }
  for (let at = 0; at < changes.length; at++) {
    const changed = changes[at] as RegionChanges;
    const ownAloneHides = hides(regions[at] as Region);
    for (const [figure, list] of changed.byFigure) {
      if (figure === SIZE_FIGURE || figure === "*" || figures.has(figure)) continue;
      if (!hiddenFromEveryReader(list, k, ownAloneHides)) figures.add(figure);
    }
  }
  return { membership: null, figures };
}

/** Per group, the contributions in it: by organisation and content hash, or by organisation only. */
export type GroupIndex = ReadonlyMap<string, ReadonlyMap<string, { readonly key: string; readonly change: Change }>>;

export function groupIndex(members: Membership, sameContent: boolean): GroupIndex {
  const index = new Map<string, Map<string, { key: string; change: Change }>>();
  for (const [key, member] of members) {
    const id = sameContent ? `${key}#${member.hash}` : key;
    const entry = { key, change: changeOf(key, member) };
    for (const group of groupsOfContext(member.context)) {
      const byId = index.get(group);
      if (byId === undefined) index.set(group, new Map([[id, entry]]));
      else byId.set(id, entry);
    }
  }
  return index;
}

/**
 * Groups published in two lattices that can be compared for the same cell (all periods vs a quarter,
 * quarter vs quarter, version vs version) whose contributions in one and not the other some reader
 * could isolate: 1 to k − 1 on either side, for a reader that knows none of them or for a client that
 * knows some (`hiddenFromEveryReader`; a client that knows all of them learns nothing new).
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
  const none: GroupIndex extends ReadonlyMap<string, infer V> ? V : never = new Map();
  // A member in both lattices is known to whoever knew it in either.
  function* onlyIn(one: typeof none, other: typeof none, otherMembers: Membership): Generator<Change> {
    for (const [id, { key, change }] of one) {
      if (other.has(id)) continue;
      const there = otherMembers.get(key);
      yield there?.controllers === undefined
        ? change
        : { ...change, controllers: new Set([...change.controllers, ...there.controllers]) };
    }
  }
  // Most pairs differ by 0 or by many: counted first, the readers' detail only when it can matter.
  const differing = (one: typeof none, other: typeof none, otherMembers: Membership) => {
    let count = 0;
    let known = false;
    for (const [id, { key, change }] of one) {
      if (other.has(id)) continue;
      count++;
      if (known) continue;
      known = change.controllers.size > 0 || change.shared === true || otherMembers.get(key)?.controllers !== undefined;
    }
    // Nobody knows any of them and each is its own organisation: the plain count is all there is.
    return { count, known };
  };
  for (const group of a.published) {
    if (!b.published.has(group)) continue;
    const inA = indexA.get(group) ?? none;
    const inB = indexB.get(group) ?? none;
    const onlyA = differing(inA, inB, b.members);
    const onlyB = differing(inB, inA, a.members);
    if ((onlyA.count > 0 && onlyA.count < k) || (onlyB.count > 0 && onlyB.count < k)) {
      conflicts.push(group);
      continue;
    }
    if (
      (onlyA.known && !hiddenFromEveryReader(onlyIn(inA, inB, b.members), k, true)) ||
      (onlyB.known && !hiddenFromEveryReader(onlyIn(inB, inA, a.members), k, true))
    ) {
      conflicts.push(group);
    }
  }
  return conflicts;
}
