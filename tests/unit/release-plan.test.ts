import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LatticeMember } from "../../src/domain/benchmark/change-threshold.js";
import { FIGURE_SEPARATOR } from "../../src/domain/benchmark/figure-inputs.js";
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

/**
 * Readers that control organisations (docs/privacy.md, "The change threshold, per reader"): random
 * clients own random organisations (by entity: registrations that share a KvK number are one), random
 * changes happen over two successive cuts. The oracle checks, on the member sets themselves, every
 * region of consecutive releases: the changed members count 0 or ≥ k (registrations and distinct
 * organisations) for a reader that knows none of them, and for every client that knows some of them
 * the changed members it does not know number at least k (its own changes never show alone), unless
 * it knows every member of the region.
 */
describe("the change threshold per client viewpoint (property tests)", () => {
  type Owned = { cell: Cell; content: number; entity: number };
  const owned = fc.record({ cell, content: fc.integer({ min: 0, max: 2 }), entity: fc.integer({ min: 0, max: 50 }) });
  const world = fc.record({
    people: fc.array(owned, { maxLength: 60 }),
    first: fc.record({
      actions: changes.map((change) => change.actions),
      moves: fc.array(cell, { maxLength: 60 }),
      newcomers: fc.array(owned, { maxLength: 12 }),
    }),
    second: fc.record({
      actions: changes.map((change) => change.actions),
      moves: fc.array(cell, { maxLength: 60 }),
      newcomers: fc.array(owned, { maxLength: 12 }),
    }),
    // Each client owns random entities; one often owns many (look-alikes).
    clients: fc.array(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 30 }), { minLength: 1, maxLength: 3 }),
    k,
  });

  function step(
    people: ReadonlyMap<string, Owned>,
    change: { actions: string[]; moves: Cell[]; newcomers: Owned[] },
    at: number,
  ) {
    const next = new Map<string, Owned>();
    [...people].forEach(([key, person], index) => {
      const action = change.actions[index] ?? "stay";
      if (action === "leave") return;
      if (action === "move") next.set(key, { ...person, cell: change.moves[index] ?? person.cell });
      else if (action === "answer") next.set(key, { ...person, content: (person.content + 1) % 3 });
      else next.set(key, person);
    });
    for (const [index, person] of change.newcomers.entries()) next.set(`n${at}-${index}`, person);
    return next;
  }

  it("never lets a client read 1 to k − 1 changes it does not know, nor see its own changes alone", () => {
    fc.assert(
      fc.property(world, ({ people, first, second, clients, k: minimum }) => {
        const ownersOf = (entity: number) =>
          clients.flatMap((entities, index) => (entities.includes(entity) ? [`client-${index}`] : []));
        const toMembers = (state: ReadonlyMap<string, Owned>) =>
          new Map(
            [...state].map(([key, person]): [string, LatticeMember] => {
              const controllers = ownersOf(person.entity);
              return [
                key,
                {
                  context: contextOf(person.cell),
                  hash: String(person.content),
                  entity: `e${person.entity}`,
                  ...(controllers.length > 0 ? { controllers } : {}),
                },
              ];
            }),
          );
        const start = new Map(people.map((person, index): [string, Owned] => [`o${index}`, person]));
        const middle = step(start, first, 1);
        const states = [start, middle, step(middle, second, 2)];
        let previous = new Map<string, { view: PlannedLattice }>();
        let last: PlannedLattice | undefined;
        for (const state of states) {
          const m = toMembers(state);
          const [plan] = planRelease(
            [{ frameworkVersion: "1", period: "all", members: m, counts: counts(m) }],
            previous,
            minimum,
          );
          if (plan === undefined) throw new Error("no plan");
          if (last !== undefined) {
            const before = last;
            const shown = new Set([...before.published, ...plan.published]);
            const check = (what: string, contains: (context: string) => boolean) => {
              const changed: string[] = [];
              for (const key of new Set([...before.members.keys(), ...plan.members.keys()])) {
                const old = before.members.get(key);
                const now = plan.members.get(key);
                const wasIn = old !== undefined && contains(old.context);
                const isIn = now !== undefined && contains(now.context);
                if (wasIn !== isIn || (wasIn && isIn && old?.hash !== now?.hash)) changed.push(key);
              }
              const entityOf = (key: string) => (plan.members.get(key) ?? before.members.get(key))?.entity as string;
              const ownerSets = clients.map((entities) => new Set(entities.map((entity) => `e${entity}`)));
              // Every member of the region, before or after: a client that knows them all learns nothing.
              const inRegion = [
                ...[...before.members].filter(([, member]) => contains(member.context)),
                ...[...plan.members].filter(([, member]) => contains(member.context)),
              ].map(([key]) => key);
              for (const knows of [new Set<string>(), ...ownerSets]) {
                const unknown = changed.filter((key) => !knows.has(entityOf(key)));
                const unknownEntities = new Set(unknown.map(entityOf)).size;
                const ownChanged = unknown.length < changed.length;
                const knowsAll = inRegion.every((key) => knows.has(entityOf(key)));
                for (const count of [unknown.length, unknownEntities]) {
                  const fine = count >= minimum || (count === 0 && (!ownChanged || knowsAll));
                  expect(fine, `${what}: ${count} unknown of ${changed.length} (own changed: ${ownChanged})`).toBe(
                    true,
                  );
                }
              }
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
          last = plan;
          previous = new Map([[latticeKey("1", "all"), { view: plan }]]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("carries when a client changes k − 1 of its own members alongside one other change (forced refresh)", () => {
    const m = new Map<string, LatticeMember>();
    for (let index = 0; index < 12; index++) {
      m.set(`o${index}`, { context: "C|small|NL-UT", hash: "a", ...(index < 4 ? { controllers: ["tool"] } : {}) });
    }
    const first = planRelease([{ frameworkVersion: "1", period: "all", members: m, counts: counts(m) }], new Map(), 5);
    const previous = new Map([[latticeKey("1", "all"), { view: first[0] as PlannedLattice }]]);
    const next = new Map(m);
    // The tool's four and the target: five changes, k for a reader that knows none of them, one for the tool.
    for (const key of ["o0", "o1", "o2", "o3", "o11"]) next.set(key, { ...(m.get(key) as LatticeMember), hash: "b" });
    const plan = (members: Map<string, LatticeMember>) =>
      planRelease([{ frameworkVersion: "1", period: "all", members, counts: counts(members) }], previous, 5)[0];
    expect(plan(next)?.refresh).toBe(false);
    // Control: the same five changes by organisations nobody controls refresh.
    const plain = new Map([...next].map(([key, member]) => [key, { context: member.context, hash: member.hash }]));
    expect(
      planRelease(
        [{ frameworkVersion: "1", period: "all", members: plain, counts: counts(plain) }],
        new Map([
          [
            latticeKey("1", "all"),
            {
              view: {
                members: new Map([...m].map(([key, member]) => [key, { context: member.context, hash: member.hash }])),
                published: (first[0] as PlannedLattice).published,
              },
            },
          ],
        ]),
        5,
      )[0]?.refresh,
    ).toBe(true);
    // The tool's own changes alone (five of them) do not refresh either.
    const own = new Map(m);
    own.set("o4", { context: "C|small|NL-UT", hash: "a", controllers: ["tool"] });
    const previousOwn = new Map([
      [latticeKey("1", "all"), { view: { members: own, published: (first[0] as PlannedLattice).published } }],
    ]);
    const ownChanged = new Map(own);
    for (const key of ["o0", "o1", "o2", "o3", "o4"])
      ownChanged.set(key, { ...(own.get(key) as LatticeMember), hash: "b" });
    expect(
      planRelease(
        [{ frameworkVersion: "1", period: "all", members: ownChanged, counts: counts(ownChanged) }],
        previousOwn,
        5,
      )[0]?.refresh,
    ).toBe(false);
  });
});

describe("own changes where a client knows every member", () => {
  it("refresh: there is nobody else to learn about", () => {
    const m = new Map<string, LatticeMember>();
    for (let index = 0; index < 6; index++)
      m.set(`o${index}`, { context: "C|small|NL-UT", hash: "a", controllers: ["tool"] });
    const first = planRelease([{ frameworkVersion: "1", period: "all", members: m, counts: counts(m) }], new Map(), 5);
    const previous = new Map([[latticeKey("1", "all"), { view: first[0] as PlannedLattice }]]);
    const next = new Map([...m].map(([key, member]) => [key, { ...member, hash: "b" }]));
    expect(
      planRelease([{ frameworkVersion: "1", period: "all", members: next, counts: counts(next) }], previous, 5)[0]
        ?.refresh,
    ).toBe(true);
    // One member the tool does not know, unchanged: the tool's own changes alone would re-measure it.
    const withOther = new Map([...m, ["x", { context: "C|small|NL-UT", hash: "a" }]]);
    const firstOther = planRelease(
      [{ frameworkVersion: "1", period: "all", members: withOther, counts: counts(withOther) }],
      new Map(),
      5,
    );
    const nextOther = new Map(
      [...withOther].map(([key, member]) => [key, key === "x" ? member : { ...member, hash: "b" }]),
    );
    expect(
      planRelease(
        [{ frameworkVersion: "1", period: "all", members: nextOther, counts: counts(nextOther) }],
        new Map([[latticeKey("1", "all"), { view: firstOther[0] as PlannedLattice }]]),
        5,
      )[0]?.refresh,
    ).toBe(false);
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
      fc.property(
        fc.array(lattice, { minLength: 2, maxLength: 4 }),
        k,
        // Clients owning random organisations: every check below is made from each one's viewpoint too.
        fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 15 }), { maxLength: 3 }),
        (lattices, minimum, clients) => {
          const ownersOf = (id: number) =>
            clients.flatMap((owned, index) => (owned.includes(id) ? [`client-${index}`] : []));
          const seen = new Set<string>();
          const candidates: CandidateLattice[] = [];
          for (const entry of lattices) {
            const key = latticeKey(entry.version, entry.period);
            if (seen.has(key)) continue;
            seen.add(key);
            // One contribution per organisation in a lattice; its cell is fixed per organisation.
            const byOrganisation = new Map(entry.people.map((person) => [`o${person.id}`, person]));
            const m = new Map(
              [...byOrganisation].map(([id, person]): [string, LatticeMember] => {
                const controllers = ownersOf(person.id);
                return [
                  id,
                  {
                    context: contextOf(person.cell),
                    hash: `${entry.version}:${person.content}`,
                    ...(controllers.length > 0 ? { controllers } : {}),
                  },
                ];
              }),
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
                const organisationOf = (id: string) => Number(id.slice(1).split("#")[0]);
                for (const owned of [[] as number[], ...clients]) {
                  const unknown = (only: string[]) => only.filter((id) => !owned.includes(organisationOf(id))).length;
                  const onlyA = unknown([...inA].filter((id) => !inB.has(id)));
                  const onlyB = unknown([...inB].filter((id) => !inA.has(id)));
                  expect(
                    onlyA === 0 || onlyA >= minimum,
                    `${group} ${a.period}/${a.frameworkVersion} vs ${b.period}/${b.frameworkVersion}: ${onlyA} unknown`,
                  ).toBe(true);
                  expect(onlyB === 0 || onlyB >= minimum).toBe(true);
                }
              }
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

/**
 * Per figure (docs/privacy.md, "Per figure"): members have a size input (index 0, as figure-inputs.ts
 * lays them out) and three figure inputs. Membership must differ by 0 or ≥ k between every two
 * published states, per organisation and in members entering or leaving; and each figure, between
 * every two states that published it from their own members (a state that carried it showed an
 * earlier state's values), must differ by 0 or ≥ k changed inputs to THAT figure, for every reader.
 */
describe("per figure and against every kept figure set (property tests)", () => {
  type Member = { cell: Cell; inputs: number[]; entity: number };
  const input = fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 });
  const member = fc.record({ cell, inputs: input, entity: fc.integer({ min: 0, max: 40 }) });
  // Busy steps (members leave, move, join) mostly change the membership, which then carries whole;
  // quiet steps (answers only) are where single figures carry while the membership refreshes.
  const change = fc.oneof(
    fc.record({
      actions: fc.array(fc.constantFrom("stay", "stay", "leave", "move", "one", "one", "all"), { maxLength: 50 }),
      moves: fc.array(cell, { maxLength: 50 }),
      figure: fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 50 }),
      newcomers: fc.array(member, { maxLength: 10 }),
    }),
    fc.record({
      actions: fc.array(fc.constantFrom("stay", "stay", "one", "one", "one", "all"), { maxLength: 50 }),
      moves: fc.constant([]),
      figure: fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 50 }),
      newcomers: fc.constant([]),
    }),
  );
  const world = fc.record({
    people: fc.array(member, { maxLength: 50 }),
    steps: fc.array(change, { minLength: 4, maxLength: 4 }),
    clients: fc.array(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 20 }), { maxLength: 3 }),
    k,
  });

  type Step = { actions: string[]; moves: Cell[]; figure: number[]; newcomers: Member[] };

  function next(people: ReadonlyMap<string, Member>, step: Step, at: number) {
    const result = new Map<string, Member>();
    [...people].forEach(([key, person], index) => {
      const action = step.actions[index] ?? "stay";
      if (action === "leave") return;
      if (action === "move") result.set(key, { ...person, cell: step.moves[index] ?? person.cell });
      else if (action === "one") {
        const figure = step.figure[index] ?? 0;
        const inputs = [...person.inputs];
        inputs[figure] = ((inputs[figure] ?? 0) + 1) % 3;
        result.set(key, { ...person, inputs });
      } else if (action === "all")
        result.set(key, { ...person, inputs: person.inputs.map((value) => (value + 1) % 3) });
      else result.set(key, person);
    });
    for (const [index, person] of step.newcomers.entries()) result.set(`n${at}-${index}`, person);
    return result;
  }

  /** Brute force over the member sets: who is inside a region, and their inputs (size first) there. */
  function regionCheck(
    before: PlannedLattice,
    after: PlannedLattice,
    minimum: number,
    ownerSets: readonly Set<string>[],
    what: string,
    contains: (context: string) => boolean,
  ): void {
    const inputsOf = (plan: PlannedLattice, key: string) => {
      const one = plan.members.get(key);
      return one !== undefined && contains(one.context) ? (one.figures?.split(FIGURE_SEPARATOR) ?? []) : [];
    };
    const keys = new Set([...before.members.keys(), ...after.members.keys()]);
    const changedPerFigure = [0, 1, 2, 3].map((figure) =>
      [...keys].filter((key) => inputsOf(before, key)[figure] !== inputsOf(after, key)[figure]),
    );
    const entityOf = (key: string) => (after.members.get(key) ?? before.members.get(key))?.entity as string;
    const inRegion = [...keys].filter((key) => inputsOf(before, key).length > 0 || inputsOf(after, key).length > 0);
    // Whether a reader knowing `knows` may see these changes: 0 or ≥ k it does not know, and its own
    // changes never alone unless it knows every member of the region.
    const hidden = (changed: readonly string[], knows: ReadonlySet<string>) => {
      const knowsAll = inRegion.every((key) => knows.has(entityOf(key)));
      const unknown = changed.filter((key) => !knows.has(entityOf(key)));
      const ownChanged = unknown.length < changed.length;
      return [unknown.length, new Set(unknown.map(entityOf)).size].every(
        (count) => count >= minimum || (count === 0 && (!ownChanged || knowsAll)),
      );
    };
    const figureStates = (figure: number) => !before.carried.has(String(figure)) && !after.carried.has(String(figure));
    for (const knows of [new Set<string>(), ...ownerSets]) {
      if (before.members !== after.members) {
        const changed = [...new Set(changedPerFigure.flat())];
        expect(hidden(changed, knows), `${what}: organisations`).toBe(true);
        expect(hidden(changedPerFigure[0] ?? [], knows), `${what}: entering or leaving`).toBe(true);
      }
      for (const figure of [1, 2, 3]) {
        if (!figureStates(figure)) continue;
        expect(hidden(changedPerFigure[figure] ?? [], knows), `${what}: figure ${figure}`).toBe(true);
      }
    }
  }

  it("never lets a reader isolate fewer than k changes between any two published states, per figure", () => {
    let carriedSome = 0;
    fc.assert(
      fc.property(world, ({ people, steps, clients, k: minimum }) => {
        const ownersOf = (entity: number) =>
          clients.flatMap((entities, index) => (entities.includes(entity) ? [`client-${index}`] : []));
        const toMembers = (state: ReadonlyMap<string, Member>) =>
          new Map(
            [...state].map(([key, person]): [string, LatticeMember] => {
              const controllers = ownersOf(person.entity);
              return [
                key,
                {
                  context: contextOf(person.cell),
                  hash: person.inputs.join(","),
                  figures: ["1", ...person.inputs].join(FIGURE_SEPARATOR),
                  entity: `e${person.entity}`,
                  ...(controllers.length > 0 ? { controllers } : {}),
                },
              ];
            }),
          );
        let state = new Map(people.map((person, index): [string, Member] => [`o${index}`, person]));
        const kept: PlannedLattice[] = [];
        for (let at = 0; at <= steps.length; at++) {
          if (at > 0) state = next(state, steps[at - 1] as Step, at);
          const m = toMembers(state);
          const current = kept.at(-1);
          const previous =
            current === undefined
              ? new Map()
              : new Map([[latticeKey("1", "all"), { view: current, earlier: kept.slice(0, -1) }]]);
          const [plan] = planRelease(
            [{ frameworkVersion: "1", period: "all", members: m, counts: counts(m) }],
            previous,
            minimum,
          );
          if (plan === undefined) throw new Error("no plan");
          if (!plan.refresh) continue;
          // Each carried figure shows the values of the latest state that published it from its members.
          for (const [figure, origin] of plan.carriedFrom) {
            const expected = [...kept].reverse().find((earlier) => !earlier.carried.has(figure));
            expect(origin.members).toBe(expected?.members);
          }
          if (plan.carried.size > 0) carriedSome++;
          kept.push(plan);
        }
        const ownerSets = clients.map((entities) => new Set(entities.map((entity) => `e${entity}`)));
        for (let i = 0; i < kept.length; i++) {
          for (let j = i + 1; j < kept.length; j++) {
            const before = kept[i] as PlannedLattice;
            const after = kept[j] as PlannedLattice;
            const shown = new Set([...before.published, ...after.published]);
            const check = (what: string, contains: (context: string) => boolean) =>
              regionCheck(before, after, minimum, ownerSets, `${what} ${i}→${j}`, contains);
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
        }
      }),
      { numRuns: 300 },
    );
    // The property is about figures that carried while the membership refreshed: it must have happened.
    expect(carriedSome).toBeGreaterThan(10);
  });

  it("carries one figure while the others refresh: k change figure 2, one changes figure 1", () => {
    const member = (inputs: number[]): LatticeMember => ({
      context: "C|small|NL-UT",
      hash: inputs.join(","),
      figures: ["1", ...inputs].join(FIGURE_SEPARATOR),
    });
    const start = new Map<string, LatticeMember>();
    for (let index = 0; index < 12; index++) start.set(`o${index}`, member([0, 0, 0]));
    const [first] = planRelease(
      [{ frameworkVersion: "1", period: "all", members: start, counts: counts(start) }],
      new Map(),
      5,
    );
    const changed = new Map(start);
    for (const key of ["o1", "o2", "o3", "o4", "o5"]) changed.set(key, member([0, 1, 0]));
    changed.set("o0", member([1, 0, 0]));
    const previous = new Map([[latticeKey("1", "all"), { view: first as PlannedLattice }]]);
    const [second] = planRelease(
      [{ frameworkVersion: "1", period: "all", members: changed, counts: counts(changed) }],
      previous,
      5,
    );
    expect(second?.refresh).toBe(true);
    expect([...(second?.carried ?? [])]).toEqual(["1"]);
    expect(second?.carriedFrom.get("1")?.members).toBe(start);
    // Five more change figure 1 (six with the first): it refreshes against the state that published it
    // (the second carried it, so is not compared for it), and the membership against both.
    const later = new Map(changed);
    for (const key of ["o6", "o7", "o8", "o9", "o10"]) later.set(key, member([1, 0, 0]));
    const [third] = planRelease(
      [{ frameworkVersion: "1", period: "all", members: later, counts: counts(later) }],
      new Map([[latticeKey("1", "all"), { view: second as PlannedLattice, earlier: [first as PlannedLattice] }]]),
      5,
    );
    expect(third?.refresh).toBe(true);
    expect(third?.carried.size).toBe(0);
  });
});

/**
 * Across periods with figures carried (docs/privacy.md, "Per figure", last point): a lattice whose
 * figures rest on more than one state is compared with another part by part. The oracle takes, per
 * figure, the members its shown values rest on in each of two comparable lattices (its own members, or
 * the state it was carried from, shown only in the groups both publish) and checks every group shown
 * in both: the contributions in one and not the other number 0 or at least k.
 */
describe("across periods with figures carried (property tests)", () => {
  // One section and size class over two regions: few regions, so the membership often refreshes and
  // single figures carry (the case under test).
  const narrowCell = fc.record({
    sbiSection: fc.constant<SbiSection>("C"),
    sizeClass: fc.constant<SizeClass>("small"),
    region: fc.constantFrom<ProvinceCode>("NL-UT", "NL-ZH"),
  });
  const person = fc.record({
    cell: narrowCell,
    inputs: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 3, maxLength: 3 }),
  });
  const world = fc.record({
    people: fc.array(fc.record({ person, inQuarter: fc.boolean() }), { minLength: 10, maxLength: 40 }),
    changes: fc.array(
      fc.record({
        action: fc.constantFrom("stay", "stay", "one", "one", "quarter"),
        figure: fc.integer({ min: 0, max: 2 }),
      }),
      { maxLength: 40 },
    ),
    newcomers: fc.oneof(
      { arbitrary: fc.constant([]), weight: 3 },
      {
        arbitrary: fc.array(fc.record({ person, inQuarter: fc.boolean() }), { minLength: 1, maxLength: 16 }),
        weight: 1,
      },
    ),
    k,
  });

  it("never shows one figure in two comparable lattices resting on contributions 1 to k − 1 apart", () => {
    let carriedSome = 0;
    fc.assert(
      fc.property(world, ({ people, changes, newcomers, k: minimum }) => {
        type Entry = { person: { cell: Cell; inputs: number[] }; inQuarter: boolean };
        const toMembers = (entries: ReadonlyMap<string, Entry>, quarter: boolean) =>
          new Map(
            [...entries]
              .filter(([, entry]) => !quarter || entry.inQuarter)
              .map(([key, { person: one }]): [string, LatticeMember] => [
                key,
                {
                  context: contextOf(one.cell),
                  hash: one.inputs.join(","),
                  figures: ["1", ...one.inputs].join(FIGURE_SEPARATOR),
                },
              ]),
          );
        const candidates = (entries: ReadonlyMap<string, Entry>) =>
          [false, true].map((quarter): CandidateLattice => {
            const m = toMembers(entries, quarter);
            return { frameworkVersion: "1", period: quarter ? "2026Q4" : "all", members: m, counts: counts(m) };
          });
        const first = new Map(people.map((entry, index): [string, Entry] => [`o${index}`, entry]));
        const firstPlans = planRelease(candidates(first), new Map(), minimum);
        const second = new Map<string, Entry>();
        [...first].forEach(([key, entry], index) => {
          const change = changes[index] ?? { action: "stay", figure: 0 };
          if (change.action === "one") {
            const inputs = [...entry.person.inputs];
            inputs[change.figure] = ((inputs[change.figure] ?? 0) + 1) % 2;
            second.set(key, { ...entry, person: { ...entry.person, inputs } });
          } else if (change.action === "quarter") second.set(key, { ...entry, inQuarter: !entry.inQuarter });
          else second.set(key, entry);
        });
        for (const [index, entry] of newcomers.entries()) second.set(`n${index}`, entry);
        const previous = new Map(
          firstPlans.map((plan) => [latticeKey(plan.frameworkVersion, plan.period), { view: plan }]),
        );
        const [all, quarter] = planRelease(candidates(second), previous, minimum) as [PlannedLattice, PlannedLattice];
        if (all.carried.size + quarter.carried.size > 0) carriedSome++;
        for (const figure of ["1", "2", "3"]) {
          const restsOn = (plan: PlannedLattice) => {
            const origin = plan.carriedFrom.get(figure);
            if (origin === undefined) return { members: plan.members, published: plan.published };
            return {
              members: origin.members,
              published: new Set([...origin.published].filter((group) => plan.published.has(group))),
            };
          };
          const a = restsOn(all);
          const b = restsOn(quarter);
          for (const group of a.published) {
            if (!b.published.has(group)) continue;
            const ids = (side: typeof a) =>
              new Set(
                [...side.members]
                  .filter(([, member]) => inGroup(group, member.context))
                  .map(([id, member]) => `${id}#${member.hash}`),
              );
            const inA = ids(a);
            const inB = ids(b);
            for (const count of [
              [...inA].filter((id) => !inB.has(id)).length,
              [...inB].filter((id) => !inA.has(id)).length,
            ]) {
              expect(count === 0 || count >= minimum, `figure ${figure} in ${group}: ${count} apart`).toBe(true);
            }
          }
        }
      }),
      // Figures carry in a few percent of the runs: enough runs for that case to count.
      { numRuns: 1000 },
    );
    expect(carriedSome).toBeGreaterThan(10);
  });
});
