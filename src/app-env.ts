import type { Context } from "hono";
import type { TokenSettings } from "./auth/access-tokens.js";
import type { BearerResult, Principal } from "./auth/authenticate.js";
import type { KeyProtection } from "./auth/key-encryption.js";
import type { KeyRingSource } from "./auth/signing-keys.js";
import type { VerifiedTokenCache } from "./auth/verified-token-cache.js";
import type { Storage } from "./db/storage.js";
import type { AnswerCache } from "./http/answer-cache.js";
import type { ConcurrencyGate } from "./http/concurrency-gate.js";
import type { BodyCompressor } from "./http/content-encoding.js";
import type { RateLimitOutcome, RateLimitSettings } from "./http/rate-limit.js";
import type { RateLimiter } from "./http/rate-limiter.js";

/** What varies between runtimes and tests. The entries (node.ts, worker.ts) and the tests build it. */
export interface AppDeps {
  readonly storage: Storage;
  readonly clock: Clock;
  /** Receives one structured entry per request and per unexpected error. */
  readonly log: (entry: LogEntry) => void;
  /** The static files of the interactive docs page (Swagger UI), by file name. */
  readonly docsAssets: DocsAssetSource;
  /** The keys that sign and verify access tokens. */
  readonly keys: KeyRingSource;
  /**
   * Seals the secrets the server must read back (webhook signing secrets) with the KEK, as the stored
   * signing keys are (key-encryption.ts); without a KEK they are stored as is.
   */
  readonly secretSealing: KeyProtection | Promise<KeyProtection>;
  readonly settings: AppSettings;
  /** Counts requests per client and per address (in-process on Node; see README for Workers). */
  readonly rateLimiter: RateLimiter;
  /**
   * The caller's network address as the runtime knows it (Node: the socket's peer; Workers: the
   * CF-Connecting-IP Cloudflare sets), or undefined. Never a header a client could choose freely.
   */
  readonly clientAddress: (c: Context<AppEnv>) => string | undefined;
  /** Prints an HTML page to PDF (Node, when Chromium is installed). Absent: a PDF report answers 406. */
  readonly pdf?: PdfRenderer;
  /**
   * Compresses large immutable bodies once, for clients that send Accept-Encoding (Node). Absent on
   * Workers: Cloudflare's edge compresses responses itself.
   */
  readonly compression?: BodyCompressor;
}

export interface PdfRenderer {
  /** A4 PDF of a self-contained HTML document (it must load nothing from the network). */
  render(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Settings shared by both runtimes (each entry reads its own environment into these). */
export interface AppSettings {
  readonly tokens: TokenSettings;
  readonly benchmarks: {
    /** k: a peer group is shown only with at least this many organisations (never below 5). */
    readonly minGroupSize: number;
    /** Demo databases hold synthetic organisations: every benchmark says so. */
    readonly syntheticData: boolean;
    /** A benchmark release is cut when the current one is this old (hours; docs/privacy.md). */
    readonly releaseIntervalHours: number;
    /** Published releases kept (for ETags and trends); older ones are deleted. */
    readonly releasesKept: number;
    /**
     * The largest share (0–1) of a published group one non-admin client may control, unless it
     * controls all of it: look-alike registrations cannot steer an order statistic (docs/privacy.md).
     */
    readonly maxControlledShare: number;
  };
  /** Limits on uses that could probe the benchmarks or flood them with look-alikes (docs/privacy.md). */
  readonly usageLimits: {
    /** Organisations one integration client may register per 24 hours. */
    readonly registrationsPerClientPerDay: number;
    /** What-if calls per organisation per 24 hours (all its assessments together). */
    readonly whatIfPerOrganisationPerDay: number;
    /** New assessments (rounds) per organisation per 30 days. */
    readonly assessmentsPerOrganisationPer30Days: number;
  };
  readonly assessments: {
    /** The share (%) of applicable practices that must be answered before an assessment can be submitted. */
    readonly minimumCoverage: number;
  };
  readonly workforce: {
    /** A workforce share is refused when it would describe fewer than this many people (never below 5). */
    readonly minPeople: number;
  };
  readonly rateLimits: RateLimitSettings;
  readonly concurrency: ConcurrencySettings;
  readonly webhooks: {
    /**
     * Test-only (WEBHOOKS_ALLOW_LOOPBACK_FOR_TESTS): a subscription may name a plain-http receiver
     * on 127.0.0.1 or ::1. The API refuses to start with it outside tests.
     */
    readonly allowLoopbackForTests: boolean;
  };
  /** Origins (scheme://host[:port]) allowed to call the API from a browser; empty: CORS off. */
  readonly corsAllowedOrigins: readonly string[];
}

/** How many expensive operations may run at once (see src/http/concurrency-gate.ts). */
export interface ConcurrencySettings {
  /** Per client: benchmark lists, reports and PDFs in flight (EXPENSIVE_REQUESTS_PER_CLIENT). */
  readonly expensivePerClient: number;
  /** For the whole app: legacy PBKDF2 secret checks at the token endpoint (each holds a thread). */
  readonly legacySecretChecks: number;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export type LogEntry = { readonly level: "info" | "error"; readonly message: string } & Readonly<
  Record<string, unknown>
>;

export interface DocsAssetSource {
  /** The file's bytes, or null when there is no such file. Only names in DOCS_ASSET_FILES are asked for. */
  get(fileName: string): Promise<ArrayBuffer | ReadableStream<Uint8Array> | null>;
}

/** Hono's environment for every handler: the deps and the request id, set by middleware. */
export interface AppEnv {
  Variables: {
    deps: AppDeps;
    requestId: string;
    /** Set by the access check of an authenticated route. */
    principal: Principal;
    /** The request's bearer token, verified once (see authenticate.ts). */
    bearer: Promise<BearerResult> | undefined;
    /** The app's access tokens verified before (one per app, set by createApp). */
    verifiedTokens: VerifiedTokenCache;
    /** The app's answers kept as bytes with their ETag (one per app, set by createApp). */
    answers: AnswerCache;
    /** The app's in-flight counts for its concurrency caps (one per app, set by createApp). */
    gate: ConcurrencyGate;
    /** The rate limits this request was counted against, for the RateLimit headers. */
    rateLimits: readonly RateLimitOutcome[] | undefined;
    /** The response a route built with the app's headers already in it (src/http/app-headers.ts). */
    finalResponse: Response | undefined;
    /** Whether a header was set with `c.header` (finalResponse then merges through hono). */
    headersOnContext: boolean | undefined;
  };
}
