import { ancestorsOf, partitionsOf } from "./peer-groups.js";

/**
 * Statistical disclosure control for the peer-group lattice (docs/privacy.md). Pure.
 *
 * 1. Threshold: a group is published only when it has at least k organisations.
 * 2. No differencing: for every parent and every partition of it into children, the organisations of
 *    the parent not covered by its published children must number 0 or at least k. Otherwise a reader
 *    could subtract the published children from the parent and see a group smaller than k. Published
 *    children are withdrawn, smallest first, until that holds.
 * 3. No nested difference: a shown group and any shown broader group containing it (not only its
 *    direct parent) differ by 0 or at least k organisations; otherwise the narrower one is withdrawn.
 *    (A withdrawn section can leave its section × size group, equal to it, shown under "all".)
 * 4. Repeat until nothing changes (withdrawing a group can break another rule elsewhere).
 * The result depends only on the counts, never on what a reader asks for, so no combination of
 * requests publishes more than this set.
 */
export function publishableGroups(counts: ReadonlyMap<string, number>, k: number): Set<string> {
  const published = new Set([...counts].filter(([, count]) => count >= k).map(([key]) => key));
  const partitions = partitionsOf(counts.keys());
  let changed = true;
  while (changed) {
    changed = false;
    for (const key of [...published]) {
      const count = counts.get(key) ?? 0;
      const exposed = ancestorsOf(key).some((ancestor) => {
        if (!published.has(ancestor)) return false;
        const difference = (counts.get(ancestor) ?? 0) - count;
        return difference > 0 && difference < k;
      });
      if (exposed) {
        published.delete(key);
        changed = true;
      }
    }
    for (const { parent, children } of partitions) {
      // An unpublished parent has fewer than k organisations, so none of its children is published.
      if (!published.has(parent)) continue;
      const parentCount = counts.get(parent) ?? 0;
      const shown = children.filter((child) => published.has(child));
      let remainder = parentCount - shown.reduce((sum, child) => sum + (counts.get(child) ?? 0), 0);
      const bySize = [...shown].sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || a.localeCompare(b));
      while (remainder > 0 && remainder < k && bySize.length > 0) {
        const withdrawn = bySize.shift() as string;
        published.delete(withdrawn);
        remainder += counts.get(withdrawn) ?? 0;
        changed = true;
      }
    }
  }
  return published;
}
