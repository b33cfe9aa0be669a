import { Hono } from "hono";
import { API_MAJOR_PATH } from "./api-version.js";
import type { AppDeps, AppEnv } from "./app-env.js";
import { createVerifiedTokenCache } from "./auth/verified-token-cache.js";
import { handleError } from "./errors.js";
import { createAnswerCache } from "./http/answer-cache.js";
import { createConcurrencyGate } from "./http/concurrency-gate.js";
import { cors } from "./http/cors.js";
import { rateLimit } from "./http/rate-limit.js";
import { requestContext } from "./http/request-context.js";
import { unmatchedRouteHandler } from "./http/unmatched-route.js";
import type { ApiRouter } from "./openapi/api-router.js";
import { registerDocsRedirects } from "./routes/docs/docs-redirects.js";
import { buildApiRouter } from "./routes/register-routes.js";
import { registerGetJwks } from "./routes/well-known/get-jwks.js";

/**
 * The whole API as one Hono app. The entries (node.ts, worker.ts) and the tests only build `deps`.
 * `router` is the `/v1` API; tests of cross-cutting behaviour may pass one with extra routes.
 * Order matters: the security and CORS headers wrap everything, including a 429 from the rate limit;
 * request bodies are limited per operation (see defineRoute's `maxBodyBytes`).
 */
export function createApp(deps: AppDeps, router: ApiRouter = buildApiRouter()): Hono<AppEnv> {
  const app = new Hono<AppEnv>({ strict: true });
  // One gate per app: its counts bound what this process (or isolate) runs at once.
  const gate = createConcurrencyGate();
  // One per app too: tokens this app verified, so a client's token is checked with jose once, not per request.
  const verifiedTokens = createVerifiedTokenCache();
  // And answers computed from immutable inputs, kept as bytes (src/http/answer-cache.ts).
  const answers = createAnswerCache();
  // Request context, security headers and Connection: close in one outer layer (request-context.ts).
  app.use(requestContext(deps, { gate, verifiedTokens, answers }));
  if (deps.settings.corsAllowedOrigins.length > 0) app.use(cors(deps.settings.corsAllowedOrigins));
  app.use(rateLimit());
  registerDocsRedirects(app);
  app.route(API_MAJOR_PATH, router);
  registerGetJwks(app);
  app.notFound(unmatchedRouteHandler(app));
  app.onError(handleError);
  return app;
}
