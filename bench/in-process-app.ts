import type { Hono } from "hono";
import { createApp } from "../src/app.js";
import type { AppEnv } from "../src/app-env.js";
import { systemClock } from "../src/app-env.js";
import { ensureBootstrapAdmin } from "../src/auth/bootstrap-admin.js";
import { keyProtectionFor } from "../src/auth/key-encryption.js";
import { keyRingSource } from "../src/auth/key-ring-source.js";
import { loadNodeConfig, type NodeConfig } from "../src/config.js";
import type { SqliteStorage } from "../src/db/sqlite-storage.js";
import { createInProcessRateLimiter } from "../src/http/rate-limiter.js";
import { nodeBodyCompression } from "../src/node-body-compression.js";
import { nodeDocsAssets } from "../src/node-docs-assets.js";
import { BENCH_API_ENV, BENCH_INTEGRATION } from "./bulk-seed.js";

/**
 * The app as the in-process probes (cpu-, scale-, submission-in-process.ts) build it: the bench's
 * settings (limits out of the way, long-lived tokens), the server's deps without the network and the log.
 */
export function benchConfig(databasePath: string): NodeConfig {
  return loadNodeConfig({ ...process.env, ...BENCH_API_ENV, DATABASE_PATH: databasePath });
}

export async function inProcessApp(storage: SqliteStorage, config: NodeConfig): Promise<Hono<AppEnv>> {
  const keyProtection = keyProtectionFor(config.keyEncryptionKey);
  const keys = keyRingSource(storage, systemClock, config.signingKeys, keyProtection);
  await ensureBootstrapAdmin(storage, systemClock, config.bootstrapAdmin);
  return createApp({
    storage,
    clock: systemClock,
    log: () => {},
    docsAssets: nodeDocsAssets(),
    keys,
    secretSealing: keyProtection,
    settings: config.settings,
    rateLimiter: createInProcessRateLimiter(),
    clientAddress: () => "127.0.0.1",
    compression: nodeBodyCompression,
  });
}

/** The bench integration client's Basic credentials, for `POST /v1/oauth/token`. */
export const BENCH_BASIC = `Basic ${Buffer.from(`${BENCH_INTEGRATION.clientId}:${BENCH_INTEGRATION.clientSecret}`).toString("base64")}`;
