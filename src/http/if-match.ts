import type { Context } from "hono";
import type { AppEnv } from "../app-env.js";
import { ApiError } from "../errors.js";

/**
 * Optimistic concurrency for a resource with a revision (ETag `"r<revision>"`): a change names the
 * ETag it read in If-Match and is refused with 412 when the resource has moved on. Without If-Match
 * the change is made (last writer wins), as for assessments.
 */
export function checkIfMatch(c: Context<AppEnv>, etag: string, what: string): void {
  const ifMatch = c.req.header("If-Match");
  if (ifMatch === undefined || ifMatch.trim() === "*") return;
  if (ifMatch.split(",").some((tag) => tag.trim() === etag)) return;
  throw new ApiError("precondition-failed", {
    detail: `The ${what} is at ${etag}, not ${ifMatch}: read it again, then retry.`,
  });
}

/**
 * A write refused by a revision trigger ("stale … revision"): someone changed it between the read and
 * the write. 412 when the caller named a revision (If-Match), else 409.
 */
export function staleRevision(c: Context<AppEnv>, error: unknown, what: string): ApiError | null {
  const message = error instanceof Error ? error.message : String(error);
  if (!message.includes(`stale ${what} revision`)) return null;
  const detail = `Someone changed the ${what} while you wrote: read it again, then retry.`;
  return new ApiError(c.req.header("If-Match") === undefined ? "conflict" : "precondition-failed", { detail });
}
