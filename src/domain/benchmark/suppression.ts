import { type Change, hiddenFromEveryReader, knownPerClient } from "./change-threshold.js";
import { ancestorsOf, groupKey, parseGroupKey, partitionsOf } from "./peer-groups.js";

/**
 * Statistical disclosure control for the peer-group lattice (docs/privacy.md). Pure.
 *
 * Counts are distinct organisations (distinct KvK numbers where given). A reader may control some of
 * them (an integration client registered or was linked to them, an employer is one of them): what it
 * controls it already knows, so every rule is checked from every reader's point of view, with the
 * members it controls subtracted ("uncontrolled"), as well as from the point of view of a reader who
 * controls nothing.
 *
 * 1. Threshold: a group is published only when it has at least k organisations, the members no client
 *    controls number 0 or at least k for every client, and no client controls more than `maxShare`
 *    of it unless it controls all of it (look-alikes cannot steer an order statistic).
 * 2. No differencing: for every parent and every partition of it into children, the organisations of
 *    the parent not covered by its published children (uncontrolled, for every client) must number 0
 *    or at least k. Otherwise a reader could subtract the published children (and what it controls)
 *    from the parent and see fewer than k others. Published children are withdrawn, smallest first,
 *    until that holds.
 * 3. No nested difference: a shown group and any shown broader group containing it (not only its
 *    direct parent) differ by 0 or at least k uncontrolled organisations, for every client; otherwise
 *    the narrower one is withdrawn. (A withdrawn section can leave its section × size group, equal to
 *    it, shown under "all".)
 * 4. Repeat until nothing changes (withdrawing a group can break another rule elsewhere).
 * The result depends only on the counts and who controls what, never on who reads or what a reader
 * asks for, so no combination of requests publishes more than this set.
 */

export interface GroupControl {
  /** Per non-admin client (any id), per group key: how many distinct organisations of the group it controls. */
  readonly byClient: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** The largest share (0–1) of a published group one client may control, unless it controls all of it. */
  readonly maxShare: number;
}

type Viewpoint = ReadonlyMap<string, number>;

/**
 * Clients with identical control count once (every employer of one cell looks the same), and per
 * group only the viewpoints that control something in it matter: the others see the plain counts.
 */
function viewpointsByGroup(byClient: GroupControl["byClient"] | undefined): Map<string, Viewpoint[]> {
  const byGroup = new Map<string, Viewpoint[]>();
  if (byClient === undefined) return byGroup;
  const seen = new Set<string>();
  for (const viewpoint of byClient.values()) {
    const entries = [...viewpoint].filter(([, count]) => count > 0);
    if (entries.length === 0) continue;
    const signature = entries
      .map(([key, count]) => `${key}=${count}`)
      .sort()
      .join(";");
    if (seen.has(signature)) continue;
    seen.add(signature);
    for (const [key] of entries) {
      const list = byGroup.get(key);
      if (list === undefined) byGroup.set(key, [viewpoint]);
      else list.push(viewpoint);
    }
  }
  return byGroup;
}

/**
 * The figures of a group are sums over registrations, while k counts distinct organisations: the
 * rules must hold in both units, or look-alikes registered under one KvK number count once for k and
 * the cap but many times in the figures (an adversarial review steered a median that way). The
 * optional `registrations` layer gives the registrations per group and, per client, the registrations
 * of the organisations it controls; every rule is then checked on both.
 */
export interface RegistrationLayer {
  readonly counts: ReadonlyMap<string, number>;
  readonly byClient: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

interface Layer {
  readonly size: (key: string) => number;
  readonly controlledBy: (key: string) => Viewpoint[];
}

function layerOf(counts: ReadonlyMap<string, number>, byClient: GroupControl["byClient"] | undefined): Layer {
  const viewpoints = viewpointsByGroup(byClient);
  return { size: (key) => counts.get(key) ?? 0, controlledBy: (key) => viewpoints.get(key) ?? [] };
}

export function publishableGroups(
  counts: ReadonlyMap<string, number>,
  k: number,
  control?: GroupControl,
  registrations?: RegistrationLayer,
): Set<string> {
  const layers = [
    layerOf(counts, control?.byClient),
    ...(registrations === undefined ? [] : [layerOf(registrations.counts, registrations.byClient)]),
  ];
  const [first] = layers as [Layer];
  const size = first.size;
  const maxShare = control?.maxShare ?? 1;
  /** What a reader who knows nothing of it may see: none, or at least k. */
  const safe = (uncontrolled: number) => uncontrolled <= 0 || uncontrolled >= k;

  const publishable = (key: string) =>
    layers.every((layer) => {
      const count = layer.size(key);
      if (count < k) return false;
      return layer.controlledBy(key).every((viewpoint) => {
        const controlled = viewpoint.get(key) ?? 0;
        return controlled >= count || (safe(count - controlled) && controlled <= maxShare * count);
      });
    });
  const published = new Set([...counts.keys()].filter(publishable));
  const partitions = partitionsOf(counts.keys());
  const sections = [...counts.keys()].filter((key) => parseGroupKey(key).level === "section");
  const sizes = [...counts.keys()].filter((key) => parseGroupKey(key).level === "size");
  /**
   * The groups that hold every member of a group: its ancestors, and a section (or size class) whose
   * intersection with it has all its members. A size class whose members all sit in one section is,
   * as a set, that section × size group: "section minus size class" is then a difference a reader can
   * take although the lattice does not nest them (found by the property tests).
   */
  const containersOf = (key: string, layer: Layer): string[] => {
    const group = parseGroupKey(key);
    const count = layer.size(key);
    if (group.level === "section") {
      const within = sizes.filter(
        (other) => layer.size(groupKey(group.section, parseGroupKey(other).sizeClass, null)) === count,
      );
      return [...ancestorsOf(key), ...within];
    }
    if (group.level === "size") {
      const within = sections.filter(
        (other) => layer.size(groupKey(parseGroupKey(other).section, group.sizeClass, null)) === count,
      );
      return [...ancestorsOf(key), ...within];
    }
    return ancestorsOf(key);
  };
  const nestedExposed = (key: string, layer: Layer) =>
    containersOf(key, layer).some((ancestor) => {
      if (!published.has(ancestor)) return false;
      const difference = layer.size(ancestor) - layer.size(key);
      if (!safe(difference)) return true;
      return layer
        .controlledBy(ancestor)
        .some((viewpoint) => !safe(difference - ((viewpoint.get(ancestor) ?? 0) - (viewpoint.get(key) ?? 0))));
    });
  const remainderExposedIn = (parent: string, still: readonly string[], layer: Layer) => {
    const remainder = layer.size(parent) - still.reduce((sum, child) => sum + layer.size(child), 0);
    if (!safe(remainder)) return true;
    return layer.controlledBy(parent).some((viewpoint) => {
      const controlled =
        (viewpoint.get(parent) ?? 0) - still.reduce((sum, child) => sum + (viewpoint.get(child) ?? 0), 0);
      return !safe(remainder - controlled);
    });
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const key of [...published]) {
      if (layers.some((layer) => nestedExposed(key, layer))) {
        published.delete(key);
        changed = true;
      }
    }
    for (const { parent, children } of partitions) {
      // An unpublished parent has fewer than k organisations, so none of its children is published.
      if (!published.has(parent)) continue;
      const shown = children.filter((child) => published.has(child));
      const bySize = [...shown].sort((a, b) => size(a) - size(b) || a.localeCompare(b));
      while (bySize.length > 0 && layers.some((layer) => remainderExposedIn(parent, bySize, layer))) {
        published.delete(bySize.shift() as string);
        changed = true;
      }
    }
  }
  return published;
}

/**
 * A figure taken over part of a shown group (a workforce median over the members that reported the
 * figure, a phase's distribution over the members it applies to) follows the group rules on that part
 * (docs/privacy.md, "Sub-populations"): at least k reporters, in registrations and distinct
 * organisations; for every non-admin client, the reporters it does not control number 0 or at least
 * k, and it controls no more than `maxShare` of them unless it controls all. Otherwise look-alikes that
 * are the only other reporters of a figure read the target's value from the median. When only the
 * figure fails, the figure is withheld, not the group.
 */
export function subPopulationShown(reporters: readonly Change[], k: number, maxShare: number): boolean {
  if (reporters.length < k || !hiddenFromEveryReader(reporters, k, true)) return false;
  const { registrations, entities, byClient } = knownPerClient(reporters);
  for (const known of byClient.values()) {
    const capped = (controlled: number, of: number) => controlled >= of || controlled <= maxShare * of;
    if (!capped(known.registrations, registrations) || !capped(known.entities, entities)) return false;
  }
  return true;
}
