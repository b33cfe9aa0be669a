import type { ExecutionContext, Hono } from "hono";
import { createApp } from "./app.js";
import { type AppDeps, type AppEnv, type DocsAssetSource, systemClock } from "./app-env.js";
import { ensureBootstrapAdmin } from "./auth/bootstrap-admin.js";
import { keyProtectionFor } from "./auth/key-encryption.js";
import { keyRingSource } from "./auth/key-ring-source.js";
import { loadSharedConfig } from "./config.js";
import type { D1Database } from "./db/d1-binding.js";
import { openD1Storage } from "./db/d1-storage.js";
import { createInProcessRateLimiter } from "./http/rate-limiter.js";
import { cutReleaseIfDue } from "./routes/benchmark-releases/current-release.js";
import { runWebhookDeliveries } from "./webhooks/deliver-webhooks.js";
import { fetchWebhookSender } from "./webhooks/webhook-sender.js";

/** The hourly cron that cuts benchmark releases (wrangler.toml); the other one delivers webhooks. */
export const RELEASE_CRON = "17 * * * *";

/** The bindings declared in wrangler.toml, and the vars and secrets the config reads (see README). */
export interface WorkerEnv {
  readonly DB: D1Database;
  readonly [variable: string]: unknown;
  /** Static files (the docs page's Swagger UI), see `[assets]` in wrangler.toml. */
  readonly ASSETS?: { fetch(request: Request): Promise<Response> };
}

function workerDocsAssets(env: WorkerEnv): DocsAssetSource {
  return {
    async get(fileName) {
      if (env.ASSETS === undefined) return null;
      const response = await env.ASSETS.fetch(new Request(`https://assets.invalid/${fileName}`));
      return response.ok && response.body !== null ? response.body : null;
    },
  };
}

/** The deps of a Worker, from its bindings. The tests in workerd build theirs with the same function. */
export function workerDeps(env: WorkerEnv): AppDeps {
  const config = loadSharedConfig(env);
  const storage = openD1Storage(env.DB);
  const keyProtection = keyProtectionFor(config.keyEncryptionKey);
  return {
    storage,
    clock: systemClock,
    log: (entry) => console.log(JSON.stringify(entry)),
    docsAssets: workerDocsAssets(env),
    keys: keyRingSource(storage, systemClock, config.signingKeys, keyProtection),
    secretSealing: keyProtection,
    settings: config.settings,
    // Counts per isolate: a Worker runs in many isolates, so this is a floor, not a global quota.
    // For a global one, inject a RateLimiter backed by a Durable Object (see README, Security).
    rateLimiter: createInProcessRateLimiter({ maxKeys: 10_000 }),
    // Set by Cloudflare's edge from the connection; a client cannot choose it.
    clientAddress: (c) => c.req.header("CF-Connecting-IP"),
  };
}

/**
 * The configured admin (secrets ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET) is ensured once per isolate,
 * before the first request. A Worker never generates and logs an admin secret: logs are kept.
 */
async function ensureConfiguredAdmin(env: WorkerEnv, deps: AppDeps): Promise<void> {
  const config = loadSharedConfig(env);
  if (config.bootstrapAdmin === null) return;
  await ensureBootstrapAdmin(deps.storage, deps.clock, config.bootstrapAdmin);
}

// One app per set of bindings: building it registers every route, which need not happen per request.
// It holds no request data, so reusing it across requests in an isolate is safe.
const apps = new WeakMap<WorkerEnv, Promise<Hono<AppEnv>>>();

async function appFor(env: WorkerEnv): Promise<Hono<AppEnv>> {
  const deps = workerDeps(env);
  await ensureConfiguredAdmin(env, deps);
  return createApp(deps);
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext) {
    let app = apps.get(env);
    if (app === undefined) {
      app = appFor(env);
      apps.set(env, app);
      app.catch(() => apps.delete(env));
    }
    return (await app).fetch(request, env, ctx);
  },
  /**
   * The cron triggers (wrangler.toml). Hourly (RELEASE_CRON): cuts a benchmark release when the current
   * one is BENCHMARK_RELEASE_INTERVAL_HOURS old; the cut writes in chunked batches and publishes by one
   * switch. Every minute: webhooks, new events become deliveries and due ones are sent.
   */
  async scheduled(controller: { readonly cron?: string }, env: WorkerEnv, ctx: ExecutionContext) {
    const deps = workerDeps(env);
    if (controller.cron === RELEASE_CRON) {
      ctx.waitUntil(
        cutReleaseIfDue(deps).then((release) => {
          if (release !== null)
            console.log(JSON.stringify({ level: "info", message: "benchmark release cut", releaseId: release.id }));
        }),
      );
    }
    const allowLoopback = deps.settings.webhooks.allowLoopbackForTests;
    ctx.waitUntil(
      runWebhookDeliveries({
        storage: deps.storage,
        clock: deps.clock,
        sender: fetchWebhookSender({ timeoutMs: 5000, allowLoopback }),
        allowLoopback,
        secretSealing: deps.secretSealing,
        log: deps.log,
      }).then(() => undefined),
    );
  },
};
