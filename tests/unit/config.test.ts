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
        benchmarks: {
          minGroupSize: 10,
          syntheticData: false,
          maxControlledShare: 0.2,
          releaseIntervalHours: 168,
          releasesKept: 8,
        },
        usageLimits: {
          registrationsPerClientPerDay: 50,
          whatIfPerOrganisationPerDay: 30,
          assessmentsPerOrganisationPer30Days: 6,
        },
        rateLimits: {
          client: { name: "default", limit: 600, windowSeconds: 60 },
          anonymous: { name: "anonymous", limit: 300, windowSeconds: 60 },
          tokenClient: { name: "token-client", limit: 20, windowSeconds: 60 },
          tokenAddress: { name: "token-address", limit: 60, windowSeconds: 60 },
        },
        corsAllowedOrigins: [],
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

  it("reads the rate limits and the CORS allowlist", () => {
    const { settings } = loadNodeConfig({
      RATE_LIMIT_WINDOW_SECONDS: "10",
      RATE_LIMIT_CLIENT_REQUESTS: "50",
      RATE_LIMIT_TOKEN_CLIENT_REQUESTS: "3",
      CORS_ALLOWED_ORIGINS: "https://hr.example.nl, http://localhost:5173",
    });
    expect(settings.rateLimits.client).toEqual({ name: "default", limit: 50, windowSeconds: 10 });
    expect(settings.rateLimits.tokenClient).toEqual({ name: "token-client", limit: 3, windowSeconds: 10 });
    expect(settings.corsAllowedOrigins).toEqual(["https://hr.example.nl", "http://localhost:5173"]);
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
    ["RATE_LIMIT_CLIENT_REQUESTS", "0", /RATE_LIMIT_CLIENT_REQUESTS="0": must be between 1 and 1000000/],
    ["RATE_LIMIT_WINDOW_SECONDS", "1.5", /RATE_LIMIT_WINDOW_SECONDS="1.5": must be a whole number of seconds/],
    ["CORS_ALLOWED_ORIGINS", "*", /CORS_ALLOWED_ORIGINS="\*": must be a comma-separated list of exact origins/],
    ["CORS_ALLOWED_ORIGINS", "https://hr.example.nl/app", /CORS_ALLOWED_ORIGINS=.*exact origins/],
    ["ADMIN_CLIENT_SECRET", "short", /ADMIN_CLIENT_SECRET=\(hidden\): must be at least 32 characters/],
  ])("refuses %s=%s with a message naming the variable", (name, value, message) => {
    expect(() => loadNodeConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadNodeConfig({ [name]: value })).toThrow(message);
  });
});
