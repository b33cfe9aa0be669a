import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.js";
import { sha256Hex } from "../domain/sha256.js";
import { ApiError } from "../errors.js";
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from "../store/idempotency.js";

/**
 * Idempotency-Key on POST (draft-ietf-httpapi-idempotency-key-header): the same key with the same
 * request replays the stored response (`Idempotent-Replayed: true`); the same key with another
 * request is refused (422); a duplicate while the first is still running gets 409. Only successful
 * responses are kept (24 h), so a failed request can be retried with its key.
 */
export const IDEMPOTENCY_HEADER = "Idempotency-Key";
const KEPT_HEADERS = ["content-type", "location", "etag"];

export function idempotency(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header(IDEMPOTENCY_HEADER);
    if (key === undefined) return next();
    const deps = c.get("deps");
    const clientId = c.get("principal")?.clientId ?? "anonymous";
    const requestHash = await sha256Hex(`${c.req.method} ${c.req.path}\n${await c.req.text()}`);
    const claim = await claimIdempotencyKey(deps.storage.db, { clientId, key, requestHash, now: deps.clock.now() });
    if (claim.outcome === "mismatch") {
      throw new ApiError("unprocessable-request", {
        detail: `Idempotency-Key ${key} was used for a different request; use a new key for a new request.`,
      });
    }
    if (claim.outcome === "inProgress") {
      throw new ApiError("conflict", {
        detail: `A request with Idempotency-Key ${key} is still being processed; retry shortly.`,
      });
    }
    if (claim.outcome === "replay") {
      return new Response(claim.response.body === "" ? null : claim.response.body, {
        status: claim.response.status,
        headers: { ...claim.response.headers, "Idempotent-Replayed": "true" },
      });
    }
    try {
      await next();
    } catch (error) {
      await releaseIdempotencyKey(deps.storage.db, clientId, key);
      throw error;
    }
    if (c.res.status >= 200 && c.res.status < 300) {
      const headers = Object.fromEntries(
        KEPT_HEADERS.flatMap((name) => {
          const value = c.res.headers.get(name);
          return value === null ? [] : [[name, value]];
        }),
      );
      await completeIdempotencyKey(deps.storage.db, clientId, key, {
        status: c.res.status,
        headers,
        body: await c.res.clone().text(),
      });
    } else {
      await releaseIdempotencyKey(deps.storage.db, clientId, key);
    }
  };
}
