import type { ExecutionContext, Hono } from "hono";
import { createApp } from "./app.js";
import { type AppDeps, type AppEnv, type DocsAssetSource, systemClock } from "./app-env.js";
import type { D1Database } from "./db/d1-binding.js";
import { openD1Storage } from "./db/d1-storage.js";

/** The bindings declared in wrangler.toml. */
export interface WorkerEnv {
  readonly DB: D1Database;
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
  return {
    storage: openD1Storage(env.DB),
    clock: systemClock,
    log: (entry) => console.log(JSON.stringify(entry)),
    docsAssets: workerDocsAssets(env),
  };
}

// One app per set of bindings: building it registers every route, which need not happen per request.
// It holds no request data, so reusing it across requests in an isolate is safe.
const apps = new WeakMap<WorkerEnv, Hono<AppEnv>>();

export default {
  fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext) {
    let app = apps.get(env);
    if (app === undefined) {
      app = createApp(workerDeps(env));
      apps.set(env, app);
    }
    return app.fetch(request, env, ctx);
  },
};
