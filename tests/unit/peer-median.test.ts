import { describe, expect, it } from "vitest";
import { peerMedian } from "../../src/domain/benchmark/group-statistics.js";

describe("peerMedian (the report's peer workforce figures)", () => {
  it("is shown only from k reporting organisations", () => {
    expect(peerMedian([10, 20, 30, 40], 5)).toBeNull();
    expect(peerMedian([], 5)).toBeNull();
    expect(peerMedian([10, 20, 30, 40, 50], 5)).toEqual({ median: 50, organisations: 10 });
  });

  it("takes the middle of an even count, rounded to the share step of that many reports (never below 5 points)", () => {
    // Eight reports: steps of 25 points (at least 2 · 100 / 8); the middle 4.5 rounds to 0.
    expect(peerMedian([1, 2, 3, 4, 5, 6, 7, 8.5], 5)).toEqual({ median: 0, organisations: 10 });
    // 40 reports: steps of 5 points (2 · 100 / 40); 12.4 rounds to 10, the count to 40.
    expect(
      peerMedian(
        Array.from({ length: 40 }, () => 12.4),
        5,
      ),
    ).toEqual({ median: 10, organisations: 40 });
    // 200 reports: the step would be 1 point, but a workforce median is never finer than 5.
    expect(
      peerMedian(
        Array.from({ length: 200 }, () => 13),
        5,
      ),
    ).toEqual({ median: 15, organisations: 200 });
  });

  it("does not depend on the order the values come in", () => {
    expect(peerMedian([50, 10, 40, 20, 30], 5)).toEqual(peerMedian([10, 20, 30, 40, 50], 5));
  });
});
