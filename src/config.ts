import { z } from "zod";
import type { AppSettings } from "./app-env.js";
import { parseKeyEncryptionKey } from "./auth/key-encryption.js";
import { secretStrengthProblem } from "./auth/secret-hash.js";
import type { RateLimitSettings } from "./http/rate-limit.js";

/**
 * Configuration from the environment, checked before anything starts: a bad value stops the process
 * with a message naming the variable. Settings shared by both runtimes first, then Node's own.
 */

const wholeNumber = (message: string) => z.coerce.number({ error: message }).int(message);

const requestsPerWindow = (fallback: number) =>
  wholeNumber("must be a whole number of requests")
    .min(1, "must be between 1 and 1000000")
    .max(1_000_000, "must be between 1 and 1000000")
    .default(fallback);

/** An exact origin as browsers send it: scheme://host[:port], no path, no trailing slash, no wildcard. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value;
  } catch {
    return false;
  }
}

const SharedSchema = z.object({
  JWT_ISSUER: z.string().trim().min(1, "must not be empty").default("inclusiebenchmark"),
  JWT_AUDIENCE: z.string().trim().min(1, "must not be empty").default("inclusiebenchmark-api"),
  ACCESS_TOKEN_TTL_SECONDS: wholeNumber("must be a whole number of seconds")
    .min(60, "must be between 60 and 86400")
    .max(86_400, "must be between 60 and 86400")
    .default(900),
  BENCHMARK_MIN_GROUP: wholeNumber("must be a whole number")
    .min(5, "must be at least 5: smaller groups could expose one employer")
    .max(1000, "must be at most 1000")
    .default(10),
  WORKFORCE_MIN_PEOPLE: wholeNumber("must be a whole number")
    .min(5, "must be at least 5: a share of fewer people describes individuals")
    .max(1000, "must be at most 1000")
    .default(10),
  BENCHMARK_RELEASE_INTERVAL_HOURS: wholeNumber("must be a whole number of hours")
    .min(1, "must be between 1 and 8760")
    .max(8760, "must be between 1 and 8760")
    .default(168),
  BENCHMARK_RELEASES_KEPT: wholeNumber("must be a whole number")
    .min(2, "must be between 2 and 100")
    .max(100, "must be between 2 and 100")
    .default(8),
  BENCHMARK_MAX_CONTROLLED_SHARE: wholeNumber("must be a whole percentage")
    .min(1, "must be between 1 and 50: above half, one client's look-alikes decide a median")
    .max(50, "must be between 1 and 50: above half, one client's look-alikes decide a median")
    .default(20),
  ORGANISATION_REGISTRATIONS_PER_DAY: requestsPerWindow(50),
  WHAT_IF_PER_ORGANISATION_PER_DAY: requestsPerWindow(30),
  ASSESSMENTS_PER_ORGANISATION_PER_30_DAYS: requestsPerWindow(6),
  DEMO_DATA: z.enum(["true", "false"], { error: "must be true or false" }).default("false"),
  ASSESSMENT_MIN_COVERAGE: wholeNumber("must be a whole percentage")
    .min(50, "must be between 50 and 100")
    .max(100, "must be between 50 and 100")
    .default(100),
  RATE_LIMIT_WINDOW_SECONDS: wholeNumber("must be a whole number of seconds")
    .min(1, "must be between 1 and 86400")
    .max(86_400, "must be between 1 and 86400")
    .default(60),
  RATE_LIMIT_CLIENT_REQUESTS: requestsPerWindow(600),
  RATE_LIMIT_ANONYMOUS_REQUESTS: requestsPerWindow(300),
  RATE_LIMIT_TOKEN_CLIENT_REQUESTS: requestsPerWindow(20),
  RATE_LIMIT_TOKEN_ADDRESS_REQUESTS: requestsPerWindow(60),
  EXPENSIVE_REQUESTS_PER_CLIENT: wholeNumber("must be a whole number of requests")
    .min(1, "must be between 1 and 1000")
    .max(1000, "must be between 1 and 1000")
    .default(2),
  /** Test-only: lets a webhook reach a plain-http receiver on loopback (refused unless NODE_ENV=test). */
  WEBHOOKS_ALLOW_LOOPBACK_FOR_TESTS: z.enum(["true", "false"], { error: "must be true or false" }).default("false"),
  NODE_ENV: z.string().optional(),
  CORS_ALLOWED_ORIGINS: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ""),
    )
    .refine(
      (origins) => origins.every(isOrigin),
      "must be a comma-separated list of exact origins such as https://hr.example.nl (no paths, no *)",
    )
    .default([]),
  /** A JWK Set of private ES256 keys, signer first. Unset: keys are generated and kept in the database. */
  JWT_SIGNING_KEYS: z.string().optional(),
  /** 32 random bytes (base64): seals the signing keys kept in the database (see src/auth/key-encryption.ts). */
  KEY_ENCRYPTION_KEY: z
    .string()
    .superRefine((text, context) => {
      const parsed = parseKeyEncryptionKey(text);
      if (typeof parsed === "string") context.addIssue({ code: "custom", message: parsed });
    })
    .optional(),
  ADMIN_CLIENT_ID: z
    .string()
    .regex(/^[A-Za-z0-9._-]{3,64}$/, "must be 3–64 characters of A–Z a–z 0–9 . _ -")
    .optional(),
  ADMIN_CLIENT_SECRET: z
    .string()
    .max(256, "must be at most 256 characters")
    .superRefine((secret, context) => {
      const problem = secretStrengthProblem(secret);
      if (problem !== null) context.addIssue({ code: "custom", message: problem });
    })
    .optional(),
});

const NodeSchema = SharedSchema.extend({
  PORT: wholeNumber("must be a whole number")
    .min(1, "must be between 1 and 65535")
    .max(65535, "must be between 1 and 65535")
    .default(8787),
  HOST: z.string().trim().min(1, "must not be empty").default("127.0.0.1"),
  DATABASE_PATH: z.string().trim().min(1, "must not be empty").default("./data/inclusiebenchmark.sqlite"),
  SHUTDOWN_TIMEOUT_MS: wholeNumber("must be a whole number of milliseconds")
    .min(0, "must not be negative")
    .default(10_000),
  /** Chromium for PDF reports: a path, "off", or unset to look in the usual places. */
  REPORT_PDF_CHROMIUM: z.string().trim().min(1, "must be a path or off").optional(),
});

export interface BootstrapAdmin {
  readonly clientId: string;
  readonly clientSecret: string;
}

export interface SharedConfig {
  readonly settings: AppSettings;
  readonly signingKeys: string | null;
  /** The key-encryption key's bytes (KEY_ENCRYPTION_KEY), or null: stored signing keys stay plain. */
  readonly keyEncryptionKey: Uint8Array | null;
  readonly bootstrapAdmin: BootstrapAdmin | null;
}

export interface NodeConfig extends SharedConfig {
  readonly port: number;
  readonly host: string;
  readonly databasePath: string;
  readonly shutdownTimeoutMs: number;
  /** Chromium's path for PDF reports, "off", or null to look for it. */
  readonly reportPdfChromium: string | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

type Env = Readonly<Record<string, unknown>>;

/** Empty variables count as unset, so `PORT= npm start` means the default, not an error. */
function withoutEmpty(env: Env): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== ""),
  );
}

function parse<S extends z.ZodType>(schema: S, env: Env): z.infer<S> {
  const result = schema.safeParse(withoutEmpty(env));
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      const shown =
        name.includes("SECRET") || name.includes("KEYS") || name === "KEY_ENCRYPTION_KEY"
          ? "(hidden)"
          : JSON.stringify(env[name] ?? "");
      return `${name}=${shown}: ${issue.message}`;
    }),
  );
}

function rateLimitsFrom(parsed: z.infer<typeof SharedSchema>): RateLimitSettings {
  const windowSeconds = parsed.RATE_LIMIT_WINDOW_SECONDS;
  return {
    client: { name: "default", limit: parsed.RATE_LIMIT_CLIENT_REQUESTS, windowSeconds },
    anonymous: { name: "anonymous", limit: parsed.RATE_LIMIT_ANONYMOUS_REQUESTS, windowSeconds },
    tokenClient: { name: "token-client", limit: parsed.RATE_LIMIT_TOKEN_CLIENT_REQUESTS, windowSeconds },
    tokenAddress: { name: "token-address", limit: parsed.RATE_LIMIT_TOKEN_ADDRESS_REQUESTS, windowSeconds },
  };
}

function keyEncryptionKeyFrom(text: string | undefined): Uint8Array | null {
  if (text === undefined) return null;
  const parsed = parseKeyEncryptionKey(text);
  return typeof parsed === "string" ? null : parsed;
}

function sharedFrom(parsed: z.infer<typeof SharedSchema>): SharedConfig {
  const { ADMIN_CLIENT_ID: clientId, ADMIN_CLIENT_SECRET: clientSecret } = parsed;
  if ((clientId === undefined) !== (clientSecret === undefined)) {
    throw new ConfigError(["ADMIN_CLIENT_ID and ADMIN_CLIENT_SECRET go together: set both or neither"]);
  }
  // A loopback receiver would let webhooks reach the server's own machine: tests only.
  if (parsed.WEBHOOKS_ALLOW_LOOPBACK_FOR_TESTS === "true" && parsed.NODE_ENV !== "test") {
    throw new ConfigError([
      'WEBHOOKS_ALLOW_LOOPBACK_FOR_TESTS="true": allowed only in tests (NODE_ENV=test); it lets webhooks reach this machine',
    ]);
  }
  return {
    settings: {
      tokens: {
        issuer: parsed.JWT_ISSUER,
        audience: parsed.JWT_AUDIENCE,
        accessTokenTtlSeconds: parsed.ACCESS_TOKEN_TTL_SECONDS,
      },
      assessments: { minimumCoverage: parsed.ASSESSMENT_MIN_COVERAGE },
      workforce: { minPeople: parsed.WORKFORCE_MIN_PEOPLE },
      benchmarks: {
        minGroupSize: parsed.BENCHMARK_MIN_GROUP,
        syntheticData: parsed.DEMO_DATA === "true",
        releaseIntervalHours: parsed.BENCHMARK_RELEASE_INTERVAL_HOURS,
        releasesKept: parsed.BENCHMARK_RELEASES_KEPT,
        maxControlledShare: parsed.BENCHMARK_MAX_CONTROLLED_SHARE / 100,
      },
      usageLimits: {
        registrationsPerClientPerDay: parsed.ORGANISATION_REGISTRATIONS_PER_DAY,
        whatIfPerOrganisationPerDay: parsed.WHAT_IF_PER_ORGANISATION_PER_DAY,
        assessmentsPerOrganisationPer30Days: parsed.ASSESSMENTS_PER_ORGANISATION_PER_30_DAYS,
      },
      rateLimits: rateLimitsFrom(parsed),
      concurrency: { expensivePerClient: parsed.EXPENSIVE_REQUESTS_PER_CLIENT, legacySecretChecks: 2 },
      corsAllowedOrigins: parsed.CORS_ALLOWED_ORIGINS,
      webhooks: { allowLoopbackForTests: parsed.WEBHOOKS_ALLOW_LOOPBACK_FOR_TESTS === "true" },
    },
    signingKeys: parsed.JWT_SIGNING_KEYS ?? null,
    keyEncryptionKey: keyEncryptionKeyFrom(parsed.KEY_ENCRYPTION_KEY),
    bootstrapAdmin: clientId !== undefined && clientSecret !== undefined ? { clientId, clientSecret } : null,
  };
}

/**
 * The Worker's configuration, from its vars and secrets. A Worker keeps its signing keys in D1 unless
 * JWT_SIGNING_KEYS is set, and D1 is backed up by Cloudflare: there it refuses to start without a KEK.
 */
export function loadSharedConfig(env: Env): SharedConfig {
  const config = sharedFrom(parse(SharedSchema, env));
  if (config.keyEncryptionKey === null && config.signingKeys === null) {
    throw new ConfigError([
      "KEY_ENCRYPTION_KEY is not set: a Worker keeps its signing keys in D1 only sealed with it. Set it with `wrangler secret put KEY_ENCRYPTION_KEY` (value: `openssl rand -base64 32`), or set JWT_SIGNING_KEYS.",
    ]);
  }
  return config;
}

/** Node's configuration; without KEY_ENCRYPTION_KEY it starts, and node.ts warns. */
export function loadNodeConfig(env: Env): NodeConfig {
  const parsed = parse(NodeSchema, env);
  return {
    ...sharedFrom(parsed),
    port: parsed.PORT,
    host: parsed.HOST,
    databasePath: parsed.DATABASE_PATH,
    shutdownTimeoutMs: parsed.SHUTDOWN_TIMEOUT_MS,
    reportPdfChromium: parsed.REPORT_PDF_CHROMIUM ?? null,
  };
}
