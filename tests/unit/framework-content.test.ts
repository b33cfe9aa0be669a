import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  BUILT_IN_FRAMEWORKS,
  MIGRATIONS_DIRECTORY,
  readFrameworkFile,
  renderFrameworkMigration,
} from "../../scripts/framework-migration.js";
import { checkFrameworkContent } from "../../src/domain/framework/content-rules.js";
import { EVIDENCE_LEVELS, type FrameworkContent, PHASES } from "../../src/domain/framework/framework-schema.js";

/** The content of every built-in framework version: as good as its code. */
for (const builtIn of BUILT_IN_FRAMEWORKS) {
  describe(`framework ${builtIn.version}`, () => {
    const content = readFrameworkFile(builtIn.version);

    it("passes the schema and every content rule", () => {
      expect(checkFrameworkContent(content)).toEqual([]);
    });

    it("has at least 50 practices, and at least 4 in each of the nine phases", () => {
      expect(content.practices.length).toBeGreaterThanOrEqual(50);
      for (const phase of PHASES) {
        expect(content.practices.filter((practice) => practice.phase === phase).length, phase).toBeGreaterThanOrEqual(
          4,
        );
      }
    });

    it("has unique practice ids and cites existing sources for every graded practice", () => {
      const ids = content.practices.map((practice) => practice.id);
      expect(new Set(ids).size).toBe(ids.length);
      const sources = new Set(content.sources.map((source) => source.id));
      for (const practice of content.practices) {
        if (practice.evidence.level !== "unverified")
          expect(practice.evidence.sources.length, practice.id).toBeGreaterThan(0);
        for (const source of practice.evidence.sources)
          expect(sources.has(source), `${practice.id} → ${source}`).toBe(true);
      }
    });

    it("is written in both languages: the sentences differ between Dutch and English", () => {
      for (const practice of content.practices) {
        for (const field of [
          practice.inPlace,
          practice.question,
          practice.evidence.summary,
          practice.effort.description,
        ]) {
          expect(field.nl, practice.id).not.toBe(field.en);
        }
        expect(practice.question.nl, practice.id).toMatch(/\?$/);
        expect(practice.question.en, practice.id).toMatch(/\?$/);
      }
    });

    it("points every relation at an existing practice, and keeps reinforcement mutual", () => {
      const byId = new Map(content.practices.map((practice) => [practice.id, practice]));
      for (const practice of content.practices) {
        for (const target of [
          ...practice.relations.reinforces,
          ...practice.relations.compensates,
          ...practice.relations.interferesWith,
        ]) {
          expect(byId.has(target), `${practice.id} → ${target}`).toBe(true);
        }
        for (const partner of practice.relations.reinforces) {
          expect(byId.get(partner)?.relations.reinforces, `${partner} ↔ ${practice.id}`).toContain(practice.id);
        }
      }
    });

    it("uses every evidence level honestly: contested practices say what the mixed findings are", () => {
      const levels = new Set(content.practices.map((practice) => practice.evidence.level));
      expect([...levels].sort()).toEqual([...EVIDENCE_LEVELS].sort());
      for (const practice of content.practices.filter((candidate) => candidate.evidence.level === "contested")) {
        expect(practice.evidence.sources.length, practice.id).toBeGreaterThanOrEqual(2);
        expect(practice.evidence.summary.en.length, practice.id).toBeGreaterThan(80);
      }
    });

    it("never makes a practice required where it may be answered not applicable", () => {
      for (const practice of content.practices) {
        for (const sizeClass of practice.applicability.requiredFor) {
          expect(practice.fit.sizeClasses, practice.id).toContain(sizeClass);
        }
      }
    });

    it(`is loaded unchanged by migrations/${builtIn.migration} (run npm run framework:migration after a change)`, async () => {
      const committed = readFileSync(`${MIGRATIONS_DIRECTORY}/${builtIn.migration}`, "utf8");
      expect(committed).toBe(await renderFrameworkMigration(content, builtIn.releasedOn));
    });
  });
}

describe("the content rules catch each kind of incoherence", () => {
  const base = (): FrameworkContent => structuredClone(readFrameworkFile("2026.1"));
  const cases: [string, (content: FrameworkContent) => void, RegExp][] = [
    [
      "a duplicate practice id",
      (c) => c.practices.push(structuredClone(c.practices[0] as never)),
      /used more than once/,
    ],
    ["a missing source", (c) => c.practices[0]?.evidence.sources.push("nobody-2099"), /no source with id nobody-2099/],
    [
      "a graded practice without sources",
      (c) => {
        const practice = c.practices.find((candidate) => candidate.evidence.level === "strong");
        if (practice !== undefined) practice.evidence.sources = [];
      },
      /must cite at least one source/,
    ],
    [
      "a relation to nothing",
      (c) => c.practices[0]?.relations.reinforces.push("ghost_practice"),
      /no practice with id ghost_practice/,
    ],
    [
      "a self-relation",
      (c) => {
        const practice = c.practices[0];
        practice?.relations.compensates.push(practice.id);
      },
      /cannot relate to itself/,
    ],
    [
      "a phase with too few practices",
      (c) =>
        (c.practices = c.practices
          .filter((p) => p.phase !== "doorstroom")
          .concat(c.practices.filter((p) => p.phase === "doorstroom").slice(0, 3))),
      /doorstroom has 3 practices/,
    ],
    [
      "required where it does not apply",
      (c) => {
        const practice = c.practices[0];
        if (practice !== undefined) {
          practice.fit.sizeClasses = ["large"];
          practice.applicability.requiredFor = ["micro"];
        }
      },
      /required for micro employers, yet it does not apply/,
    ],
    [
      "not-applicable allowed where it is always required",
      (c) => {
        const practice = c.practices[0];
        if (practice !== undefined) {
          practice.applicability.requiredFor = [...practice.fit.sizeClasses];
          practice.applicability.notApplicableWhen = { nl: "Nooit", en: "Never" };
        }
      },
      /can never be answered notApplicable/,
    ],
    [
      "weights rising as evidence weakens",
      (c) => (c.scoring.evidenceWeights.unverified = 5),
      /must not weigh more than promising/,
    ],
    ["bands out of order", (c) => ((c.scoring.bands[2] as { minScore: number }).minScore = 10), /increasing scores/],
  ];
  it.each(cases)("%s", (_label, breakIt, message) => {
    const content = base();
    breakIt(content);
    const issues = checkFrameworkContent(content);
    expect(issues.map((issue) => issue.message).join("\n")).toMatch(message);
  });
});
