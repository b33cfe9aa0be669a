import type { TokenSettings } from "./auth/access-tokens.js";
import type { Principal } from "./auth/authenticate.js";
import type { KeyRingSource } from "./auth/signing-keys.js";
import type { Storage } from "./db/storage.js";

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
  readonly settings: AppSettings;
  /** Prints an HTML page to PDF (Node, when Chromium is installed). Absent: a PDF report answers 406. */
  readonly pdf?: PdfRenderer;
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
  };
  readonly assessments: {
    /** The share (%) of applicable practices that must be answered before an assessment can be submitted. */
    readonly minimumCoverage: number;
  };
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
  };
}
