import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env.js";
import { validationHook } from "../http/validation-hook.js";

/** The router every `/v1` operation registers on. Validation failures become problem details here. */
export type ApiRouter = OpenAPIHono<AppEnv>;

export function createApiRouter(): ApiRouter {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
