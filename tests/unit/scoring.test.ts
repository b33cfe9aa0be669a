import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFrameworkFile } from "../../scripts/framework-migration.js";
import { type SbiSection, SIZE_CLASSES } from "../../src/domain/framework/framework-schema.js";
import {
  type Answer,
  applicablePractices,
  type Maturity,
  type OrganisationContext,
  scoreAssessment,
  scoreChanges,
} from "../../src/domain/scoring.js";

const content = readFrameworkFile("2026.1");
const BANDS = ["beginnend", "ontwikkelend", "gevorderd", "voorhoede"];

const contextArbitrary = fc.record({
  sizeClass: fc.constantFrom(...SIZE_CLASSES),
  sbiSection: fc.constantFrom<SbiSection>("C", "G", "Q", "I"),
  hasHrDepartment: fc.boolean(),
});

/** Answers for some of the applicable practices: levels, and not-applicable where allowed. */
function answersArbitrary(context: OrganisationContext) {
  const practices = applicablePractices(content, context);
  return fc
    .array(fc.oneof(fc.constant(undefined), fc.constant("notApplicable" as const), fc.integer({ min: 0, max: 4 })), {
      minLength: practices.length,
      maxLength: practices.length,
    })
    .map((values) => {
      const answers = new Map<string, Answer>();
      practices.forEach((practice, index) => {
        const value = values[index];
        if (value !== undefined) answers.set(practice.id, value as Answer);
      });
      return answers;
    });
}

const scenario = contextArbitrary.chain((context) =>
  answersArbitrary(context).map((answers) => ({ context, answers })),
);

describe("scoreAssessment (property tests)", () => {
  it("keeps every score within 0–100 and every band consistent", () => {
    fc.assert(
      fc.property(scenario, ({ context, answers }) => {
        const scores = scoreAssessment(content, context, answers);
        for (const phase of scores.phases) {
          if (phase.score !== null) {
            expect(phase.score).toBeGreaterThanOrEqual(0);
            expect(phase.score).toBeLessThanOrEqual(100);
            expect(BANDS).toContain(phase.band);
          } else {
            expect(phase.status).toBe("notApplicable");
            expect(phase.band).toBeNull();
          }
          expect(phase.coverage.answered).toBeLessThanOrEqual(phase.coverage.applicable);
        }
        if (scores.overall.score !== null) {
          expect(scores.overall.score).toBeGreaterThanOrEqual(0);
          expect(scores.overall.score).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it("never lowers a phase score when one answer is raised", () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ({ context, answers }, pick) => {
        const practices = applicablePractices(content, context);
        const practice = practices[pick % practices.length];
        if (practice === undefined) return;
        const current = answers.get(practice.id);
        const level = typeof current === "number" ? current : 0;
        if (level === 4) return;
        const before = scoreAssessment(content, context, new Map([...answers, [practice.id, level as Maturity]]));
        const after = scoreAssessment(content, context, new Map([...answers, [practice.id, (level + 1) as Maturity]]));
        const phaseBefore = before.phases.find((phase) => phase.phase === practice.phase)?.score ?? 0;
        const phaseAfter = after.phases.find((phase) => phase.phase === practice.phase)?.score ?? 0;
        expect(phaseAfter).toBeGreaterThanOrEqual(phaseBefore);
        expect(after.overall.score ?? 0).toBeGreaterThanOrEqual(before.overall.score ?? 0);
      }),
    );
  });

  it("never changes another phase when an answer becomes notApplicable", () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ({ context, answers }, pick) => {
        const practices = applicablePractices(content, context);
        const practice = practices[pick % practices.length];
        if (practice === undefined) return;
        const before = scoreAssessment(content, context, answers);
        const after = scoreAssessment(content, context, new Map([...answers, [practice.id, "notApplicable"]]));
        for (const phase of after.phases) {
          if (phase.phase === practice.phase) continue;
          expect(phase).toEqual(before.phases.find((candidate) => candidate.phase === phase.phase));
        }
      }),
    );
  });

  it("caps the overall band at one above the weakest phase's band", () => {
    fc.assert(
      fc.property(scenario, ({ context, answers }) => {
        const scores = scoreAssessment(content, context, answers);
        const phaseBands = scores.phases.flatMap((phase) => (phase.band === null ? [] : [BANDS.indexOf(phase.band)]));
        if (scores.overall.band === null || phaseBands.length === 0) return;
        expect(BANDS.indexOf(scores.overall.band)).toBeLessThanOrEqual(Math.min(...phaseBands) + 1);
      }),
    );
  });
});

describe("scoreAssessment (examples)", () => {
  const large: OrganisationContext = { sizeClass: "large", sbiSection: "Q", hasHrDepartment: true };
  const all = (level: Answer) => new Map(applicablePractices(content, large).map((practice) => [practice.id, level]));

  it("gives 100 and voorhoede for everything embedded and evaluated, 0 and beginnend for nothing", () => {
    expect(scoreAssessment(content, large, all(4)).overall).toMatchObject({
      score: 100,
      band: "voorhoede",
      cappedBy: null,
    });
    expect(scoreAssessment(content, large, all(0)).overall).toMatchObject({ score: 0, band: "beginnend" });
    expect(scoreAssessment(content, large, new Map()).overall.score).toBe(0);
  });

  it("reports a phase with nothing applicable as not applicable, not 0 or 100", () => {
    const answers = all(3);
    for (const practice of content.practices.filter((candidate) => candidate.phase === "stages_eerste_baan")) {
      answers.set(practice.id, "notApplicable");
    }
    const internships = scoreAssessment(content, large, answers).phases.find(
      (phase) => phase.phase === "stages_eerste_baan",
    );
    expect(internships).toMatchObject({ status: "notApplicable", score: null, band: null });
  });

  it("holds a strong total down to one band above a weak phase, and says which", () => {
    const answers = all(4);
    for (const practice of content.practices.filter((candidate) => candidate.phase === "doorstroom"))
      answers.set(practice.id, 0);
    const scores = scoreAssessment(content, large, answers);
    expect(scores.phases.find((phase) => phase.phase === "doorstroom")?.band).toBe("beginnend");
    expect(scores.overall.uncappedBand).toBe("voorhoede");
    expect(scores.overall).toMatchObject({ band: "ontwikkelend", cappedBy: "doorstroom" });
  });

  it("weights practices by evidence level", () => {
    const strong = content.practices.find((practice) => practice.evidence.level === "strong");
    const promising = content.practices.find(
      (practice) =>
        practice.evidence.level === "promising" &&
        practice.phase === strong?.phase &&
        practice.fit.sizeClasses.includes("large"),
    );
    if (strong === undefined || promising === undefined) throw new Error("fixture practices missing");
    const onlyTwo = new Set([strong.id, promising.id]);
    const strongDone = scoreAssessment(content, large, new Map([[strong.id, 4]]), onlyTwo);
    const promisingDone = scoreAssessment(content, large, new Map([[promising.id, 4]]), onlyTwo);
    expect(strongDone.overall.score).toBeGreaterThan(promisingDone.overall.score ?? 100);
    expect(strongDone.overall.score).toBe(60);
  });

  it("compares rounds per phase", () => {
    const before = scoreAssessment(content, large, all(1));
    const after = scoreAssessment(content, large, all(3));
    const changes = scoreChanges(before, after);
    expect(changes.overall).toBe(50);
    expect(changes.phases.every((phase) => phase.change === 50)).toBe(true);
  });
});

describe("scoreAssessment: legal duties and thin phases", () => {
  const small: OrganisationContext = { sizeClass: "small", sbiSection: "F", hasHrDepartment: false };
  /** 2026.1 with one practice marked as a legal duty, as a version from 2026.2 on may mark it. */
  const withDuty = {
    ...content,
    practices: content.practices.map((practice) =>
      practice.id === "refuse_discriminatory_requests"
        ? {
            ...practice,
            legalBasis: {
              law: "Algemene wet gelijke behandeling",
              article: "art. 5",
              summary: { nl: "Verplicht.", en: "Required." },
            },
          }
        : practice,
    ),
  };

  it("keeps a legal duty out of the maturity score but asks it: it counts in coverage, not in the score", () => {
    const answers = new Map<string, Answer>(applicablePractices(content, small).map((practice) => [practice.id, 2]));
    const at = (level: Answer) =>
      scoreAssessment(withDuty, small, new Map([...answers, ["refuse_discriminatory_requests", level]]));
    expect(at(0).overall.score).toBe(at(4).overall.score);
    expect(at(0).phases).toEqual(at(4).phases);
    const recruitment = at(0).phases.find((phase) => phase.phase === "werving_selectie");
    const before = scoreAssessment(content, small, answers).phases.find((phase) => phase.phase === "werving_selectie");
    expect(recruitment?.coverage).toEqual(before?.coverage);
    expect(recruitment?.practicesScored).toBe((before?.practicesScored ?? 0) - 1);
    // Without the mark (2026.1) the duty still counts: the version scores as it always did.
    expect(
      scoreAssessment(content, small, new Map([...answers, ["refuse_discriminatory_requests", 0]])).overall.score,
    ).toBeLessThan(
      scoreAssessment(content, small, new Map([...answers, ["refuse_discriminatory_requests", 4]])).overall.score ?? 0,
    );
  });

  it("says on how many practices each phase's score rests", () => {
    fc.assert(
      fc.property(scenario, ({ context, answers }) => {
        const scores = scoreAssessment(content, context, answers);
        for (const phase of scores.phases) {
          const counted = applicablePractices(content, context).filter(
            (practice) => practice.phase === phase.phase && answers.get(practice.id) !== "notApplicable",
          ).length;
          expect(phase.practicesScored).toBe(counted);
          expect(phase.status === "scored").toBe(counted > 0);
        }
      }),
    );
  });
});
