import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.js";
import { ApiError } from "../errors.js";

/**
 * How many expensive operations run at once, per key. A rate limit counts requests over a window;
 * this bounds what is in flight, so one caller (or a flood of token requests) can never hold the
 * threads and the event loop that every other request needs. Counts live in one app (one Node
 * process, or one Worker isolate); a refused caller gets 429 with `Retry-After` and retries.
 */
export interface ConcurrencyGate {
  /** Enters when fewer than `limit` holders of `key` are inside: returns the way out, or null. */
  tryEnter(key: string, limit: number): (() => void) | null;
  /** How many are inside for `key` (for tests and logs). */
  inside(key: string): number;
}

export function createConcurrencyGate(): ConcurrencyGate {
  const counts = new Map<string, number>();
  return {
    tryEnter(key, limit) {
      const current = counts.get(key) ?? 0;
      if (current >= limit) return null;
      counts.set(key, current + 1);
      let left = false;
      return () => {
        if (left) return;
        left = true;
        const remaining = (counts.get(key) ?? 1) - 1;
        if (remaining <= 0) counts.delete(key);
        else counts.set(key, remaining);
      };
    },
    inside: (key) => counts.get(key) ?? 0,
  };
}

/** Seconds a refused caller is asked to wait: expensive operations finish within about that. */
const RETRY_AFTER_SECONDS = 1;

export function concurrencyCapReached(what: string, limit: number): ApiError {
  return new ApiError("too-many-requests", {
    detail: `${what}: at most ${limit} at once. Retry after the number of seconds in Retry-After.`,
    headers: { "Retry-After": String(RETRY_AFTER_SECONDS) },
  });
}

/**
 * Runs `work` while holding a place under `key` (at most `limit` at once), or refuses with 429 and
 * `Retry-After` when every place is taken. `what` names the cap in the problem's detail.
 */
export async function withinConcurrencyCap<T>(
  c: Context<AppEnv>,
  key: string,
  limit: number,
  what: string,
  work: () => Promise<T>,
): Promise<T> {
  const leave = c.get("gate").tryEnter(key, limit);
  if (leave === null) throw concurrencyCapReached(what, limit);
  try {
    return await work();
  } finally {
    leave();
  }
}

/** The one budget of expensive operations a client has (its own requests and its report links share it). */
export const expensiveKey = (clientId: string) => `expensive:${clientId}`;

/**
 * For an authenticated operation that is expensive (after its access check): at most
 * `settings.concurrency.expensivePerClient` of the caller's expensive requests run at once.
 */
export function capExpensive(what: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const limit = c.get("deps").settings.concurrency.expensivePerClient;
    await withinConcurrencyCap(c, expensiveKey(c.get("principal").clientId), limit, what, () => next());
  };
}
