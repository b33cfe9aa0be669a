import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFrameworkFile } from "../../scripts/framework-migration.js";
import {
  evaluateAction,
  evaluateTarget,
  expectedValueAt,
  planDateOf,
  type TargetPath,
} from "../../src/domain/plan-evaluation.js";
import { candidates, plannedInstead, type RecommendationInput, recommend } from "../../src/domain/recommendations.js";
import { type Answer, applicablePractices, type OrganisationContext } from "../../src/domain/scoring.js";

const round = { assessmentId: "asm_round", submittedAt: "2027-01-01T10:00:00.000Z" };
const rising: TargetPath = { baselineValue: 8, baselineDate: "2026-01-01", targetValue: 12, targetDate: "2028-01-01" };

describe("an action in a round", () => {
  it("is reached at its target level or above, not below, and not without a level", () => {
    expect(evaluateAction({ targetLevel: 3 }, round, 3)).toEqual({ ...round, value: 3, reached: true });
    expect(evaluateAction({ targetLevel: 3 }, round, 4).reached).toBe(true);
    expect(evaluateAction({ targetLevel: 3 }, round, 2)).toEqual({ ...round, value: 2, reached: false });
    expect(evaluateAction({ targetLevel: 1 }, round, "notApplicable")).toEqual({
      ...round,
      value: null,
      reached: false,
    });
    expect(evaluateAction({ targetLevel: 1 }, round, undefined)).toEqual({ ...round, value: null, reached: false });
  });
});

describe("plan dates", () => {
  it("are the dates moments have in the Netherlands (CET in winter, CEST in summer), not in UTC", () => {
    expect(planDateOf(new Date("2026-12-31T22:59:59Z"))).toBe("2026-12-31");
    expect(planDateOf(new Date("2026-12-31T23:00:00Z"))).toBe("2027-01-01");
    expect(planDateOf(new Date("2026-07-14T21:59:59Z"))).toBe("2026-07-14");
    expect(planDateOf(new Date("2026-07-14T22:00:00Z"))).toBe("2026-07-15");
    // A round submitted half an hour into a date there is measured on that date.
    const shortPath: TargetPath = { ...rising, baselineDate: "2027-12-30", targetDate: "2028-01-01" };
    expect(expectedValueAt(shortPath, "2027-12-30T22:30:00Z")).toBe(8);
    expect(expectedValueAt(shortPath, "2027-12-30T23:30:00Z")).toBe(10);
    expect(expectedValueAt(shortPath, "2027-12-31T22:59:00Z")).toBe(10);
    expect(expectedValueAt(shortPath, "2027-12-31T23:00:00Z")).toBe(12);
  });
});

describe("a target in a round", () => {
  it("follows the straight line from baseline to target, flat before and after", () => {
    expect(expectedValueAt(rising, "2025-06-01")).toBe(8);
    expect(expectedValueAt(rising, "2026-01-01T23:00:00Z")).toBe(8);
    expect(expectedValueAt(rising, "2027-01-01T10:00:00Z")).toBe(10);
    expect(expectedValueAt(rising, "2028-01-01")).toBe(12);
    expect(expectedValueAt(rising, "2031-01-01")).toBe(12);
  });

  it("is on track on or above the line of a rising target, behind below it, noData without a figure", () => {
    expect(evaluateTarget(rising, round, 10)).toEqual({ ...round, value: 10, expectedValue: 10, progress: "onTrack" });
    expect(evaluateTarget(rising, round, 9.9).progress).toBe("behind");
    expect(evaluateTarget(rising, round, null)).toEqual({
      ...round,
      value: null,
      expectedValue: 10,
      progress: "noData",
    });
  });

  it("is on track on or below the line of a falling target", () => {
    const falling = { ...rising, baselineValue: 30, targetValue: 20 };
    expect(evaluateTarget(falling, round, 25).progress).toBe("onTrack");
    expect(evaluateTarget(falling, round, 24).progress).toBe("onTrack");
    expect(evaluateTarget(falling, round, 25.1).progress).toBe("behind");
  });

  it("never expects a value outside the baseline–target range (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 3_000 }),
        fc.integer({ min: -1_000, max: 5_000 }),
        (baselineValue, targetValue, days, offset) => {
          const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
          const path = { baselineValue, baselineDate: day(0), targetValue, targetDate: day(days) };
          const expected = expectedValueAt(path, day(offset));
          expect(expected).toBeGreaterThanOrEqual(Math.min(baselineValue, targetValue) - 0.05);
          expect(expected).toBeLessThanOrEqual(Math.max(baselineValue, targetValue) + 0.05);
        },
      ),
    );
  });
});

describe("planned practices in the recommendations", () => {
  const content = readFrameworkFile("2026.2");
  const context: OrganisationContext = { sizeClass: "medium", sbiSection: "C", hasHrDepartment: true };
  const answers = new Map<string, Answer>(applicablePractices(content, context).map((practice) => [practice.id, 1]));
  const base: RecommendationInput = { content, context, answers, limit: 100 };

  it("leave the ranked list (and appear as planned instead), whatever was planned (property)", () => {
    const pool = candidates(base)
      .filter((practice) => practice.legalBasis === null || practice.legalBasis === undefined)
      .map((practice) => practice.id);
    fc.assert(
      fc.property(fc.subarray(pool, { minLength: 1, maxLength: 6 }), (planned) => {
        const input = { ...base, plannedPractices: new Set(planned) };
        const listed = recommend(input).map((item) => item.practice.id);
        for (const id of planned) expect(listed).not.toContain(id);
        expect(
          plannedInstead(input)
            .map((practice) => practice.id)
            .sort(),
        ).toEqual([...planned].sort());
        // Nothing else left the list.
        expect(listed.length + planned.length).toBe(recommend(base).length);
      }),
      { numRuns: 25 },
    );
  });

  it("keep a legal duty first, marked planned, and never list it as planned instead", () => {
    const duties = recommend(base).filter((item) => item.legalDuty !== null);
    expect(duties.length).toBeGreaterThan(0);
    const duty = duties[duties.length - 1]?.practice.id as string;
    const input = { ...base, plannedPractices: new Set([duty]) };
    const list = recommend(input);
    const position = list.findIndex((item) => item.practice.id === duty);
    expect(position).toBe(duties.length - 1);
    expect(list[position]?.legalDuty?.planned).toBe(true);
    expect(list.slice(0, duties.length).every((item) => item.legalDuty !== null)).toBe(true);
    expect(plannedInstead(input)).toEqual([]);
  });
});
