import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { disclosureCounts } from "../../src/domain/benchmark/disclosure-counts.js";
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

  it("never shows a section next to a size class that sits wholly inside it and differs from it by 1 … k − 1", () => {
    // Section F: 8 small and 1 micro; section Q: 10 micro. Every small organisation is in F, so "F
    // minus small" is the one micro organisation of F, although the lattice does not nest the two.
    const at = (sbiSection: "F" | "Q", sizeClass: "small" | "micro") => ({
      sbiSection,
      sizeClass,
      region: "NL-UT" as const,
    });
    const members = [
      ...Array.from({ length: 8 }, () => at("F", "small")),
      at("F", "micro"),
      ...Array.from({ length: 10 }, () => at("Q", "micro")),
    ];
    const { counts, atoms } = lattice(members);
    const published = publishableGroups(counts, 5);
    for (const outer of published) {
      for (const inner of published) {
        const outerSet = atoms.get(outer) ?? new Set<number>();
        const innerSet = atoms.get(inner) ?? new Set<number>();
        if (outer === inner || ![...innerSet].every((member) => outerSet.has(member))) continue;
        const left = outerSet.size - innerSet.size;
        expect(left === 0 || left >= 5, `${outer} − ${inner}: ${left}`).toBe(true);
      }
    }
    expect(published.has(groupKey(null, null, null))).toBe(true);
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

/**
 * Readers that control organisations (docs/privacy.md, "Clients that control organisations"): random
 * clients own random subsets of a random population. Each check uses the member sets themselves, not
 * the counts the rules work from, so it would see an arithmetic slip in the rules.
 */
describe("publishableGroups with clients that control organisations (property tests)", () => {
  const population = fc
    .record({
      members: organisations,
      // A client owns random members anywhere, or (look-alikes) most members of one cell.
      clients: fc.array(
        fc.oneof(
          fc.record({ indices: fc.array(fc.nat({ max: 119 }), { maxLength: 40 }) }),
          fc.record({
            cell: fc.record({
              sbiSection: fc.constantFrom<SbiSection>("C", "F", "Q"),
              sizeClass: fc.constantFrom<SizeClass>("micro", "small", "large"),
              region: fc.constantFrom<ProvinceCode | null>("NL-UT", "NL-ZH", "NL-GR", null),
            }),
            percent: fc.integer({ min: 30, max: 100 }),
            salt: fc.nat({ max: 1000 }),
          }),
        ),
        { maxLength: 4 },
      ),
      k,
      maxShare: fc.constantFrom(0.1, 0.2, 0.25, 0.5),
    })
    .map(({ members, clients, k: minimum, maxShare }) => {
      const { counts, atoms } = lattice(members);
      const owned = clients.map((client) => {
        if ("indices" in client) return new Set(client.indices.filter((index) => index < members.length));
        const { cell, percent, salt } = client;
        return new Set(
          members.flatMap((member, index) =>
            member.sbiSection === cell.sbiSection &&
            member.sizeClass === cell.sizeClass &&
            (cell.region === null || member.region === cell.region) &&
            ((index + 1) * 7919 + salt) % 100 < percent
              ? [index]
              : [],
          ),
        );
      });
      const byClient = new Map(
        owned.map((set, client) => [
          `client-${client}`,
          new Map([...atoms].map(([key, group]) => [key, [...group].filter((member) => set.has(member)).length])),
        ]),
      );
      return {
        counts,
        atoms,
        owned,
        k: minimum,
        maxShare,
        published: publishableGroups(counts, minimum, { byClient, maxShare }),
      };
    });
  const safe = (left: number, minimum: number) => left === 0 || left >= minimum;
  const uncontrolled = (members: Iterable<number>, owned: Set<number>) =>
    [...members].filter((member) => !owned.has(member)).length;

  it("shows no group where a client's uncontrolled members are between 1 and k − 1, or its share is over the cap", () => {
    fc.assert(
      fc.property(population, ({ atoms, owned, k: minimum, maxShare, published }) => {
        for (const key of published) {
          const group = atoms.get(key) ?? new Set<number>();
          expect(group.size).toBeGreaterThanOrEqual(minimum);
          for (const set of [new Set<number>(), ...owned]) {
            const left = uncontrolled(group, set);
            expect(safe(left, minimum), `${key}: ${left} uncontrolled`).toBe(true);
            const controlled = group.size - left;
            expect(
              controlled === group.size || controlled <= maxShare * group.size,
              `${key}: ${controlled} controlled`,
            ).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it("leaves no parent minus any subset of its published children with 1 … k − 1 uncontrolled members, for any client", () => {
    fc.assert(
      fc.property(population, ({ counts, atoms, owned, k: minimum, published }) => {
        for (const { parent, children } of partitionsOf(counts.keys())) {
          if (!published.has(parent)) continue;
          const shown = children.filter((child) => published.has(child));
          for (let mask = 1; mask < 1 << shown.length; mask++) {
            const subtracted = new Set(
              shown.filter((_, index) => mask & (1 << index)).flatMap((child) => [...(atoms.get(child) ?? [])]),
            );
            const left = [...(atoms.get(parent) ?? [])].filter((member) => !subtracted.has(member));
            for (const set of [new Set<number>(), ...owned]) {
              const remaining = uncontrolled(left, set);
              expect(safe(remaining, minimum), `${parent} minus ${mask}: ${remaining}`).toBe(true);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it("leaves no published group minus a published group inside it with 1 … k − 1 uncontrolled members, for any client", () => {
    fc.assert(
      fc.property(population, ({ atoms, owned, k: minimum, published }) => {
        for (const outer of published) {
          for (const inner of published) {
            const outerSet = atoms.get(outer) ?? new Set<number>();
            const innerSet = atoms.get(inner) ?? new Set<number>();
            if (outer === inner || ![...innerSet].every((member) => outerSet.has(member))) continue;
            const difference = [...outerSet].filter((member) => !innerSet.has(member));
            for (const set of [new Set<number>(), ...owned]) {
              const left = uncontrolled(difference, set);
              expect(safe(left, minimum), `${outer} − ${inner}: ${left}`).toBe(true);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it("withdraws a sibling when the remainder is k or more but a client controls all but a few of it", () => {
    const counts = new Map([
      [groupKey(null, null, null), 30],
      [groupKey("F", null, null), 30],
      [groupKey(null, "small", null), 30],
      [groupKey("F", "small", null), 30],
      [groupKey("F", "small", "NL-UT"), 12],
      [groupKey("F", "small", "NL-ZH"), 12],
      [groupKey("F", "small", "NL-GR"), 6],
    ]);
    // The client controls 2 of the 6 in Groningen: F × small minus Utrecht and Zuid-Holland leaves 6,
    // of which it does not know 4.
    const inGroningen = new Map([
      [groupKey(null, null, null), 2],
      [groupKey("F", null, null), 2],
      [groupKey(null, "small", null), 2],
      [groupKey("F", "small", null), 2],
      [groupKey("F", "small", "NL-GR"), 2],
    ]);
    const published = publishableGroups(counts, 5, { byClient: new Map([["hr-tool", inGroningen]]), maxShare: 0.5 });
    expect(
      [groupKey("F", "small", "NL-UT"), groupKey("F", "small", "NL-ZH")].filter((key) => published.has(key)),
    ).toHaveLength(1);
    // Control: a client that knows nothing there leaves both shown.
    const plain = publishableGroups(counts, 5, { byClient: new Map(), maxShare: 0.5 });
    expect(plain.has(groupKey("F", "small", "NL-UT")) && plain.has(groupKey("F", "small", "NL-ZH"))).toBe(true);
  });

  it("withholds the look-alikes' cell: ten of one client next to one target (issue 15)", () => {
    const cell = { sbiSection: "F" as const, sizeClass: "small" as const, region: "NL-UT" as const };
    const { counts, atoms } = lattice(Array.from({ length: 11 }, () => cell));
    const lookAlikes = new Map(
      [...atoms].map(([key, members]) => [key, [...members].filter((member) => member > 0).length]),
    );
    const published = publishableGroups(counts, 10, { byClient: new Map([["hr-tool", lookAlikes]]), maxShare: 0.2 });
    expect(published.size).toBe(0);
    // Control: without the client's look-alikes known, the cell of 11 would be shown.
    expect(publishableGroups(counts, 10).has(groupKey("F", "small", "NL-UT"))).toBe(true);
  });
});

describe("disclosureCounts", () => {
  const cell = { sbiSection: "F" as const, sizeClass: "small" as const, region: "NL-UT" as const };
  it("counts registrations that share a KvK number once, and a client controls every registration of it", () => {
    const { distinct, controlled } = disclosureCounts(
      [
        { organisationId: "a", kvkNumber: "11111111", context: cell },
        { organisationId: "b", kvkNumber: "11111111", context: cell },
        { organisationId: "c", kvkNumber: null, context: cell },
        { organisationId: "d", kvkNumber: null, context: { ...cell, region: "NL-ZH" } },
      ],
      new Map([
        ["b", ["hr-tool"]],
        ["d", ["employer-d"]],
      ]),
    );
    expect(distinct.get(groupKey("F", "small", "NL-UT"))).toBe(2);
    expect(distinct.get(groupKey(null, null, null))).toBe(3);
    expect(controlled.get("hr-tool")?.get(groupKey("F", "small", "NL-UT"))).toBe(1);
    expect(controlled.get("hr-tool")?.get(groupKey("F", "small", "NL-ZH"))).toBeUndefined();
    expect(controlled.get("employer-d")?.get(groupKey("F", "small", null))).toBe(1);
  });
});
