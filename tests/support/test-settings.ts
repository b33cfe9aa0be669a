import type { AppSettings } from "../../src/app-env.js";

export const TEST_SETTINGS: AppSettings = {
  tokens: {
    issuer: "https://test.inclusiebenchmark.nl",
    audience: "inclusiebenchmark-api",
    accessTokenTtlSeconds: 900,
  },
  assessments: { minimumCoverage: 100 },
  workforce: { minPeople: 10 },
  benchmarks: {
    minGroupSize: 5,
    syntheticData: false,
    maxControlledShare: 0.2,
    releaseIntervalHours: 168,
    releasesKept: 8,
  },
  // Far above what any test needs, so only the tests of these limits (which set their own) meet one.
  usageLimits: {
    registrationsPerClientPerDay: 1_000_000,
    whatIfPerOrganisationPerDay: 1_000_000,
    assessmentsPerOrganisationPer30Days: 1_000_000,
  },
  // Far above what any test sends, so only the rate-limit tests (which set their own) meet a limit.
  rateLimits: {
    client: { name: "default", limit: 1_000_000, windowSeconds: 60 },
    anonymous: { name: "anonymous", limit: 1_000_000, windowSeconds: 60 },
    tokenClient: { name: "token-client", limit: 1_000_000, windowSeconds: 60 },
    tokenAddress: { name: "token-address", limit: 1_000_000, windowSeconds: 60 },
  },
  concurrency: { expensivePerClient: 2, legacySecretChecks: 2 },
  corsAllowedOrigins: [],
  webhooks: { allowLoopbackForTests: false },
};

/** The test settings with only `releasesKept` releases kept (the attacks on pruned releases). */
export function settingsKeepingReleases(releasesKept: number): AppSettings {
  return { ...TEST_SETTINGS, benchmarks: { ...TEST_SETTINGS.benchmarks, releasesKept } };
}
