import { describe, expect, it } from "vitest";
import {
  evaluateTargets,
  type LoadRunResult,
  measurement,
  medianRun,
  referenceResult,
  referenceTable,
  scaleResult,
  scaleTable,
  scenarioResult,
  scenarioTable,
} from "../../bench/report.js";

const run = (statuses: Record<string, number>, overrides: Partial<LoadRunResult> = {}): LoadRunResult => ({
  duration: 10,
  errors: 0,
  timeouts: 0,
  latency: { p50: 4, p99: 20, average: 5 },
  statusCodeStats: Object.fromEntries(Object.entries(statuses).map(([status, count]) => [status, { count }])),
  ...overrides,
});

describe("the benchmark report", () => {
  it("counts only the expected status as throughput, and every other response as an error", () => {
    // autocannon's `errors` includes its `timeouts`: one timeout and one reset connection here.
    const measured = measurement(run({ "201": 950, "409": 40, "500": 10 }, { errors: 2, timeouts: 1 }), 201);
    expect(measured.rps).toBe(95);
    expect(measured.errors).toBe(52);
    expect(measured.timeouts).toBe(1);
    expect(measured.responses).toBe(1000);
    expect(measurement(run({ "304": 500 }), 304).errors).toBe(0);
    expect(measurement(run({ "200": 500 }), 304)).toMatchObject({ rps: 0, errors: 500 });
  });

  it("puts each scenario next to its floor and judges the targets", () => {
    const floor = measurement(run({ "201": 10_000 }), 201, 0.5);
    expect(floor.cpuUsPerRequest).toBe(50);
    const submission = scenarioResult("submission", "POST", "POST", measurement(run({ "201": 2_000 }), 201), floor);
    const benchmark = scenarioResult("benchmark", "GET", "GET", measurement(run({ "200": 4_500 }), 200, 1), floor);
    const health = scenarioResult("health", "GET", "GET", measurement(run({ "200": 5_900 }), 200), floor);
    const slowRead = measurement(run({ "200": 9_000 }, { latency: { p50: 4, p99: 60, average: 5 } }), 200);
    const framework = scenarioResult("framework", "GET", "GET", slowRead, floor);
    expect(submission.ratio).toBeCloseTo(0.2);
    const small = measurement(run({ "200": 100 }, { latency: { p50: 10, p99: 30, average: 12 } }), 200, 0.02);
    const large = measurement(run({ "200": 100 }, { latency: { p50: 11.5, p99: 60, average: 16 } }), 200, 0.022);
    const scale = scaleResult({ organisations: 1000, run: small }, { organisations: 100_000, run: large });
    expect(scale.p50Ratio).toBeCloseTo(1.15);
    expect(scale.p99Ratio).toBeCloseTo(2);
    // 200 vs 220 µs of the server's CPU per request: finer than p50 in whole milliseconds.
    expect(scale.cpuRatio).toBeCloseTo(1.1);
    expect(scaleTable(scale)).toContain("| **ratio large ÷ small** | | | 1.15 | 2.00 | 1.10 | |");
    const unmeasured = scaleResult(
      { organisations: 1000, run: measurement(run({ "200": 100 }), 200) },
      { organisations: 100_000, run: large },
    );
    expect(unmeasured.cpuRatio).toBeNull();
    const targets = evaluateTargets({
      scenarios: [submission, benchmark, health, framework],
      scale,
      peakRssMb: 210,
      idleRssMb: 80,
      firstOkMs: 1200,
    });
    expect(targets.map((target) => [target.name.split(",")[0], target.met])).toEqual([
      ["submission throughput", false],
      ["benchmark throughput", true],
      ["health throughput", false],
      ["framework throughput", true],
      ["p99 of every read scenario", false],
      ["p99 of submissions", true],
      ["benchmark GET latency", true],
      ["first 200 after start", false],
      ["idle RSS of the API process", true],
      ["peak RSS of the API process", false],
      ["errors", true],
    ]);
    expect(targets.find((target) => target.name === "p99 of every read scenario")?.measured).toBe("60 ms (framework)");
    expect(scenarioTable([submission])).toContain(
      "| submission | 200 | 4 | 20 | – | 0 | POST | 1000 | 4 | 50 | 20 % |",
    );
    expect(scenarioTable([benchmark])).toContain("| benchmark | 450 | 4 | 20 | 222 | 0 |");
  });

  it("fails the error target when any run, floor included, had one", () => {
    const clean = measurement(run({ "200": 100 }), 200);
    const failing = measurement(run({ "200": 99 }, { errors: 1, timeouts: 1 }), 200);
    const targets = evaluateTargets({
      scenarios: [scenarioResult("framework", "GET", "GET", clean, failing)],
      scale: null,
      peakRssMb: 100,
    });
    expect(targets.find((target) => target.name === "errors")).toMatchObject({ measured: "1", met: false });
  });
});

describe("a scenario beside the same bytes from the floor's server", () => {
  it("gives the share of the reference's throughput and the CPU spent beyond it", () => {
    // 1 200 of the API's framework responses in 10 s at 0.6 s of CPU (500 µs each); the floor sent the
    // same bytes 2 000 times at 0.2 s (100 µs each).
    const api = measurement(run({ "200": 1_200 }), 200, 0.6);
    const floorBytes = measurement(run({ "200": 2_000 }), 200, 0.2);
    const reference = referenceResult("framework br", "floor, same 26629 bytes (br)", api, floorBytes);
    expect(reference.ratio).toBeCloseTo(0.6);
    expect(referenceTable([reference])).toContain(
      "| framework br | floor, same 26629 bytes (br) | 200 | 100 | 120 | 500 | 400 | 60 % |",
    );
    const unmeasured = referenceResult("framework", "floor", measurement(run({ "200": 10 }), 200), floorBytes);
    expect(referenceTable([unmeasured])).toContain("| framework | floor | 200 | 100 | 1 | – | – | 1 % |");
    expect(referenceResult("framework", "floor", api, measurement(run({ "500": 10 }), 200)).ratio).toBe(0);
  });
});

describe("the median of repeated runs", () => {
  it("keeps the run with the middle p50", () => {
    const at = (p50: number) => measurement(run({ "200": 100 }, { latency: { p50, p99: p50 * 3, average: p50 } }), 200);
    expect(medianRun([at(30), at(10), at(20)]).p50Ms).toBe(20);
    expect(medianRun([at(7)]).p99Ms).toBe(21);
    expect(() => medianRun([])).toThrow();
  });
});
