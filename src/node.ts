import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import type { Context } from "hono";
import { API_MAJOR_PATH } from "./api-version.js";
import { createApp } from "./app.js";
import { type AppEnv, systemClock } from "./app-env.js";
import { ensureBootstrapAdmin } from "./auth/bootstrap-admin.js";
import { keyProtectionFor } from "./auth/key-encryption.js";
import { keyRingSource } from "./auth/key-ring-source.js";
import { SigningKeyError } from "./auth/signing-keys.js";
import { ConfigError, loadNodeConfig } from "./config.js";
import { applyMigrations, MigrationError, readMigrationFiles } from "./db/migrator.js";
import { openSqliteStorage } from "./db/sqlite-storage.js";
import { createInProcessRateLimiter } from "./http/rate-limiter.js";
import { nodeBodyCompression } from "./node-body-compression.js";
import { nodeDocsAssets } from "./node-docs-assets.js";
import { createNodeLogger } from "./node-logger.js";
import { chromiumPdfRenderer, findChromium } from "./report/chromium-pdf.js";
import { cutReleaseIfDue } from "./routes/benchmark-releases/current-release.js";
import { runWebhookDeliveries } from "./webhooks/deliver-webhooks.js";
import { nodeWebhookSender } from "./webhooks/node-webhook-sender.js";

/** The peer address of the request's socket (@hono/node-server puts the IncomingMessage in c.env). */
function socketAddress(c: Context<AppEnv>): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

const MIGRATIONS_DIRECTORY = fileURLToPath(new URL("../migrations", import.meta.url));

const logger = createNodeLogger();
const writeLog = logger.log;

function exit(code: number): never {
  logger.flush();
  process.exit(code);
}

function fail(message: string): never {
  writeLog({ level: "error", message });
  exit(1);
}

async function main(): Promise<void> {
  let config: ReturnType<typeof loadNodeConfig>;
  try {
    config = loadNodeConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }

  const databasePath = resolve(config.databasePath);
  mkdirSync(dirname(databasePath), { recursive: true });
  const storage = openSqliteStorage(databasePath);
  try {
    const applied = applyMigrations(storage.connection, readMigrationFiles(MIGRATIONS_DIRECTORY));
    if (applied.length > 0) writeLog({ level: "info", message: "migrations applied", migrations: applied });
  } catch (error) {
    if (error instanceof MigrationError) fail(error.message);
    throw error;
  }

  // Loaded now, so a bad JWT_SIGNING_KEYS stops the start, and the first key is generated before traffic.
  if (config.keyEncryptionKey === null) {
    writeLog({
      level: "info",
      message: `WARNING: KEY_ENCRYPTION_KEY is not set, so ${config.signingKeys === null ? "the signing keys and " : ""}the webhook signing secrets in the database are stored unencrypted: anyone with a copy of the database (a backup) can ${config.signingKeys === null ? "mint valid tokens and " : ""}forge webhook deliveries. Set KEY_ENCRYPTION_KEY (openssl rand -base64 32) and keep it apart from the database.`,
    });
  }
  const keyProtection = keyProtectionFor(config.keyEncryptionKey);
  const keys = keyRingSource(storage, systemClock, config.signingKeys, keyProtection);
  try {
    await keys.get();
  } catch (error) {
    if (error instanceof SigningKeyError) {
      fail(`${config.signingKeys === null ? "stored signing keys" : "JWT_SIGNING_KEYS"}: ${error.message}`);
    }
    throw error;
  }
  const admin = await ensureBootstrapAdmin(storage, systemClock, config.bootstrapAdmin);
  if (admin.outcome === "generated") {
    // The secret goes to the terminal as plain lines, once; the log event (which may be shipped to a
    // log store) names the client only.
    process.stdout.write(
      [
        "",
        "No admin client existed, so one was created. Its secret is shown this once: store it now",
        "(or set ADMIN_CLIENT_ID and ADMIN_CLIENT_SECRET to choose your own).",
        `  client_id:     ${admin.clientId}`,
        `  client_secret: ${admin.clientSecret}`,
        "",
        "",
      ].join("\n"),
    );
    writeLog({
      level: "info",
      message: "No admin client existed, so one was created; its credentials were printed above, once.",
      clientId: admin.clientId,
    });
  }

  const chromium = findChromium(config.reportPdfChromium);
  const pdf = chromium === null ? undefined : chromiumPdfRenderer(chromium);
  const app = createApp({
    storage,
    clock: systemClock,
    log: writeLog,
    docsAssets: nodeDocsAssets(),
    keys,
    secretSealing: keyProtection,
    settings: config.settings,
    rateLimiter: createInProcessRateLimiter(),
    clientAddress: socketAddress,
    compression: nodeBodyCompression,
    ...(pdf === undefined ? {} : { pdf }),
  });

  // Benchmark releases on a schedule (docs/privacy.md): checked once the server listens and every
  // quarter of an hour; cut when BENCHMARK_RELEASE_INTERVAL_HOURS have passed. Not before listening: a
  // cut reads every contribution (seconds on a large database), and health checks and every other
  // read need not wait for it; a benchmark read before the first release ever cuts it itself.
  const releaseDeps = { storage, clock: systemClock, settings: config.settings };
  const checkRelease = () =>
    cutReleaseIfDue(releaseDeps)
      .then((release) => {
        if (release !== null) writeLog({ level: "info", message: "benchmark release cut", releaseId: release.id });
      })
      .catch((error: unknown) =>
        writeLog({ level: "error", message: `benchmark release cut failed: ${(error as Error).message}` }),
      );
  const releaseTimer = setInterval(checkRelease, 15 * 60 * 1000);
  releaseTimer.unref();

  // Webhooks (issue 19): every few seconds, new events become deliveries and due ones are sent. One
  // run at a time; shutdown waits for the run in flight before the database closes.
  const allowLoopback = config.settings.webhooks.allowLoopbackForTests;
  const webhookDeps = {
    storage,
    clock: systemClock,
    sender: nodeWebhookSender({ timeoutMs: 5000, allowLoopback }),
    allowLoopback,
    secretSealing: keyProtection,
    log: writeLog,
  };
  let webhookRun: Promise<void> | null = null;
  const deliverWebhooks = () => {
    webhookRun ??= runWebhookDeliveries(webhookDeps)
      .then(() => undefined)
      .catch((error: unknown) =>
        writeLog({ level: "error", message: `webhook delivery failed: ${(error as Error).message}` }),
      )
      .finally(() => {
        webhookRun = null;
      });
  };
  const webhookTimer = setInterval(deliverWebhooks, 5000);
  webhookTimer.unref();
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const base = `http://${info.family === "IPv6" ? `[${info.address}]` : info.address}:${info.port}${API_MAJOR_PATH}`;
    writeLog({
      level: "info",
      message: `Inclusiebenchmark API listening on ${base} (database ${databasePath}); docs at ${base}/docs`,
      url: base,
      docs: `${base}/docs`,
    });
    void checkRelease();
  });
  server.on("error", (error) => fail(`cannot listen on ${config.host}:${config.port}: ${error.message}`));

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    clearInterval(releaseTimer);
    clearInterval(webhookTimer);
    writeLog({ level: "info", message: `${signal} received: finishing in-flight requests, then closing` });
    // Stop accepting; in-flight requests finish. Idle keep-alive sockets would hold close() open.
    const forced = setTimeout(() => {
      writeLog({
        level: "error",
        message: `in-flight requests still open after ${config.shutdownTimeoutMs} ms: closing them`,
      });
      if ("closeAllConnections" in server) server.closeAllConnections();
    }, config.shutdownTimeoutMs);
    forced.unref();
    // Keep-alive connections turn idle once their request is answered: close them as they do.
    const idleSweep = setInterval(() => {
      if ("closeIdleConnections" in server) server.closeIdleConnections();
    }, 100);
    server.close(() => {
      clearTimeout(forced);
      clearInterval(idleSweep);
      void Promise.resolve(webhookRun)
        .then(() => Promise.all([storage.close(), pdf?.close()]))
        .then(() => {
          writeLog({ level: "info", message: "stopped" });
          exit(0);
        });
    });
    if ("closeIdleConnections" in server) server.closeIdleConnections();
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

await main();
