import type { Storage } from "./db/storage.js";

/** What varies between runtimes and tests. The entries (node.ts, worker.ts) and the tests build it. */
export interface AppDeps {
  readonly storage: Storage;
  readonly clock: Clock;
  /** Receives one structured entry per request and per unexpected error. */
  readonly log: (entry: LogEntry) => void;
  /** The static files of the interactive docs page (Swagger UI), by file name. */
  readonly docsAssets: DocsAssetSource;
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
  };
}
