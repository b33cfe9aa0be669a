import type { AppDeps, LogEntry } from "../../src/app-env.js";
import type { Storage } from "../../src/db/storage.js";
import type { ApiRouter } from "../../src/openapi/api-router.js";

/**
 * What an API test gets, on either runtime: the app built by `createApp` with test deps, on a real
 * database (a SQLite file on Node, a local D1 in workerd). Tests import `createHarness` from
 * `#harness`, which vitest resolves to the runtime's implementation.
 */
export interface Harness {
  readonly runtime: "node" | "workers";
  readonly storage: Storage;
  /** What the app seals stored secrets with: the deliverer opens webhook secrets with it. */
  readonly secretSealing: AppDeps["secretSealing"];
  /** Every log entry the app wrote. */
  readonly logs: LogEntry[];
  request(path: string, init?: RequestInit): Promise<Response>;
  /** The app's fetch handler, to serve it on a real port. */
  fetch(request: Request): Response | Promise<Response>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Overrides of the deps, e.g. a fixed clock. */
  readonly deps?: Partial<AppDeps>;
  /** A `/v1` router with extra routes, for tests of cross-cutting behaviour. */
  readonly router?: ApiRouter;
  /** A database that refuses every query: the failure path of health checks. */
  readonly unreachableDatabase?: boolean;
  /**
   * The JWT_SIGNING_KEYS setting (a JWK Set as JSON). Default: a key generated for the test run.
   * `null`: none configured, so keys are generated and kept in the database, as on a first start.
   */
  readonly signingKeys?: string | null;
  /**
   * The KEY_ENCRYPTION_KEY setting (base64 of 32 bytes). Default: the tests' KEK, so stored keys are
   * sealed. `null`: none, so stored keys are kept plain (as a Node start without it).
   */
  readonly keyEncryptionKey?: string | null;
}

export type CreateHarness = (options?: HarnessOptions) => Promise<Harness>;
