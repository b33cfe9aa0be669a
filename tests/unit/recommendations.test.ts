import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFrameworkFile } from "../../scripts/framework-migration.js";
import { evidenceRank } from "../../src/domain/framework/content-rules.js";
import { GOALS, type Goal, type SbiSection, SIZE_CLASSES } from "../../src/domain/framework/framework-schema.js";
import { type RecommendationInput, recommend } from "../../src/domain/recommendations.js";
import {
  type Answer,
  applicablePractices,
  type OrganisationContext,
  scoreAssessment,
} from "../../src/domain/scoring.js";

const content = readFrameworkFile("2026.1");
const byId = new Map(content.practices.map((practice) => [practice.id, practice]));

const scenario = fc
  .record({
    sizeClass: fc.constantFrom(...SIZE_CLASSES),
    sbiSection: fc.constantFrom<SbiSection>("C", "Q", "I"),
    hasHrDepartment: fc.boolean(),
  })
  .chain((context) => {
    const practices = applicablePractices(content, context);
    return fc.record({
      context: fc.constant(context),
      levels: fc.array(fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 4 })), {
        minLength: practices.length,
        maxLength: practices.length,
      }),
      goal: fc.option(fc.constantFrom(...GOALS), { nil: undefined }),
    });
  })
  .map(({ context, levels, goal }) => {
    const answers = new Map<string, Answer>();
    applicablePractices(content, context).forEach((practice, index) => {
      const level = levels[index];
      if (level !== undefined) answers.set(practice.id, level as Answer);
    });
    return { content, context, answers, goal, limit: 10 } satisfies RecommendationInput;
  });

describe("recommend (property tests)", () => {
  it("is deterministic", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const ids = (list: ReturnType<typeof recommend>) => list.map((item) => item.practice.id);
        expect(ids(recommend(input))).toEqual(ids(recommend(input)));
      }),
    );
  });

  it("never recommends a practice answered notApplicable or already at 4, nor one that does not fit", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const smallWithoutHr = !input.context.hasHrDepartment && ["micro", "small"].includes(input.context.sizeClass);
        for (const item of recommend(input)) {
          const answer = input.answers.get(item.practice.id);
          expect(answer === "notApplicable" || answer === 4).toBe(false);
          expect(item.practice.fit.sizeClasses).toContain(input.context.sizeClass);
          if (smallWithoutHr) expect(item.practice.fit.needsHrDepartment).toBe(false);
        }
      }),
    );
  });

  it("never lowers any score when the top recommendation is brought to maturity 3", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const [top] = recommend(input);
        if (top === undefined) return;
        const before = scoreAssessment(content, input.context, input.answers);
        const after = scoreAssessment(
          content,
          input.context,
          new Map([...input.answers, [top.practice.id, Math.max(top.currentMaturity, 3) as Answer]]),
        );
        expect(after.overall.score ?? 0).toBeGreaterThanOrEqual(before.overall.score ?? 0);
        for (const [index, phase] of after.phases.entries()) {
          expect(phase.score ?? 0).toBeGreaterThanOrEqual(before.phases[index]?.score ?? 0);
        }
        expect(top.expectedGain.overall.change ?? 0).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("never ranks a contested practice above a stronger-evidence practice serving the same goal", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const list = recommend({ ...input, limit: 100 });
        list.forEach((item, index) => {
          if (item.practice.evidence.level !== "contested") return;
          for (const later of list.slice(index + 1)) {
            const sameGoal =
              input.goal === undefined
                ? later.practice.goals.some((goal: Goal) => item.practice.goals.includes(goal))
                : later.practice.goals.includes(input.goal) && item.practice.goals.includes(input.goal);
            expect(sameGoal && evidenceRank(later.practice.evidence.level) < evidenceRank("contested")).toBe(false);
          }
        });
      }),
    );
  });
});

function answered(context: OrganisationContext, level: Answer, overrides: Record<string, Answer>): Map<string, Answer> {
  const answers = new Map<string, Answer>(
    applicablePractices(content, context).map((practice) => [practice.id, level]),
  );
  for (const [id, value] of Object.entries(overrides)) answers.set(id, value);
  return answers;
}
const ids = (input: RecommendationInput) => recommend(input).map((item) => item.practice.id);

describe("recommend (seed scenarios)", () => {
  it("gives an MKB firm without HR department only practices it can carry out itself", () => {
    const context: OrganisationContext = { sizeClass: "small", sbiSection: "I", hasHrDepartment: false };
    const list = recommend({ content, context, answers: answered(context, 1, {}), limit: 20 });
    expect(list.length).toBeGreaterThan(0);
    for (const item of list) expect(item.practice.fit.needsHrDepartment).toBe(false);
  });

  it("tells a large employer with a learning budget but no time for learning to fix the time first", () => {
    const context: OrganisationContext = { sizeClass: "large", sbiSection: "Q", hasHrDepartment: true };
    const answers = answered(context, 1, {
      learning_budget: 3,
      protected_learning_time: 0,
      flexible_learning_formats: 2,
    });
    const list = recommend({ content, context, answers, goal: "leren", limit: 5 });
    expect(list[0]?.practice.id).toBe("protected_learning_time");
    expect(list[0]?.mechanism).toBe("interference");
    const reason = list[0]?.reasons.find((candidate) => candidate.kind === "interference");
    expect(reason).toMatchObject({ undoes: expect.arrayContaining([{ practiceId: "learning_budget", maturity: 3 }]) });
  });

  it("tells a firm with learn-work places for statushouders but no trained mentors to train them first", () => {
    const context: OrganisationContext = { sizeClass: "medium", sbiSection: "C", hasHrDepartment: true };
    const answers = answered(context, 2, { certified_learn_work_places: 3, trained_workplace_mentor: 0 });
    const list = recommend({ content, context, answers, limit: 5 });
    const mentor = list.find((item) => item.practice.id === "trained_workplace_mentor");
    expect(mentor?.mechanism).toBe("interference");
    expect(list.indexOf(mentor as (typeof list)[number])).toBeLessThan(3);
  });

  it("tells an employer relying on agencies for labour migrants to untie housing from the contract", () => {
    const context: OrganisationContext = { sizeClass: "large", sbiSection: "H", hasHrDepartment: true };
    const answers = answered(context, 2, {
      rights_info_own_language: 3,
      housing_separate_from_contract: 0,
      admitted_agencies_only: 1,
    });
    const list = recommend({ content, context, answers, limit: 5 });
    expect(list.map((item) => item.practice.id)).toContain("housing_separate_from_contract");
    expect(list.find((item) => item.practice.id === "housing_separate_from_contract")?.mechanism).toBe("interference");
  });

  it("raises the practices aimed at a learning gap, citing the figures", () => {
    const context: OrganisationContext = { sizeClass: "medium", sbiSection: "G", hasHrDepartment: true };
    const answers = answered(context, 1, {});
    const workforce = {
      learningParticipationWithMigrationBackground: 20,
      learningParticipationWithoutMigrationBackground: 45,
      agedOver55Share: null,
      atMostMbo2Share: null,
      routineWorkShare: null,
    };
    const plain = recommend({ content, context, answers, limit: 5 });
    const triggered = recommend({ content, context, answers, workforce, limit: 5 });
    const aimed = triggered.filter((item) => item.practice.focusGroups.includes("learning_gap"));
    expect(aimed.length).toBeGreaterThan(
      plain.filter((item) => item.practice.focusGroups.includes("learning_gap")).length,
    );
    expect(aimed[0]?.reasons).toContainEqual({
      kind: "learningGap",
      withMigrationBackground: 20,
      withoutMigrationBackground: 45,
    });
  });

  it("gives two organisations with different contexts and answers different lists", () => {
    const small: OrganisationContext = { sizeClass: "micro", sbiSection: "I", hasHrDepartment: false };
    const large: OrganisationContext = { sizeClass: "large", sbiSection: "Q", hasHrDepartment: true };
    const first = ids({ content, context: small, answers: answered(small, 1, {}), limit: 5 });
    const second = ids({
      content,
      context: large,
      answers: answered(large, 2, { structured_interviews: 4 }),
      limit: 5,
    });
    expect(first).not.toEqual(second);
    expect(byId.size).toBeGreaterThan(50);
  });
});
