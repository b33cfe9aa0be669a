import type { Context } from "hono";
import type { AppEnv } from "../app-env.js";
import type { WriteStatement } from "../db/storage.js";
import { ApiError } from "../errors.js";
import { countUseStatement, isUsageLimitReached, type Usage, usageRetryAfterSeconds } from "../store/usage-events.js";

/**
 * Runs `write` with one counted use of `usage` to add to its atomic write (docs/privacy.md, "Probing
 * limits"). When the limit is spent the database refuses the whole write, so nothing of it happens,
 * and the caller gets 429 problem details with Retry-After; `onRefused` statements (an audit event of
 * the refusal) are then written on their own.
 */
export async function withinUsageLimit<T>(
  c: Context<AppEnv>,
  usage: Usage,
  describe: string,
  write: (countUse: WriteStatement) => Promise<T>,
  onRefused: readonly WriteStatement[] = [],
): Promise<T> {
  const { storage, clock } = c.get("deps");
  const now = clock.now();
  try {
    return await write(countUseStatement(storage.db, usage, now));
  } catch (error) {
    if (!isUsageLimitReached(error)) throw error;
    if (onRefused.length > 0) await storage.writeAtomically(onRefused);
    const retryAfter = await usageRetryAfterSeconds(storage.db, usage, now);
    const days = usage.windowSeconds / DAY_SECONDS;
    throw new ApiError("too-many-requests", {
      detail: `${describe}: at most ${usage.limit} per ${days === 1 ? "24 hours" : `${days} days`}. Retry after the number of seconds in Retry-After.`,
      headers: { "Retry-After": String(retryAfter) },
    });
  }
}

export const DAY_SECONDS = 86_400;
