import { describe, expect, it } from "vitest";
import { ConfigError, loadNodeConfig } from "../../src/config.js";

describe("loadNodeConfig", () => {
  it("takes the bootstrap admin only as a pair", () => {
    expect(() => loadNodeConfig({ ADMIN_CLIENT_ID: "ops-admin" })).toThrow(
      /ADMIN_CLIENT_ID and ADMIN_CLIENT_SECRET go together/,
    );
    expect(
      loadNodeConfig({ ADMIN_CLIENT_ID: "ops-admin", ADMIN_CLIENT_SECRET: "s".repeat(40) }).bootstrapAdmin,
    ).toEqual({
      clientId: "ops-admin",
      clientSecret: "s".repeat(40),
    });
  });

  it("uses the documented defaults", () => {
    expect(loadNodeConfig({})).toEqual({
      port: 8787,
      host: "127.0.0.1",
      databasePath: "./data/inclusiebenchmark.sqlite",
      shutdownTimeoutMs: 10_000,
      reportPdfChromium: null,
      settings: {
        tokens: { issuer: "inclusiebenchmark", audience: "inclusiebenchmark-api", accessTokenTtlSeconds: 900 },
        assessments: { minimumCoverage: 100 },
        benchmarks: { minGroupSize: 10, syntheticData: false },
      },
      signingKeys: null,
      bootstrapAdmin: null,
    });
  });

  it("treats an empty variable as unset", () => {
    expect(loadNodeConfig({ PORT: "", DATABASE_PATH: "" }).port).toBe(8787);
  });

  it("reads the environment", () => {
    expect(loadNodeConfig({ PORT: "9000", HOST: "0.0.0.0", DATABASE_PATH: "/var/lib/ib.sqlite" })).toMatchObject({
      port: 9000,
      host: "0.0.0.0",
      databasePath: "/var/lib/ib.sqlite",
    });
  });

  it.each([
    ["PORT", "abc", /PORT="abc": must be a whole number/],
    ["PORT", "70000", /PORT="70000": must be between 1 and 65535/],
    ["PORT", "80.5", /PORT="80.5": must be a whole number/],
    ["DATABASE_PATH", "   ", /DATABASE_PATH=" {3}": must not be empty/],
    ["SHUTDOWN_TIMEOUT_MS", "-1", /SHUTDOWN_TIMEOUT_MS="-1": must not be negative/],
    ["ACCESS_TOKEN_TTL_SECONDS", "5", /ACCESS_TOKEN_TTL_SECONDS="5": must be between 60 and 86400/],
    ["BENCHMARK_MIN_GROUP", "4", /BENCHMARK_MIN_GROUP="4": must be at least 5/],
    ["ASSESSMENT_MIN_COVERAGE", "30", /ASSESSMENT_MIN_COVERAGE="30": must be between 50 and 100/],
    ["ADMIN_CLIENT_SECRET", "short", /ADMIN_CLIENT_SECRET=\(hidden\): must be at least 32 characters/],
  ])("refuses %s=%s with a message naming the variable", (name, value, message) => {
    expect(() => loadNodeConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadNodeConfig({ [name]: value })).toThrow(message);
  });
});
