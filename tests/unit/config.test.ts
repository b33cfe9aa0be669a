import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, loadNodeConfig, loadSharedConfig } from "../../src/config.js";

describe(".dev.vars.example", () => {
  it("gives the local Worker a valid admin when copied to .dev.vars", () => {
    const text = readFileSync(new URL("../../.dev.vars.example", import.meta.url), "utf8");
    const env = Object.fromEntries(
      text
        .split("\n")
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
    );
    expect(loadSharedConfig(env).bootstrapAdmin).toEqual({
      clientId: "local-admin",
      clientSecret: env.ADMIN_CLIENT_SECRET,
    });
  });
});

describe("loadNodeConfig", () => {
  it("takes the bootstrap admin only as a pair", () => {
    expect(() => loadNodeConfig({ ADMIN_CLIENT_ID: "ops-admin" })).toThrow(
      /ADMIN_CLIENT_ID and ADMIN_CLIENT_SECRET go together/,
    );
    expect(
      loadNodeConfig({
        ADMIN_CLIENT_ID: "ops-admin",
        ADMIN_CLIENT_SECRET: "ops-X5zwxFFQBjVFQopu5z6hnCzl4qBU1bTGsYAp2DaLfmKH",
      }).bootstrapAdmin,
    ).toEqual({
      clientId: "ops-admin",
      clientSecret: "ops-X5zwxFFQBjVFQopu5z6hnCzl4qBU1bTGsYAp2DaLfmKH",
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
        workforce: { minPeople: 10 },
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
        concurrency: { expensivePerClient: 2, legacySecretChecks: 2 },
        corsAllowedOrigins: [],
        webhooks: { allowLoopbackForTests: false },
      },
      signingKeys: null,
      keyEncryptionKey: null,
      bootstrapAdmin: null,
    });
  });

  it("refuses the loopback webhook receiver outside tests, on both runtimes", () => {
    for (const load of [loadNodeConfig, loadSharedConfig]) {
      const env = { WEBHOOKS_ALLOW_LOOPBACK_FOR_TESTS: "true", KEY_ENCRYPTION_KEY: `${"A".repeat(43)}=` };
      expect(() => load(env)).toThrow(/WEBHOOKS_ALLOW_LOOPBACK_FOR_TESTS="true": allowed only in tests/);
      expect(() => load({ ...env, NODE_ENV: "production" })).toThrow(/allowed only in tests/);
      expect(load({ ...env, NODE_ENV: "test" }).settings.webhooks).toEqual({ allowLoopbackForTests: true });
    }
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
    ["ADMIN_CLIENT_SECRET", "short", /ADMIN_CLIENT_SECRET=\(hidden\): must carry at least 256 bits of randomness/],
    // Long enough, but typed rather than random: what the old 32-character rule let through.
    ["ADMIN_CLIENT_SECRET", "s".repeat(64), /ADMIN_CLIENT_SECRET=\(hidden\): must not be made of so few different/],
    [
      "ADMIN_CLIENT_SECRET",
      "test-admin-secret-0123456789abcdefghijklmnop",
      /ADMIN_CLIENT_SECRET=\(hidden\): must not contain runs such as/,
    ],
    ["ADMIN_CLIENT_SECRET", "change-me-to-a-long-random-secret-please!", /ADMIN_CLIENT_SECRET=.*at least 256 bits/],
    ["EXPENSIVE_REQUESTS_PER_CLIENT", "0", /EXPENSIVE_REQUESTS_PER_CLIENT="0": must be between 1 and 1000/],
  ])("refuses %s=%s with a message naming the variable", (name, value, message) => {
    expect(() => loadNodeConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadNodeConfig({ [name]: value })).toThrow(message);
  });

  it("takes random hex that happens to hold a short run (about one secret in 400 does), refuses a typed run of eight", () => {
    // Output of `openssl rand -hex 32` with "45678" and "99999" in it: random, and refused before.
    const random = "3f9a0c45678e1bd299999a7c3e5f1b08d4c6e2a9f7b3d1c5e8a0f2b4d6c8e1a3";
    expect(
      loadNodeConfig({ ADMIN_CLIENT_ID: "ops-admin", ADMIN_CLIENT_SECRET: random }).bootstrapAdmin?.clientSecret,
    ).toBe(random);
    const typed = `${random.slice(0, 40)}12345678${random.slice(48)}`;
    expect(() => loadNodeConfig({ ADMIN_CLIENT_ID: "ops-admin", ADMIN_CLIENT_SECRET: typed })).toThrow(
      /must not contain runs such as/,
    );
  });

  it("takes random admin secrets as `openssl rand -hex 32` and base64url of 32 bytes make them", () => {
    for (let round = 0; round < 50; round++) {
      const bytes = crypto.getRandomValues(new Uint8Array(32));
      const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
      const base64url = btoa(String.fromCharCode(...bytes))
        .replaceAll("+", "-")
        .replaceAll("/", "_")
        .replace(/=+$/, "");
      for (const secret of [hex, base64url]) {
        expect(loadNodeConfig({ ADMIN_CLIENT_ID: "ops-admin", ADMIN_CLIENT_SECRET: secret }).bootstrapAdmin).toEqual({
          clientId: "ops-admin",
          clientSecret: secret,
        });
      }
    }
  });
});
