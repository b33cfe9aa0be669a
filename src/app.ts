import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { API_MAJOR_PATH } from "./api-version.js";
import type { AppDeps, AppEnv } from "./app-env.js";
import { ApiError, handleError, problemResponse } from "./errors.js";
import { requestContext } from "./http/request-context.js";
import { unmatchedRouteHandler } from "./http/unmatched-route.js";
import type { ApiRouter } from "./openapi/api-router.js";
import { buildApiRouter } from "./routes/register-routes.js";
import { registerGetJwks } from "./routes/well-known/get-jwks.js";

/** The largest request body accepted (a framework version's content document is about 190 KiB). */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;

/**
 * The whole API as one Hono app. The entries (node.ts, worker.ts) and the tests only build `deps`.
 * `router` is the `/v1` API; tests of cross-cutting behaviour may pass one with extra routes.
 */
export function createApp(deps: AppDeps, router: ApiRouter = buildApiRouter()): Hono<AppEnv> {
  const app = new Hono<AppEnv>({ strict: true });
  app.use(requestContext(deps));
  app.use(
    bodyLimit({
      maxSize: MAX_REQUEST_BODY_BYTES,
      onError: (c) =>
        problemResponse(
          c,
          new ApiError("payload-too-large", {
            detail: `Request bodies may be at most ${MAX_REQUEST_BODY_BYTES / 1024} KiB.`,
          }),
        ),
    }),
  );
  app.route(API_MAJOR_PATH, router);
  registerGetJwks(app);
  app.notFound(unmatchedRouteHandler(app));
  app.onError(handleError);
  return app;
}
