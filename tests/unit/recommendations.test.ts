import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFrameworkFile } from "../../scripts/framework-migration.js";
import { evidenceRank } from "../../src/domain/framework/content-rules.js";
import { GOALS, type Goal, type SbiSection, SIZE_CLASSES } from "../../src/domain/framework/framework-schema.js";
import { type RecommendationInput, recommend, type WorkforceFigures } from "../../src/domain/recommendations.js";
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

  it("never ranks a contested or unverified practice above a stronger-evidence practice serving the same goal", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const list = recommend({ ...input, limit: 100 });
        list.forEach((item, index) => {
          if (item.practice.evidence.level !== "contested" && item.practice.evidence.level !== "unverified") return;
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

  it("measures the gain to the next maturity level, and it is never ±0", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        for (const item of recommend(input)) {
          expect(item.expectedGain.toMaturity).toBe(item.currentMaturity + 1);
          expect(item.expectedGain.phase.change ?? 0).toBeGreaterThan(0);
          expect(item.expectedGain.overall.change ?? 0).toBeGreaterThan(0);
        }
      }),
    );
  });

  it("takes at most two of the first five from one phase when no goal is asked", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const top = recommend({ ...input, goal: undefined, limit: 5 });
        const perPhase = new Map<string, number>();
        for (const item of top) perPhase.set(item.practice.phase, (perPhase.get(item.practice.phase) ?? 0) + 1);
        const available = new Set(
          recommend({ ...input, goal: undefined, limit: 100 }).map((item) => item.practice.phase),
        );
        // Only when fewer than three phases have anything left can one phase hold more.
        if (available.size >= 3) expect(Math.max(0, ...perPhase.values())).toBeLessThanOrEqual(2);
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

describe("recommend (legal duties, triggers, bounds)", () => {
  const small: OrganisationContext = { sizeClass: "small", sbiSection: "F", hasHrDepartment: false };
  const large: OrganisationContext = { sizeClass: "large", sbiSection: "C", hasHrDepartment: true };
  /** 2026.1 with refusing discriminatory requests marked as a legal duty, even graded contested. */
  const withDuty = {
    ...content,
    practices: content.practices.map((practice) =>
      practice.id === "refuse_discriminatory_requests"
        ? {
            ...practice,
            evidence: { ...practice.evidence, level: "contested" as const },
            legalBasis: {
              law: "Algemene wet gelijke behandeling",
              article: "art. 5",
              summary: { nl: "Verplicht.", en: "Required." },
            },
          }
        : practice,
    ),
  };
  const noFigures: WorkforceFigures = {
    learningParticipationWithMigrationBackground: null,
    learningParticipationWithoutMigrationBackground: null,
    agedOver55Share: null,
    atMostMbo2Share: null,
    routineWorkShare: null,
  };

  it("puts a legal duty not in place first, whatever its evidence, and marks a planned action", () => {
    const answers = answered(small, 1, { refuse_discriminatory_requests: 2, psychological_safety: 0 });
    const list = recommend({ content: withDuty, context: small, answers, goal: "leren", limit: 5 });
    expect(list[0]?.practice.id).toBe("refuse_discriminatory_requests");
    expect(list[0]?.legalDuty).toEqual({ law: "Algemene wet gelijke behandeling", article: "art. 5", planned: false });
    expect(list[0]?.reasons[0]).toMatchObject({ kind: "legalDuty", planned: false });
    // Not in the maturity score: no points promised.
    expect(list[0]?.expectedGain.overall.change).toBeNull();
    const planned = recommend({
      content: withDuty,
      context: small,
      answers,
      plannedPractices: new Set(["refuse_discriminatory_requests"]),
      limit: 5,
    });
    expect(planned[0]?.practice.id).toBe("refuse_discriminatory_requests");
    expect(planned[0]?.legalDuty?.planned).toBe(true);
    // In place (3): met, and no longer recommended.
    const met = recommend({
      content: withDuty,
      context: small,
      answers: new Map([...answers, ["refuse_discriminatory_requests", 3]]),
      limit: 100,
    });
    expect(met.map((item) => item.practice.id)).not.toContain("refuse_discriminatory_requests");
  });

  it("needs an accumulation of factors for the vulnerable profile: one figure is not enough", () => {
    const answers = answered(large, 1, {});
    const one = recommend({
      content,
      context: large,
      answers,
      workforce: { ...noFigures, agedOver55Share: 40 },
      limit: 60,
    });
    expect(one.flatMap((item) => item.reasons).some((reason) => reason.kind === "vulnerableProfile")).toBe(false);
    const two = recommend({
      content,
      context: large,
      answers,
      workforce: { ...noFigures, agedOver55Share: 40, atMostMbo2Share: 35 },
      limit: 60,
    });
    const reason = two.flatMap((item) => item.reasons).find((candidate) => candidate.kind === "vulnerableProfile");
    expect(reason).toEqual({
      kind: "vulnerableProfile",
      factors: [
        { figure: "agedOver55Share", share: 40 },
        { figure: "atMostMbo2Share", share: 35 },
      ],
    });
  });

  it("brings the practices for labour migrants to the top when many work here, through agencies or not", () => {
    const answers = answered(large, 1, {});
    const aimed = (list: ReturnType<typeof recommend>) =>
      list.filter((item) => item.practice.focusGroups.includes("labour_migrants")).length;
    const plain = recommend({ content, context: large, answers, limit: 5 });
    for (const figures of [{ labourMigrantShare: 40 }, { agencyWorkerShare: 35 }]) {
      const triggered = recommend({
        content,
        context: large,
        answers,
        workforce: { ...noFigures, ...figures },
        limit: 5,
      });
      expect(aimed(triggered)).toBeGreaterThanOrEqual(4);
      expect(aimed(triggered)).toBeGreaterThan(aimed(plain));
      expect(triggered[0]?.reasons.some((reason) => reason.kind === "labourMigrants")).toBe(true);
    }
    // Below the thresholds nothing changes.
    const few = recommend({
      content,
      context: large,
      answers,
      workforce: { ...noFigures, labourMigrantShare: 5, agencyWorkerShare: 10 },
      limit: 5,
    });
    expect(few.map((item) => item.practice.id)).toEqual(plain.map((item) => item.practice.id));
  });

  it("brings the learn-work practices for statushouders forward when statushouders work here", () => {
    const answers = answered(large, 1, {});
    const aimed = (list: ReturnType<typeof recommend>) =>
      list.filter((item) => item.practice.focusGroups.includes("statushouders")).length;
    const plain = recommend({ content, context: large, answers, limit: 5 });
    const triggered = recommend({
      content,
      context: large,
      answers,
      workforce: { ...noFigures, statushouderShare: 2 },
      limit: 5,
    });
    expect(aimed(triggered)).toBeGreaterThanOrEqual(4);
    expect(aimed(triggered)).toBeGreaterThan(aimed(plain));
  });

  it("bounds what mechanisms and learning figures together add: at most twice the priority", () => {
    // Protected learning time here: a missing barrier to the learning budget (interference), it makes up
    // for missing support for vulnerable learners (compensation), and it is aimed at the vulnerable profile.
    const answers = answered(large, 1, {
      learning_budget: 3,
      protected_learning_time: 0,
      vulnerable_learner_support: 0,
    });
    const priorityOf = (workforce: typeof noFigures | undefined) =>
      recommend({ content, context: large, answers, workforce, limit: 100 }).find(
        (item) => item.practice.id === "protected_learning_time",
      )?.priority ?? 0;
    const bare = recommend({
      content: {
        ...content,
        practices: content.practices.map((practice) => ({
          ...practice,
          relations: { reinforces: [], compensates: [], interferesWith: [] },
        })),
      },
      context: large,
      answers,
      limit: 100,
    }).find((item) => item.practice.id === "protected_learning_time")?.priority;
    const boosted = priorityOf({
      ...noFigures,
      learningParticipationWithMigrationBackground: 10,
      learningParticipationWithoutMigrationBackground: 40,
      agedOver55Share: 40,
      atMostMbo2Share: 50,
      routineWorkShare: 60,
    });
    expect(bare).toBeGreaterThan(0);
    expect(boosted / (bare ?? 1)).toBeGreaterThan(1.5);
    expect(boosted / (bare ?? 1)).toBeLessThanOrEqual(2.0001);
  });
});
