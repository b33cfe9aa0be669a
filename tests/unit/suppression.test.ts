import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupKey, partitionsOf, peerGroupsFor } from "../../src/domain/benchmark/peer-groups.js";
import { publishableGroups } from "../../src/domain/benchmark/suppression.js";
import type { SbiSection, SizeClass } from "../../src/domain/framework/framework-schema.js";
import type { ProvinceCode } from "../../src/domain/organisation-profile.js";

/** Organisations as (section, size, region) cells; the lattice counts are what the aggregates hold. */
const organisations = fc.array(
  fc.record({
    sbiSection: fc.constantFrom<SbiSection>("C", "F", "Q"),
    sizeClass: fc.constantFrom<SizeClass>("micro", "small", "large"),
    region: fc.constantFrom<ProvinceCode>("NL-UT", "NL-ZH", "NL-GR"),
  }),
  { maxLength: 120 },
);

function lattice(members: { sbiSection: SbiSection; sizeClass: SizeClass; region: ProvinceCode }[]) {
  const counts = new Map<string, number>();
  const atoms = new Map<string, Set<number>>();
  members.forEach((member, index) => {
    for (const group of peerGroupsFor(member)) {
      counts.set(group.key, (counts.get(group.key) ?? 0) + 1);
      atoms.set(group.key, (atoms.get(group.key) ?? new Set()).add(index));
    }
  });
  return { counts, atoms };
}

const k = fc.integer({ min: 5, max: 12 });

describe("publishableGroups (property tests)", () => {
  it("never publishes a group under k", () => {
    fc.assert(
      fc.property(organisations, k, (members, minimum) => {
        const { counts } = lattice(members);
        for (const key of publishableGroups(counts, minimum)) expect(counts.get(key)).toBeGreaterThanOrEqual(minimum);
      }),
      { numRuns: 500 },
    );
  });

  it("leaves no parent minus any of its published children between 1 and k − 1", () => {
    fc.assert(
      fc.property(organisations, k, (members, minimum) => {
        const { counts } = lattice(members);
        const published = publishableGroups(counts, minimum);
        for (const { parent, children } of partitionsOf(counts.keys())) {
          if (!published.has(parent)) continue;
          const shown = children.filter((child) => published.has(child)).map((child) => counts.get(child) ?? 0);
          // Every subset of the published children: what a reader could subtract.
          for (let mask = 1; mask < 1 << shown.length; mask++) {
            const subtracted = shown.reduce((sum, count, index) => (mask & (1 << index) ? sum + count : sum), 0);
            const left = (counts.get(parent) ?? 0) - subtracted;
            expect(left === 0 || left >= minimum, `${parent} − ${subtracted} = ${left}`).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("leaves no published group minus a published group inside it between 1 and k − 1", () => {
    fc.assert(
      fc.property(organisations, k, (members, minimum) => {
        const { counts, atoms } = lattice(members);
        const published = [...publishableGroups(counts, minimum)];
        for (const outer of published) {
          for (const inner of published) {
            const outerSet = atoms.get(outer) ?? new Set<number>();
            const innerSet = atoms.get(inner) ?? new Set<number>();
            if (outer === inner || ![...innerSet].every((member) => outerSet.has(member))) continue;
            const left = outerSet.size - innerSet.size;
            expect(left === 0 || left >= minimum, `${outer} − ${inner} = ${left}`).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("publishes a large enough group whose siblings are all large enough (it does not over-suppress)", () => {
    const counts = new Map([
      [groupKey(null, null, null), 20],
      [groupKey("C", null, null), 20],
      [groupKey(null, "small", null), 20],
      [groupKey("C", "small", null), 20],
      [groupKey("C", "small", "NL-UT"), 10],
      [groupKey("C", "small", "NL-ZH"), 10],
    ]);
    expect(publishableGroups(counts, 10).size).toBe(6);
  });

  it("withdraws a group that equals a withdrawn parent but sits under a shown grandparent (found by fast-check)", () => {
    // Five in Q × small × Utrecht and one in C × micro: "all" (6) minus any Q group (5) would show the one.
    const members = [
      ...Array.from({ length: 5 }, () => ({
        sbiSection: "Q" as const,
        sizeClass: "small" as const,
        region: "NL-UT" as const,
      })),
      { sbiSection: "C" as const, sizeClass: "micro" as const, region: "NL-UT" as const },
    ];
    const { counts } = lattice(members);
    expect([...publishableGroups(counts, 5)]).toEqual([groupKey(null, null, null)]);
  });

  it("withdraws the smallest sibling that would let a small remainder be derived", () => {
    const counts = new Map([
      [groupKey(null, null, null), 23],
      [groupKey("C", null, null), 23],
      [groupKey(null, "small", null), 23],
      [groupKey("C", "small", null), 23],
      [groupKey("C", "small", "NL-UT"), 10],
      [groupKey("C", "small", "NL-ZH"), 10],
      [groupKey("C", "small", "NL-GR"), 3],
    ]);
    const published = publishableGroups(counts, 5);
    expect(published.has(groupKey("C", "small", "NL-GR"))).toBe(false);
    // 23 − 10 − 10 = 3 would reveal NL-GR, so one of the two goes (the tie broken by key).
    expect(
      [groupKey("C", "small", "NL-UT"), groupKey("C", "small", "NL-ZH")].filter((key) => published.has(key)),
    ).toHaveLength(1);
  });
});
