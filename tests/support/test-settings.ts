import type { AppSettings } from "../../src/app-env.js";

export const TEST_SETTINGS: AppSettings = {
  tokens: {
    issuer: "https://test.inclusiebenchmark.nl",
    audience: "inclusiebenchmark-api",
    accessTokenTtlSeconds: 900,
  },
  assessments: { minimumCoverage: 100 },
  benchmarks: { minGroupSize: 5, syntheticData: false },
};
