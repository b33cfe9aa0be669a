import { describe, expect, it } from "vitest";
import { peerMedian } from "../../src/domain/benchmark/group-statistics.js";

describe("peerMedian (the report's peer workforce figures)", () => {
  it("is shown only from k reporting organisations", () => {
    expect(peerMedian([10, 20, 30, 40], 5)).toBeNull();
    expect(peerMedian([], 5)).toBeNull();
    expect(peerMedian([10, 20, 30, 40, 50], 5)).toEqual({ median: 30, organisations: 5 });
  });

  it("takes the middle of an even count, rounds to a whole percentage and the count to 5", () => {
    expect(peerMedian([1, 2, 3, 4, 5, 6, 7, 8.5], 5)).toEqual({ median: 5, organisations: 10 });
    expect(peerMedian([12.4, 12.4, 12.4, 12.4, 12.4, 12.4, 12.4], 5)).toEqual({ median: 12, organisations: 5 });
  });

  it("does not depend on the order the values come in", () => {
    expect(peerMedian([50, 10, 40, 20, 30], 5)).toEqual(peerMedian([10, 20, 30, 40, 50], 5));
  });
});
