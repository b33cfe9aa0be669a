import type { Hono } from "hono";
import type { AppEnv } from "../../app-env.js";

/**
 * `GET /.well-known/jwks.json`: the public keys that verify our access tokens (RFC 7517), at the
 * well-known location outside `/v1`, so JWT libraries find them by convention. Linked from the
 * OpenAPI document (the oauth2 security scheme and info.description).
 */
export const JWKS_PATH = "/.well-known/jwks.json";

export function registerGetJwks(app: Hono<AppEnv>): void {
  app.get(JWKS_PATH, async (c) => {
    const ring = await c.get("deps").keys.get();
    c.header("Cache-Control", "public, max-age=300");
    return c.json({ keys: ring.publicJwks });
  });
}
