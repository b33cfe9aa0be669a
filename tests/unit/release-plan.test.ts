import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LatticeMember } from "../../src/domain/benchmark/change-threshold.js";
import { ancestorsOf, partitionsOf, peerGroupsFor } from "../../src/domain/benchmark/peer-groups.js";
import {
  type CandidateLattice,
  latticeKey,
  type PlannedLattice,
  planRelease,
} from "../../src/domain/benchmark/release-plan.js";
import type { SbiSection, SizeClass } from "../../src/domain/framework/framework-schema.js";
import type { ProvinceCode } from "../../src/domain/organisation-profile.js";

/**
 * The release rules on random populations and random change sets, checked against a brute-force
 * oracle that knows nothing of how the plan counts: for every pair of consecutive releases of a
 * lattice and every region a reader can compute (a published group, a partition remainder, a group
 * minus a published ancestor's other part), the organisations whose inputs changed number 0 or ≥ k;
 * and for every two comparable lattices of one release, a group shown in both differs by 0 or ≥ k.
 */

const cell = fc.record({
  sbiSection: fc.constantFrom<SbiSection>("C", "F"),
  sizeClass: fc.constantFrom<SizeClass>("micro", "small"),
  region: fc.constantFrom<ProvinceCode>("NL-UT", "NL-ZH"),
});
type Cell = { sbiSection: SbiSection; sizeClass: SizeClass; region: ProvinceCode };
const contextOf = (c: Cell) => `${c.sbiSection}|${c.sizeClass}|${c.region}`;

/** A population: organisation index → cell and content (a small number, so equal answers recur). */
const population = fc.array(fc.record({ cell, content: fc.integer({ min: 0, max: 2 }) }), {
  minLength: 0,
  maxLength: 60,
});

/** A change set over a population: each organisation may stay, leave, move, or answer anew; newcomers join. */
const changes = fc.record({
  actions: fc.array(fc.constantFrom("stay", "stay", "stay", "leave", "move", "answer"), { maxLength: 60 }),
  moves: fc.array(cell, { maxLength: 60 }),
  newcomers: fc.array(fc.record({ cell, content: fc.integer({ min: 0, max: 2 }) }), { maxLength: 12 }),
});

type Population = { cell: Cell; content: number }[];

function members(people: ReadonlyMap<string, { cell: Cell; content: number }>): Map<string, LatticeMember> {
  return new Map(
    [...people].map(([key, person]) => [key, { context: contextOf(person.cell), hash: String(person.content) }]),
  );
}

function counts(of: ReadonlyMap<string, LatticeMember>): Map<string, number> {
  const result = new Map<string, number>();
  for (const member of of.values()) {
    const [s, c, r] = member.context.split("|") as [SbiSection, SizeClass, ProvinceCode];
    for (const group of peerGroupsFor({ sbiSection: s, sizeClass: c, region: r })) {
      result.set(group.key, (result.get(group.key) ?? 0) + 1);
    }
  }
  return result;
}

type People = ReadonlyMap<string, { cell: Cell; content: number }>;

function apply(people: People, change: { actions: string[]; moves: Cell[]; newcomers: Population }, step: number) {
  const next = new Map<string, { cell: Cell; content: number }>();
  [...people].forEach(([key, person], index) => {
    const action = change.actions[index] ?? "stay";
    if (action === "leave") return;
    if (action === "move") next.set(key, { ...person, cell: change.moves[index] ?? person.cell });
    else if (action === "answer") next.set(key, { ...person, content: (person.content + 1) % 3 });
    else next.set(key, person);
  });
  for (const [index, person] of change.newcomers.entries()) next.set(`n${step}-${index}`, person);
  return next;
}

/** Brute force: is a member (by its context) inside a group? */
const inGroup = (group: string, context: string) => {
  const [s, c, r] = context.split("|") as [SbiSection, SizeClass, ProvinceCode];
  return peerGroupsFor({ sbiSection: s, sizeClass: c, region: r }).some((candidate) => candidate.key === group);
};

/** Brute force: the members of a region whose inputs differ between two memberships. */
function changedIn(
  contains: (context: string) => boolean,
  before: ReadonlyMap<string, LatticeMember>,
  after: ReadonlyMap<string, LatticeMember>,
): number {
  let changed = 0;
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(key);
    const now = after.get(key);
    const wasIn = old !== undefined && contains(old.context);
    const isIn = now !== undefined && contains(now.context);
    if (wasIn !== isIn || (wasIn && isIn && old?.hash !== now?.hash)) changed++;
  }
  return changed;
}

function expectSafeStep(before: PlannedLattice, after: PlannedLattice, k: number): void {
  const shown = new Set([...before.published, ...after.published]);
  const check = (what: string, contains: (context: string) => boolean) => {
    const changed = changedIn(contains, before.members, after.members);
    expect(changed === 0 || changed >= k, `${what}: ${changed} changed`).toBe(true);
  };
  for (const group of shown) check(group, (context) => inGroup(group, context));
  for (const { parent, children } of partitionsOf(shown)) {
    check(
      `${parent} − [${children}]`,
      (context) => inGroup(parent, context) && !children.some((child) => inGroup(child, context)),
    );
  }
  for (const group of shown) {
    for (const ancestor of ancestorsOf(group).filter((key) => shown.has(key))) {
      check(`${ancestor} − ${group}`, (context) => inGroup(ancestor, context) && !inGroup(group, context));
    }
  }
}

const k = fc.integer({ min: 2, max: 6 });

describe("the change threshold (property tests)", () => {
  it("never lets a published group or difference of groups change by 1 to k − 1 between two releases", () => {
    fc.assert(
      fc.property(population, changes, changes, k, (people, first, second, minimum) => {
        const start: People = new Map(people.map((person, index) => [`o${index}`, person]));
        const middle = apply(start, first, 1);
        const states = [start, middle, apply(middle, second, 2)];
        let previous = new Map<string, { view: PlannedLattice }>();
        let last: PlannedLattice | undefined;
        for (const state of states) {
          const m = members(state);
          const [plan] = planRelease(
            [{ frameworkVersion: "1", period: "all", members: m, counts: counts(m) }],
            previous,
            minimum,
          );
          if (plan === undefined) throw new Error("no plan");
          if (last !== undefined) expectSafeStep(last, plan, minimum);
          last = plan;
          previous = new Map([[latticeKey("1", "all"), { view: plan }]]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("refreshes when every published region changed by 0 or at least k", () => {
    const m = new Map<string, LatticeMember>();
    for (let index = 0; index < 6; index++) m.set(`o${index}`, { context: "C|small|NL-UT", hash: "a" });
    const first = planRelease([{ frameworkVersion: "1", period: "all", members: m, counts: counts(m) }], new Map(), 5);
    const next = new Map(m);
    next.set("o0", { context: "C|small|NL-UT", hash: "b" });
    const previous = new Map([[latticeKey("1", "all"), { view: first[0] as PlannedLattice }]]);
    // One change: carried.
    expect(
      planRelease([{ frameworkVersion: "1", period: "all", members: next, counts: counts(next) }], previous, 5)[0]
        ?.refresh,
    ).toBe(false);
    // The same answers again: nothing changed, so nothing blocks.
    expect(
      planRelease([{ frameworkVersion: "1", period: "all", members: m, counts: counts(m) }], previous, 5)[0]?.refresh,
    ).toBe(true);
    for (const key of ["o1", "o2", "o3", "o4"]) next.set(key, { context: "C|small|NL-UT", hash: "b" });
    expect(
      planRelease([{ frameworkVersion: "1", period: "all", members: next, counts: counts(next) }], previous, 5)[0]
        ?.refresh,
    ).toBe(true);
  });
});

describe("across periods and versions (property tests)", () => {
  it("never shows one group in two comparable lattices that differ by 1 to k − 1 contributions", () => {
    const lattice = fc.record({
      period: fc.constantFrom("all", "2026Q3", "2026Q4"),
      version: fc.constantFrom("1", "2"),
      people: fc.array(
        fc.record({ id: fc.integer({ min: 0, max: 30 }), cell, content: fc.integer({ min: 0, max: 1 }) }),
        {
          maxLength: 40,
        },
      ),
    });
    fc.assert(
      fc.property(fc.array(lattice, { minLength: 2, maxLength: 4 }), k, (lattices, minimum) => {
        const seen = new Set<string>();
        const candidates: CandidateLattice[] = [];
        for (const entry of lattices) {
          const key = latticeKey(entry.version, entry.period);
          if (seen.has(key)) continue;
          seen.add(key);
          // One contribution per organisation in a lattice; its cell is fixed per organisation.
          const byOrganisation = new Map(entry.people.map((person) => [`o${person.id}`, person]));
          const m = new Map(
            [...byOrganisation].map(([id, person]) => [
              id,
              { context: contextOf(person.cell), hash: `${entry.version}:${person.content}` },
            ]),
          );
          candidates.push({ frameworkVersion: entry.version, period: entry.period, members: m, counts: counts(m) });
        }
        const plans = planRelease(candidates, new Map(), minimum);
        for (let i = 0; i < plans.length; i++) {
          for (let j = i + 1; j < plans.length; j++) {
            const a = plans[i] as PlannedLattice;
            const b = plans[j] as PlannedLattice;
            const sameVersion = a.frameworkVersion === b.frameworkVersion;
            if (!sameVersion && a.period !== b.period) continue;
            for (const group of a.published) {
              if (!b.published.has(group)) continue;
              const ids = (plan: PlannedLattice) =>
                new Set(
                  [...plan.members]
                    .filter(([, member]) => inGroup(group, member.context))
                    .map(([id, member]) => (sameVersion ? `${id}#${member.hash}` : id)),
                );
              const inA = ids(a);
              const inB = ids(b);
              const onlyA = [...inA].filter((id) => !inB.has(id)).length;
              const onlyB = [...inB].filter((id) => !inA.has(id)).length;
              expect(
                onlyA === 0 || onlyA >= minimum,
                `${group} ${a.period}/${a.frameworkVersion} vs ${b.period}/${b.frameworkVersion}`,
              ).toBe(true);
              expect(onlyB === 0 || onlyB >= minimum).toBe(true);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
